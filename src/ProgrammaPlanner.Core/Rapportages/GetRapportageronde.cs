using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// One round with a line per partner: the rapportage's status, its last step and whether it is te laat (not ingediend or
/// geaccepteerd after the deadline). MagOpenen says whether the caller may open that partner's rapportage.
/// </summary>
public static class GetRapportageronde
{
    public sealed record Query(long ProgrammaId, long RondeId) : IRequest<Ronde>, IProgrammaScoped;

    public sealed record Ronde(long Id, int Jaar, DateOnly Uiterlijk, string Toelichting, string GeopendOp, string GeopendDoor, string? GeslotenOp,
        int Version, DateOnly Vandaag, IReadOnlyList<Regel> Rapportages)
    {
        public bool Open => GeslotenOp is null;
    }

    public sealed record Regel(long RapportageId, long PartnerId, string PartnerNaam, string Status, string? LaatsteStap, string? LaatsteStapOp,
        string LaatsteReden, bool TeLaat, bool MagOpenen);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Ronde>
    {
        public async Task<Ronde> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var kop = await c.QuerySingleOrDefaultAsync<Kop>(
                """
                SELECT id, jaar, uiterlijk, toelichting, geopend_op, geopend_door, gesloten_op, version
                FROM rapportageronde WHERE id = @RondeId AND programma_id = @ProgrammaId
                """, query) ?? throw new NotFoundException("Deze rapportageronde bestaat niet (meer).");
            var vandaag = Tijd.Vandaag(clock);
            var facilitator = await Bevoegdheid.IsFacilitatorAsync(c, user, query.ProgrammaId);
            var mijn = await RapportageRules.MijnPartnersAsync(c, user, query.ProgrammaId);
            var rijen = await c.QueryAsync<Row>(
                """
                SELECT r.id, r.partner_id, pa.naam AS partner_naam, r.status, s.stap, s.op, s.reden
                FROM rapportage r JOIN partner pa ON pa.id = r.partner_id
                LEFT JOIN rapportage_stap s ON s.id = (SELECT MAX(x.id) FROM rapportage_stap x WHERE x.rapportage_id = r.id)
                WHERE r.ronde_id = @RondeId
                ORDER BY pa.naam
                """, query);
            return new Ronde(kop.Id, kop.Jaar, kop.Uiterlijk, kop.Toelichting, kop.GeopendOp, kop.GeopendDoor, kop.GeslotenOp, kop.Version, vandaag,
                [.. rijen.Select(x => new Regel(x.Id, x.PartnerId, x.PartnerNaam, x.Status, x.Stap, x.Op, x.Reden ?? "",
                    RapportageRules.TeLaat(x.Status, kop.Uiterlijk, vandaag), facilitator || mijn.Contains(x.PartnerId)))]);
        }
    }

    private sealed class Kop
    {
        public long Id { get; init; }
        public int Jaar { get; init; }
        public DateOnly Uiterlijk { get; init; }
        public string Toelichting { get; init; } = "";
        public string GeopendOp { get; init; } = "";
        public string GeopendDoor { get; init; } = "";
        public string? GeslotenOp { get; init; }
        public int Version { get; init; }
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long PartnerId { get; init; }
        public string PartnerNaam { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Stap { get; init; }
        public string? Op { get; init; }
        public string? Reden { get; init; }
    }
}
