using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Closes a vote round: no more votes, the result stands.</summary>
public static class CloseStemronde
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("CloseStemronde", "Stemronde gesloten")]
    public sealed record Command(long ProgrammaId, long StemrondeId, int Version) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.ExecuteAsync(
                "UPDATE stemronde SET open = 0, version = version + 1 WHERE id = @StemrondeId AND programma_id = @ProgrammaId AND version = @Version", cmd);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "stemronde", cmd.StemrondeId, cmd.ProgrammaId, "De stemronde");
            return cmd.Version + 1;
        }
    }
}
