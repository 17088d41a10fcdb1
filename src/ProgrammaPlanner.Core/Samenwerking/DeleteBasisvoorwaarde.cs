using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>Deletes a basisvoorwaarde and closes the gap in the numbering of the others.</summary>
public static class DeleteBasisvoorwaarde
{
    [Logboek("DeleteBasisvoorwaarde", "Basisvoorwaarde verwijderd")]
    public sealed record Command(long ProgrammaId, long BasisvoorwaardeId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Volgorde.DeleteAsync(c, tx, Tables.Basisvoorwaarde, cmd.BasisvoorwaardeId, cmd.ProgrammaId, cmd.Version, "De basisvoorwaarde");
            return Unit.Value;
        }, ct);
    }
}
