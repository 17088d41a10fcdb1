using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>Withdraws an open invitation to the programma: its link stops working.</summary>
public static class RevokeUitnodiging
{
    [Vereist(Recht.Faciliteren, OokBeheerder = true)]
    [Logboek("RevokeUitnodiging", "Uitnodiging ingetrokken")]
    public sealed record Command(long ProgrammaId, long LinkId) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            if (await c.ExecuteAsync("UPDATE link SET gebruikt_op = @nu WHERE id = @LinkId AND programma_id = @ProgrammaId AND gebruikt_op IS NULL",
                    new { cmd.LinkId, cmd.ProgrammaId, nu = Tijd.Stempel(clock.GetUtcNow()) }) == 0)
                throw new NotFoundException("Deze uitnodiging bestaat niet (meer) of is al gebruikt.");
            return Unit.Value;
        }
    }
}
