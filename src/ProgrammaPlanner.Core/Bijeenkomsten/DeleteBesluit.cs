using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

public static class DeleteBesluit
{
    [Logboek("DeleteBesluit", "Besluit verwijderd")]
    public sealed record Command(long ProgrammaId, long BesluitId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Versioned.DeleteVersionedAsync(c, null, Tables.Besluit, cmd.BesluitId, cmd.ProgrammaId, cmd.Version, "Het besluit");
            return Unit.Value;
        }
    }
}
