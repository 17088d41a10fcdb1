using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Closes a points round: no more allocations, the result stands.</summary>
public static class ClosePuntenronde
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ClosePuntenronde", "Puntenronde gesloten")]
    public sealed record Command(long ProgrammaId, long PuntenrondeId, int Version) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Puntenronde, cmd.PuntenrondeId, cmd.ProgrammaId, cmd.Version, "De puntenronde");
            await c.ExecuteAsync("UPDATE puntenronde SET open = 0 WHERE id = @PuntenrondeId", cmd, tx);
            return version;
        }, ct);
    }
}
