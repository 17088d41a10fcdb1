using Dapper;
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
            var rows = await c.ExecuteAsync("DELETE FROM criterium WHERE id = @CriteriumId AND programma_id = @ProgrammaId AND version = @Version", cmd);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "criterium", cmd.CriteriumId, cmd.ProgrammaId, "Het criterium");
            return Unit.Value;
        }
    }
}
