using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>Moves a project to another status (idee, in voorbereiding, lopend, ...). Returns the new version.</summary>
public static class SetProjectStatus
{
    [Logboek("SetProjectStatus", "Projectstatus gewijzigd")]
    public sealed record Command(long ProgrammaId, long ProjectId, int Version, string Status) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Status).Must(s => ProjectStatus.Alle.Contains(s))
            .WithMessage($"Kies een status: {string.Join(", ", ProjectStatus.Alle)}.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.ExecuteAsync(
                "UPDATE project SET status = @Status, version = version + 1 WHERE id = @ProjectId AND programma_id = @ProgrammaId AND version = @Version",
                cmd);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "project", cmd.ProjectId, cmd.ProgrammaId, "Het project");
            return cmd.Version + 1;
        }
    }
}
