using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>Every account of the installation, for the beheerder.</summary>
public static class ListGebruikers
{
    [Vereist(Recht.Beheerder)]
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Email { get; init; } = "";
        public bool IsBeheerder { get; init; }
        public string Programmas { get; init; } = "";
        public string? LaatstActiefOp { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<Item>(
                """
                SELECT g.id, g.naam, g.email, g.is_beheerder,
                       COALESCE((SELECT string_agg(p.naam || ' (' || l.rol || ')', ', ' ORDER BY p.naam)
                                 FROM lidmaatschap l JOIN programma p ON p.id = l.programma_id
                                 WHERE l.gebruiker_id = g.id), '') AS programmas,
                       (SELECT MAX(s.laatst_actief_op) FROM sessie s WHERE s.gebruiker_id = g.id) AS laatst_actief_op
                FROM gebruiker g ORDER BY g.naam
                """);
            return rows.ToList();
        }
    }
}
