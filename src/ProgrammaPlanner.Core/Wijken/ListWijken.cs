using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Wijken;

/// <summary>The programma's wijken, ordered by naam, with how many realisaties are recorded for each.</summary>
public static class ListWijken
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<WijkItem>>, IProgrammaScoped;

    public sealed record WijkItem
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public int Version { get; init; }
        public int AantalRealisaties { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<WijkItem>>
    {
        public async Task<IReadOnlyList<WijkItem>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<WijkItem>(
                """
                SELECT w.id, w.naam, w.version,
                       (SELECT COUNT(*) FROM realisatie r WHERE r.wijk_id = w.id) AS aantal_realisaties
                FROM wijk w WHERE w.programma_id = @ProgrammaId ORDER BY w.naam, w.id
                """, query);
            return rows.ToList();
        }
    }
}
