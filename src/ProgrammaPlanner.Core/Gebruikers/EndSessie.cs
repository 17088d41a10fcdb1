using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>Ends one of the user's own sessions (signing that browser out at its next step), or all but the current one.</summary>
public static class EndSessie
{
    /// <summary><paramref name="SessieId"/> null: every session except this one.</summary>
    [Vereist(Recht.Aangemeld)]
    [Logboek("EndSessie", "Sessie beëindigd")]
    public sealed record Command(string? SessieId) : ICommand<int>;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var args = new { cmd.SessieId, user.GebruikerId, huidige = user.SessieId, nu = Tijd.Stempel(clock.GetUtcNow()) };
            return cmd.SessieId is null
                ? await c.ExecuteAsync("UPDATE sessie SET beeindigd_op = @nu " +
                    "WHERE gebruiker_id = @GebruikerId AND id <> @huidige AND beeindigd_op IS NULL", args)
                : await c.ExecuteAsync("UPDATE sessie SET beeindigd_op = @nu " +
                    "WHERE gebruiker_id = @GebruikerId AND id = @SessieId AND beeindigd_op IS NULL", args);
        }
    }
}
