using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// The facilitator opens a prioritering round: partners score for themselves and each sees only its own scores until
/// the round closes. Opening again after closing starts a new round; the scores given so far stay.
/// </summary>
public static class OpenPrioriteringsronde
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("OpenPrioriteringsronde", "Prioriteringsronde geopend")]
    public sealed record Command(long ProgrammaId) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await ProgrammaBestaat.EisAsync(c, cmd.ProgrammaId, tx);
            if (await Scorerecht.RondeAsync(c, cmd.ProgrammaId, tx) is { Open: true })
                throw new RefusedException("De prioriteringsronde is al open.");
            await c.ExecuteAsync(
                """
                INSERT INTO prioriteringsronde (programma_id, open, geopend_op, gesloten_op) VALUES (@ProgrammaId, 1, @nu, NULL)
                ON CONFLICT (programma_id) DO UPDATE SET open = 1, geopend_op = excluded.geopend_op, gesloten_op = NULL
                """, new { cmd.ProgrammaId, nu = Tijd.Stempel(clock) }, tx);
            return Unit.Value;
        }, ct);
    }
}
