using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>Deletes a project with its mijlpalen, risico's, inzet and links (the schema cascades them).</summary>
public static class DeleteProject
{
    [Logboek("DeleteProject", "Project verwijderd")]
    public sealed record Command(long ProgrammaId, long ProjectId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Versioned.DeleteVersionedAsync(c, null, Tables.Project, cmd.ProjectId, cmd.ProgrammaId, cmd.Version, "Het project");
            return Unit.Value;
        }
    }
}
