using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>Marks a thread as resolved ("opgelost"): by who began it, or by a facilitator.</summary>
public static class CloseOpmerking
{
    [Vereist(Recht.Lezen)]
    [Logboek("CloseOpmerking", "Opmerking opgelost")]
    public sealed record Command(long ProgrammaId, long OpmerkingId, int Version) : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(int Version);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Draad.EisMagAfhandelenAsync(c, tx, user, cmd.ProgrammaId, cmd.OpmerkingId, "als opgelost markeren");
            var rows = await c.ExecuteAsync(
                """
                UPDATE opmerking SET opgelost_op = @op, opgelost_door = @Naam, version = version + 1
                WHERE id = @OpmerkingId AND programma_id = @ProgrammaId AND version = @Version AND opgelost_op IS NULL
                """, new { cmd.OpmerkingId, cmd.ProgrammaId, cmd.Version, op = Tijd.Stempel(clock), user.Naam }, tx);
            if (rows == 0) throw await Draad.ExplainAsync(c, tx, cmd.ProgrammaId, cmd.OpmerkingId);
            return new Result(cmd.Version + 1);
        }, ct);
    }
}
