using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

public static class DeleteActiepunt
{
    [Logboek("DeleteActiepunt", "Actiepunt verwijderd")]
    public sealed record Command(long ProgrammaId, long ActiepuntId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Versioned.DeleteVersionedAsync(c, null, Tables.Actiepunt, cmd.ActiepuntId, cmd.ProgrammaId, cmd.Version, "Het actiepunt");
            return Unit.Value;
        }
    }
}
