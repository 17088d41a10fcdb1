using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

public static class DeleteMijlpaal
{
    [Logboek("DeleteMijlpaal", "Mijlpaal verwijderd")]
    public sealed record Command(long ProgrammaId, long MijlpaalId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Versioned.DeleteVersionedAsync(c, null, Tables.Mijlpaal, cmd.MijlpaalId, cmd.ProgrammaId, cmd.Version, "De mijlpaal");
            return Unit.Value;
        }
    }
}
