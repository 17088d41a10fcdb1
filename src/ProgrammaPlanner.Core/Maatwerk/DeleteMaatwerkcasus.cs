using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Maatwerk;

/// <summary>Removes a casus recorded by mistake; the logboek keeps that it was there.</summary>
public static class DeleteMaatwerkcasus
{
    [Logboek("DeleteMaatwerkcasus", "Maatwerkcasus verwijderd")]
    public sealed record Command(long ProgrammaId, long MaatwerkcasusId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Versioned.DeleteVersionedAsync(c, null, Tables.Maatwerkcasus, cmd.MaatwerkcasusId, cmd.ProgrammaId, cmd.Version, "De casus");
            return Unit.Value;
        }
    }
}
