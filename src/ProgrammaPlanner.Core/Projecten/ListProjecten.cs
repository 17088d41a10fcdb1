using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// The projects of a programma by name, optionally filtered: SpeerpuntId = serves a doelstelling under that speerpunt;
/// PartnerId = the partner takes part; Status; Doorbraak.
/// </summary>
public static class ListProjecten
{
    public sealed record Query(long ProgrammaId, long? SpeerpuntId = null, long? PartnerId = null, string? Status = null, bool? Doorbraak = null)
        : IRequest<IReadOnlyList<Item>>, IProgrammaScoped;

    public sealed record Item
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public bool Doorbraak { get; init; }
        public string Status { get; init; } = "";
        public string TrekkerNaam { get; init; } = "";
        public DateOnly Startdatum { get; init; }
        public DateOnly Einddatum { get; init; }
        public decimal TotaalEuro { get; init; }
        public int Version { get; init; }
        /// <summary>True when the project runs before or after the programme period (allowed, but flagged).</summary>
        public bool BuitenProgrammaperiode { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var items = (await c.QueryAsync<Item>(
                """
                SELECT p.id, p.naam, p.doorbraak, p.status, t.naam AS trekker_naam, p.startdatum, p.einddatum, p.version
                FROM project p JOIN partner t ON t.id = p.trekker_partner_id
                WHERE p.programma_id = @ProgrammaId
                  AND (@Status IS NULL OR p.status = @Status)
                  AND (@Doorbraak IS NULL OR p.doorbraak = @Doorbraak)
                  AND (@PartnerId IS NULL OR EXISTS (SELECT 1 FROM project_partner pp WHERE pp.project_id = p.id AND pp.partner_id = @PartnerId))
                  AND (@SpeerpuntId IS NULL OR EXISTS (SELECT 1 FROM project_doelstelling pd JOIN doelstelling d ON d.id = pd.doelstelling_id
                                                       WHERE pd.project_id = p.id AND d.speerpunt_id = @SpeerpuntId))
                ORDER BY p.naam
                """, query)).ToList();
            if (items.Count == 0) return items;

            var (start, eind) = await c.QuerySingleAsync<(long, long)>("SELECT startjaar, eindjaar FROM programma WHERE id = @ProgrammaId", query);
            // Money is summed in C#, never in SQL: the values are exact decimals stored as text.
            var euro = (await c.QueryAsync<(long ProjectId, decimal Euro)>(
                "SELECT i.project_id, i.euro FROM inzet i JOIN project p ON p.id = i.project_id WHERE p.programma_id = @ProgrammaId",
                query)).ToLookup(r => r.ProjectId, r => r.Euro);

            return items.Select(i => i with
            {
                TotaalEuro = euro[i.Id].Sum(),
                BuitenProgrammaperiode = i.Startdatum.Year < start || i.Einddatum.Year > eind,
            }).ToList();
        }
    }
}
