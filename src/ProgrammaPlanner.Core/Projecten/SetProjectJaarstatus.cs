using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// Sets how a project fared in one programme year (op schema, vertraagd, afgerond, gestopt) with a toelichting, or clears
/// it (Status null). Vertraagd and gestopt need a toelichting. Bumps and returns the project's version.
/// </summary>
public static class SetProjectJaarstatus
{
    [Logboek("SetProjectJaarstatus", "Voortgang van een projectjaar gewijzigd")]
    public sealed record Command(long ProgrammaId, long ProjectId, int Version, int Jaar, string? Status, string Toelichting)
        : ICommand<int>, IProgrammaScoped;

    /// <summary>The statuses that need a word of explanation.</summary>
    public static bool VraagtToelichting(string? status) => status is ProjectJaarstatus.Vertraagd or ProjectJaarstatus.Gestopt;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Status).Must(s => s is null || ProjectJaarstatus.Alle.Contains(s))
                .WithMessage($"Kies een status: {string.Join(", ", ProjectJaarstatus.Alle)}.");
            RuleFor(x => x.Toelichting).MaxTekens(Tekstgrenzen.KorteTekst, "De toelichting");
            RuleFor(x => x.Toelichting).Must(t => !string.IsNullOrWhiteSpace(t)).When(x => VraagtToelichting(x.Status))
                .WithMessage(x => $"Licht toe waarom het project {x.Status} is in {x.Jaar}.");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await ProjectRules.FindAsync(c, cmd.ProgrammaId, cmd.ProjectId, tx);
            var (start, eind) = await c.QuerySingleAsync<(long, long)>(
                "SELECT startjaar, eindjaar FROM programma WHERE id = @ProgrammaId", cmd, tx);
            if (cmd.Jaar < start || cmd.Jaar > eind)
                throw ValidationException.For(nameof(Command.Jaar),
                    $"{cmd.Jaar} valt buiten de programmaperiode {start}–{eind}. Kies een jaar binnen die periode.");

            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Project, cmd.ProjectId, cmd.ProgrammaId, cmd.Version, "Het project");
            await Uitvoering.WriteJaarstatusAsync(c, tx, cmd.ProjectId, cmd.Jaar, cmd.Status, cmd.Status is null ? "" : cmd.Toelichting.Trim());
            return version;
        }, ct);
    }
}
