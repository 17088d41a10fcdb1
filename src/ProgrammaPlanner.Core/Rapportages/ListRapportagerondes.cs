using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// The rounds of a programma, newest year first: which partners' rapportages have each status (and so how many), which
/// partners are te laat, and the caller's own partner's rapportage in each round (a member linked to a partner goes straight to it).
/// </summary>
public static class ListRapportagerondes
{
    public sealed record Query(long ProgrammaId) : IRequest<Overzicht>, IProgrammaScoped;

    /// <summary>MijnPartnerNaam: the partner the caller is linked to, if any.</summary>
    public sealed record Overzicht(IReadOnlyList<Ronde> Rondes, string? MijnPartnerNaam, DateOnly Vandaag);

    /// <summary>Partners: per status the names of the partners whose rapportage has it, by name; PerStatus counts them.</summary>
    public sealed record Ronde(long Id, int Jaar, DateOnly Uiterlijk, bool Open, IReadOnlyDictionary<string, IReadOnlyList<string>> Partners,
        IReadOnlyList<string> TeLaat, long? MijnRapportageId, string? MijnStatus)
    {
        public IReadOnlyDictionary<string, int> PerStatus => Partners.ToDictionary(x => x.Key, x => x.Value.Count);
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Overzicht>
    {
        public async Task<Overzicht> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId);
            var vandaag = Tijd.Vandaag(clock);
            var mijn = await RapportageRules.MijnPartnersAsync(c, user, query.ProgrammaId);
            var rijen = (await c.QueryAsync<Row>(
                """
                SELECT ro.id AS ronde_id, ro.jaar, ro.uiterlijk, ro.gesloten_op, r.id AS rapportage_id, r.partner_id, pa.naam AS partner_naam, r.status
                FROM rapportageronde ro
                LEFT JOIN rapportage r ON r.ronde_id = ro.id LEFT JOIN partner pa ON pa.id = r.partner_id
                WHERE ro.programma_id = @ProgrammaId
                ORDER BY ro.jaar DESC, pa.naam
                """, query)).ToList();
            var mijnNaam = await c.QuerySingleOrDefaultAsync<string?>($"SELECT naam FROM partner WHERE {c.InList("id", "@mijn")} LIMIT 1", new { mijn });

            var rondes = rijen.GroupBy(x => x.RondeId).Select(g =>
            {
                var eerste = g.First();
                var rapportages = g.Where(x => x.RapportageId is not null).ToList();
                var eigen = rapportages.FirstOrDefault(x => mijn.Contains(x.PartnerId ?? 0));
                return new Ronde(g.Key, eerste.Jaar, eerste.Uiterlijk, eerste.GeslotenOp is null,
                    RapportageStatus.Alle.ToDictionary(s => s,
                        s => (IReadOnlyList<string>)[.. rapportages.Where(x => x.Status == s).Select(x => x.PartnerNaam!)]),
                    [.. rapportages.Where(x => RapportageRules.TeLaat(x.Status!, eerste.Uiterlijk, vandaag)).Select(x => x.PartnerNaam!)],
                    eigen?.RapportageId, eigen?.Status);
            }).ToList();
            return new Overzicht(rondes, mijnNaam, vandaag);
        }
    }

    private sealed class Row
    {
        public long RondeId { get; init; }
        public int Jaar { get; init; }
        public DateOnly Uiterlijk { get; init; }
        public string? GeslotenOp { get; init; }
        public long? RapportageId { get; init; }
        public long? PartnerId { get; init; }
        public string? PartnerNaam { get; init; }
        public string? Status { get; init; }
    }
}
