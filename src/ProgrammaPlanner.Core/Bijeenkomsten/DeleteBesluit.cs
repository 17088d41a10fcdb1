using Dapper;
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
            var rows = await c.ExecuteAsync("DELETE FROM besluit WHERE id = @BesluitId AND programma_id = @ProgrammaId AND version = @Version", cmd);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "besluit", cmd.BesluitId, cmd.ProgrammaId, "Het besluit");
            return Unit.Value;
        }
    }
}
