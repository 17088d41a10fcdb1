using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>The facilitator marks a project as chosen doorbraakproject (or takes the mark off). Returns the project's new version.</summary>
public static class SetDoorbraak
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("SetDoorbraak", "Doorbraakproject gekozen")]
    public sealed record Command(long ProgrammaId, long ProjectId, int Version, bool Doorbraak) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Project, cmd.ProjectId, cmd.ProgrammaId, cmd.Version, "Het project");
            await c.ExecuteAsync("UPDATE project SET doorbraak = @Doorbraak WHERE id = @ProjectId", cmd, tx);
            return version;
        }, ct);
    }
}
