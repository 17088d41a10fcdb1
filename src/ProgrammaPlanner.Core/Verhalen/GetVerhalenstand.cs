using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verhalen;

/// <summary>
/// How far the programma is with its stories: how many (towards the coalition's "minstens honderd"), how many per
/// bestaanszekerheid, and whether it has Verbondsgroepen at all (the dashboard shows the counter only to a learning coalition).
/// </summary>
public static class GetVerhalenstand
{
    /// <summary>The coalition's own aim: at least a hundred stories of Amsterdammers and professionals.</summary>
    public const int Doel = 100;

    public sealed record Query(long ProgrammaId) : IRequest<Stand>, IProgrammaScoped;

    public sealed record Stand
    {
        public int Aantal { get; init; }
        /// <summary>Every bestaanszekerheid in <see cref="Bestaanszekerheid.Alle"/>'s order, also those with 0.</summary>
        public IReadOnlyList<(string Bestaanszekerheid, int Aantal)> PerBestaanszekerheid { get; init; } = [];
        public bool HeeftGroepen { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Stand>
    {
        public async Task<Stand> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId);
            var per = (await c.QueryAsync<(string B, int Aantal)>(
                """
                SELECT b.bestaanszekerheid, COUNT(*) FROM verhaal_bestaanszekerheid b JOIN verhaal v ON v.id = b.verhaal_id
                WHERE v.programma_id = @ProgrammaId GROUP BY b.bestaanszekerheid
                """, query)).ToDictionary(r => r.B, r => r.Aantal);
            return new Stand
            {
                Aantal = await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM verhaal WHERE programma_id = @ProgrammaId", query),
                PerBestaanszekerheid = Bestaanszekerheid.Alle.Select(b => (b, per.GetValueOrDefault(b))).ToList(),
                HeeftGroepen = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM verbondsgroep WHERE programma_id = @ProgrammaId", query) > 0,
            };
        }
    }
}
