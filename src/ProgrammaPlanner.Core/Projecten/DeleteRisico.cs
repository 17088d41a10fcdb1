using Dapper;
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
            var rows = await c.ExecuteAsync(
                """
                DELETE FROM risico WHERE id = @RisicoId AND version = @Version
                  AND project_id IN (SELECT id FROM project WHERE programma_id = @ProgrammaId)
                """, cmd);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "risico", cmd.RisicoId, cmd.ProgrammaId, "Het risico");
            return Unit.Value;
        }
    }
}
