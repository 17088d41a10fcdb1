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
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Stemronde, cmd.StemrondeId, cmd.ProgrammaId, cmd.Version, "De stemronde");
            await c.ExecuteAsync("UPDATE stemronde SET open = 0 WHERE id = @StemrondeId", cmd, tx);
            return version;
        }, ct);
    }
}
