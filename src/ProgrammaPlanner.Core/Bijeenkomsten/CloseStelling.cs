using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Closes a statement: no more answers, the result stands.</summary>
public static class CloseStelling
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("CloseStelling", "Stelling gesloten")]
    public sealed record Command(long ProgrammaId, long StellingId, int Version) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Stelling, cmd.StellingId, cmd.ProgrammaId, cmd.Version, "De stelling");
            await c.ExecuteAsync("UPDATE stelling SET open = 0 WHERE id = @StellingId", cmd, tx);
            return version;
        }, ct);
    }
}
