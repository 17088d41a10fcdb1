using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Programmas;

public static class ListProgrammas
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Motto { get; init; } = "";
        public string Gebied { get; init; } = "";
        public int Startjaar { get; init; }
        public int Eindjaar { get; init; }
        public string Fase { get; init; } = "";
        public int AantalPartners { get; init; }
        public int AantalSpeerpunten { get; init; }
        public int AantalProjecten { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<Item>(
                """
                SELECT p.id, p.naam, p.motto, p.gebied, p.startjaar, p.eindjaar, p.fase,
                       (SELECT COUNT(*) FROM partner x WHERE x.programma_id = p.id) AS aantal_partners,
                       (SELECT COUNT(*) FROM speerpunt x WHERE x.programma_id = p.id) AS aantal_speerpunten,
                       (SELECT COUNT(*) FROM project x WHERE x.programma_id = p.id) AS aantal_projecten
                FROM programma p ORDER BY p.naam
                """);
            return rows.ToList();
        }
    }
}
