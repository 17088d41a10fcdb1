using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Leren;

/// <summary>
/// What a learning coalition holds, counted for the page that leads to its parts: groups and members, ontwikkelopgaven
/// per status, stories, and maatwerk decisions (counted only: amounts follow the maatwerk page's rule for lezers).
/// </summary>
public static class GetLeeroverzicht
{
    public sealed record Query(long ProgrammaId) : IRequest<Leeroverzicht>, IProgrammaScoped;

    public sealed record Leeroverzicht
    {
        public int Groepen { get; init; }
        public int Leden { get; init; }
        public int Verhalen { get; init; }
        public int Casussen { get; init; }
        /// <summary>Per status that occurs, in the order of the statuses.</summary>
        public IReadOnlyList<(string Status, int Aantal)> Opgaven { get; init; } = [];
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Leeroverzicht>
    {
        public async Task<Leeroverzicht> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var grid = await c.QueryMultipleAsync(
                """
                SELECT (SELECT COUNT(*) FROM verbondsgroep WHERE programma_id = @ProgrammaId) AS groepen,
                       (SELECT COUNT(*) FROM groepslid l JOIN verbondsgroep g ON g.id = l.verbondsgroep_id
                        WHERE g.programma_id = @ProgrammaId) AS leden,
                       (SELECT COUNT(*) FROM verhaal WHERE programma_id = @ProgrammaId) AS verhalen,
                       (SELECT COUNT(*) FROM maatwerkcasus WHERE programma_id = @ProgrammaId) AS casussen;
                SELECT status, COUNT(*) FROM ontwikkelopgave WHERE programma_id = @ProgrammaId GROUP BY status;
                """, query);
            var overzicht = await grid.ReadSingleAsync<Leeroverzicht>();
            var opgaven = (await grid.ReadAsync<(string Status, int Aantal)>()).ToDictionary(x => x.Status, x => x.Aantal);
            return overzicht with { Opgaven = Ontwikkelopgaven.OntwikkelopgaveStatus.Alle.Where(opgaven.ContainsKey).Select(s => (s, opgaven[s])).ToList() };
        }
    }
}
