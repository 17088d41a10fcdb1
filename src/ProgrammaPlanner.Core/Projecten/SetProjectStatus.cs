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
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Project, cmd.ProjectId, cmd.ProgrammaId, cmd.Version, "Het project");
            await c.ExecuteAsync("UPDATE project SET status = @Status WHERE id = @ProjectId", cmd, tx);
            return version;
        }, ct);
    }
}
