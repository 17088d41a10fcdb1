using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>The members of a programma by name only: the choice of a person as owner of an actiepunt or mijlpaal.</summary>
public static class ListLidnamen
{
    [Vereist(Recht.Bewerken)]
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<Lid>>, IProgrammaScoped;

    public sealed record Lid
    {
        public long GebruikerId { get; init; }
        public string Naam { get; init; } = "";
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Lid>>
    {
        public async Task<IReadOnlyList<Lid>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return (await c.QueryAsync<Lid>(
                """
                SELECT g.id AS gebruiker_id, g.naam FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id
                WHERE l.programma_id = @ProgrammaId ORDER BY g.naam, g.id
                """, query)).ToList();
        }
    }
}
