using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>The programma's Verbondsgroepen in their order, each with its wijk, how many members of each soort, its aanjager and budget.</summary>
public static class ListVerbondsgroepen
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<GroepItem>>, IProgrammaScoped;

    public sealed record GroepItem
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public long? WijkId { get; init; }
        /// <summary>Empty without a wijk.</summary>
        public string Wijk { get; init; } = "";
        public int Professionals { get; init; }
        public int InformelePartners { get; init; }
        public int Ervaringsdeskundigen { get; init; }
        public int Bewoners { get; init; }
        public int Leden => Professionals + InformelePartners + Ervaringsdeskundigen + Bewoners;
        /// <summary>The aanjager's name; empty when the group has none.</summary>
        public string Aanjager { get; init; } = "";
        /// <summary>Euros granted for maatwerk (set by the maatwerk slices, read-only here); null: none.</summary>
        public decimal? Maatwerkbudget { get; init; }
        public int Version { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<GroepItem>>
    {
        public async Task<IReadOnlyList<GroepItem>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<GroepItem>(
                """
                SELECT g.id, g.naam, g.wijk_id, COALESCE(w.naam, '') AS wijk,
                       (SELECT COUNT(*) FROM groepslid l WHERE l.verbondsgroep_id = g.id AND l.soort = 'professional') AS professionals,
                       (SELECT COUNT(*) FROM groepslid l WHERE l.verbondsgroep_id = g.id AND l.soort = 'informele partner') AS informele_partners,
                       (SELECT COUNT(*) FROM groepslid l WHERE l.verbondsgroep_id = g.id AND l.soort = 'ervaringsdeskundige') AS ervaringsdeskundigen,
                       (SELECT COUNT(*) FROM groepslid l WHERE l.verbondsgroep_id = g.id AND l.soort = 'bewoner') AS bewoners,
                       COALESCE((SELECT l.naam FROM groepslid l WHERE l.verbondsgroep_id = g.id AND l.aanjager = 1), '') AS aanjager,
                       g.maatwerkbudget, g.version
                FROM verbondsgroep g LEFT JOIN wijk w ON w.id = g.wijk_id
                WHERE g.programma_id = @ProgrammaId
                ORDER BY g.volgorde, g.id
                """, query);
            return rows.ToList();
        }
    }
}
