using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>The signed-in user's own sessions: see where they are signed in, and end any of them.</summary>
public static class ListMijnSessies
{
    [Vereist(Recht.Aangemeld)]
    public sealed record Query : IRequest<IReadOnlyList<Sessie>>;

    public sealed record Sessie
    {
        public string Id { get; init; } = "";
        public string Apparaat { get; init; } = "";
        public string AangemaaktOp { get; init; } = "";
        public string LaatstActiefOp { get; init; } = "";
        public bool IsDeze { get; init; }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Sessie>>
    {
        public async Task<IReadOnlyList<Sessie>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<Sessie>(
                """
                SELECT id, apparaat, aangemaakt_op, laatst_actief_op, id = @SessieId AS is_deze FROM sessie
                WHERE gebruiker_id = @GebruikerId AND beeindigd_op IS NULL AND laatst_actief_op > @verlopen
                ORDER BY laatst_actief_op DESC
                """, new { user.GebruikerId, user.SessieId, verlopen = Tijd.Stempel(clock.GetUtcNow() - Sessies.Geldigheid) });
            return rows.ToList();
        }
    }
}
