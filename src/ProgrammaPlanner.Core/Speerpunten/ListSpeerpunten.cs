using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Speerpunten;

/// <summary>The programma's speerpunten in display order, with how many doelstellingen hang under each.</summary>
public static class ListSpeerpunten
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<SpeerpuntItem>>, IProgrammaScoped;

    public sealed record SpeerpuntItem
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Analyse { get; init; } = "";
        public int Volgorde { get; init; }
        public int Version { get; init; }
        public int AantalDoelstellingen { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<SpeerpuntItem>>
    {
        public async Task<IReadOnlyList<SpeerpuntItem>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<SpeerpuntItem>(
                """
                SELECT s.id, s.naam, s.analyse, s.volgorde, s.version,
                       (SELECT COUNT(*) FROM doelstelling d WHERE d.speerpunt_id = s.id) AS aantal_doelstellingen
                FROM speerpunt s WHERE s.programma_id = @ProgrammaId ORDER BY s.volgorde, s.id
                """, query);
            return rows.ToList();
        }
    }
}
