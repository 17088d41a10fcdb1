using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Closes a session for input: its code stops working, and an open vote round, points round and stellingen close with it
/// (reopening input after a break must not bring back a round the facilitator left running).
/// </summary>
public static class CloseInvoer
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("CloseInvoer", "Invoer gesloten")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, int Version) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Bijeenkomst, cmd.BijeenkomstId, cmd.ProgrammaId, cmd.Version, "De bijeenkomst");
            await c.ExecuteAsync(
                """
                UPDATE bijeenkomst SET invoer_open = 0 WHERE id = @BijeenkomstId;
                UPDATE stemronde SET open = 0, version = version + 1 WHERE bijeenkomst_id = @BijeenkomstId AND programma_id = @ProgrammaId AND open = 1;
                UPDATE puntenronde SET open = 0, version = version + 1 WHERE bijeenkomst_id = @BijeenkomstId AND programma_id = @ProgrammaId AND open = 1;
                UPDATE stelling SET open = 0, version = version + 1 WHERE bijeenkomst_id = @BijeenkomstId AND programma_id = @ProgrammaId AND open = 1;
                """, cmd, tx);
            return version;
        }, ct);
    }
}
