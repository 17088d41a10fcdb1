using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verhalen;

/// <summary>Deletes a story with its tags and links (a bijdrage it came from stays, open again unless it became more).</summary>
public static class DeleteVerhaal
{
    [Logboek("DeleteVerhaal", "Verhaal verwijderd")]
    public sealed record Command(long ProgrammaId, long VerhaalId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Versioned.DeleteVersionedAsync(c, tx, Tables.Verhaal, cmd.VerhaalId, cmd.ProgrammaId, cmd.Version, VerhaalRules.VerhaalWat);
            return Unit.Value;
        }, ct);
    }
}
