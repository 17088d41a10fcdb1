using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>Deletes a criterion with the scores given on it (the ranking is recalculated without it).</summary>
public static class DeleteCriterium
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("DeleteCriterium", "Criterium verwijderd")]
    public sealed record Command(long ProgrammaId, long CriteriumId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Versioned.DeleteVersionedAsync(c, null, Tables.Criterium, cmd.CriteriumId, cmd.ProgrammaId, cmd.Version, "Het criterium");
            return Unit.Value;
        }
    }
}
