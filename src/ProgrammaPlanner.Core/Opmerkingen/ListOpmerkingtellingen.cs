using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>For every element of the programma that has comments: how many threads are open and how many there are, in one query.</summary>
public static class ListOpmerkingtellingen
{
    public sealed record Query(long ProgrammaId) : IRequest<Tellingen>, IProgrammaScoped;

    public sealed record Telling
    {
        public string Soort { get; init; } = "";
        public string Onderwerp { get; init; } = "";
        public int Open { get; init; }
        public int Totaal { get; init; }
    }

    public sealed record Tellingen(IReadOnlyList<Telling> Alle)
    {
        private readonly Dictionary<(string, string), Telling> _index = Alle.ToDictionary(t => (t.Soort, t.Onderwerp));

        /// <summary>The counts of one element (zero when it has no comments).</summary>
        public Telling Van(string soort, string onderwerp) =>
            _index.TryGetValue((soort, onderwerp), out var t) ? t : new Telling { Soort = soort, Onderwerp = onderwerp };
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Tellingen>
    {
        public async Task<Tellingen> Handle(Query q, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return new([.. await c.QueryAsync<Telling>(
                """
                SELECT onderwerp_soort AS soort, onderwerp, SUM(opgelost_op IS NULL) AS open, COUNT(*) AS totaal
                FROM opmerking WHERE programma_id = @ProgrammaId AND ouder_id IS NULL
                GROUP BY onderwerp_soort, onderwerp
                """, q)]);
        }
    }
}
