using Dapper;
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
            var rows = await c.ExecuteAsync("DELETE FROM actiepunt WHERE id = @ActiepuntId AND programma_id = @ProgrammaId AND version = @Version", cmd);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "actiepunt", cmd.ActiepuntId, cmd.ProgrammaId, "Het actiepunt");
            return Unit.Value;
        }
    }
}
