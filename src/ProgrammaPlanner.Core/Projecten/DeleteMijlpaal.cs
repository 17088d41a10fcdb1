using Dapper;
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
            var rows = await c.ExecuteAsync(
                """
                DELETE FROM mijlpaal WHERE id = @MijlpaalId AND version = @Version
                  AND project_id IN (SELECT id FROM project WHERE programma_id = @ProgrammaId)
                """, cmd);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "mijlpaal", cmd.MijlpaalId, cmd.ProgrammaId, "De mijlpaal");
            return Unit.Value;
        }
    }
}
