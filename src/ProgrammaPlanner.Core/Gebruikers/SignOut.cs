using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>Signs out: ends the current session.</summary>
public static class SignOut
{
    [Vereist(Recht.Aangemeld)]
    [Logboek("SignOut", "Afgemeld")]
    public sealed record Command : ICommand<Unit>;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await c.ExecuteAsync("UPDATE sessie SET beeindigd_op = @nu WHERE id = @SessieId AND gebruiker_id = @GebruikerId",
                new { user.SessieId, user.GebruikerId, nu = Tijd.Stempel(clock.GetUtcNow()) });
            return Unit.Value;
        }
    }
}
