using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// The facilitator closes the round: partners can no longer score themselves, and every member sees all scores and the
/// ranking. The facilitator or redacteur can still correct a partner's scores on its behalf (logged as such).
/// </summary>
public static class ClosePrioriteringsronde
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ClosePrioriteringsronde", "Prioriteringsronde gesloten")]
    public sealed record Command(long ProgrammaId) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var rows = await c.ExecuteAsync(
                "UPDATE prioriteringsronde SET open = 0, gesloten_op = @nu WHERE programma_id = @ProgrammaId AND open = 1",
                new { cmd.ProgrammaId, nu = Tijd.Stempel(clock) }, tx);
            if (rows == 0)
            {
                await ProgrammaBestaat.EisAsync(c, cmd.ProgrammaId, tx);
                throw new RefusedException("Er is geen open prioriteringsronde om te sluiten.");
            }
            return Unit.Value;
        }, ct);
    }
}
