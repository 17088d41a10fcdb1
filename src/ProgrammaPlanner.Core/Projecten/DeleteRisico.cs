using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

public static class DeleteRisico
{
    [Logboek("DeleteRisico", "Risico verwijderd")]
    public sealed record Command(long ProgrammaId, long RisicoId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Versioned.DeleteVersionedAsync(c, null, Tables.Risico, cmd.RisicoId, cmd.ProgrammaId, cmd.Version, "Het risico");
            return Unit.Value;
        }
    }
}
