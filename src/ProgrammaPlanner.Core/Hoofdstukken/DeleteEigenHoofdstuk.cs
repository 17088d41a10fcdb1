using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Hoofdstukken;

/// <summary>Deletes one of the coalition's own chapters and closes the gap in the order of the others.</summary>
public static class DeleteEigenHoofdstuk
{
    [Logboek("DeleteEigenHoofdstuk", "Eigen hoofdstuk verwijderd")]
    public sealed record Command(long ProgrammaId, long HoofdstukId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Volgorde.DeleteAsync(c, tx, Tables.EigenHoofdstuk, cmd.HoofdstukId, cmd.ProgrammaId, cmd.Version, "Het hoofdstuk");
            return Unit.Value;
        }, ct);
    }
}
