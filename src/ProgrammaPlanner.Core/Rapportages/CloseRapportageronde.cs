using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// The facilitator closes a round: nothing more can be filled in or submitted. What was submitted can still be accepted
/// or returned; a returned rapportage then stays as it is.
/// </summary>
public static class CloseRapportageronde
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("CloseRapportageronde", "Rapportageronde gesloten")]
    public sealed record Command(long ProgrammaId, long RondeId, int Version) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Rapportageronde, cmd.RondeId, cmd.ProgrammaId, cmd.Version,
                "De rapportageronde");
            if (await c.ExecuteAsync("UPDATE rapportageronde SET gesloten_op = @op WHERE id = @RondeId AND gesloten_op IS NULL",
                    new { op = Tijd.Stempel(clock), cmd.RondeId }, tx) == 0)
                throw new RefusedException("Deze rapportageronde is al gesloten.");
            return version;
        }, ct);
    }
}
