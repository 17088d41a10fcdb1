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
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();

            await Versioned.DeleteVersionedAsync(c, tx, Tables.Basisvoorwaarde, cmd.BasisvoorwaardeId, cmd.ProgrammaId, cmd.Version, "De basisvoorwaarde");
            await Volgorde.CloseGapAsync(c, tx, Tables.Basisvoorwaarde, cmd.ProgrammaId);
            await tx.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
