using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// Replaces the project's whole inzet grid (partner × jaar × soort → euro's and uren) in one go.
/// Rows with 0 euro and 0 uren are dropped. Bumps and returns the project's version.
/// </summary>
public static class SetInzet
{
    public sealed record InzetRegel(long PartnerId, int Jaar, string Soort, decimal Euro, decimal Uren);

    [Logboek("SetInzet", "Inzet gewijzigd")]
    public sealed record Command(long ProgrammaId, long ProjectId, int Version, IReadOnlyList<InzetRegel> Regels)
        : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(x => x.Regels).ChildRules(r =>
            {
                r.RuleFor(x => x.Soort).Must(s => InzetSoort.Alle.Contains(s))
                    .WithMessage($"Kies een soort inzet: {string.Join(", ", InzetSoort.Alle)}.");
                r.RuleFor(x => x.Euro).Bedrag();
                r.RuleFor(x => x.Uren).Uren();
            });
            RuleFor(x => x.Regels).Custom((regels, ctx) =>
            {
                var gezien = new Dictionary<(long, int, string), int>();
                for (var i = 0; i < regels.Count; i++)
                {
                    var r = regels[i];
                    if (r.Euro == 0 && r.Uren == 0) continue; // dropped anyway
                    if (gezien.TryGetValue((r.PartnerId, r.Jaar, r.Soort), out var eerder))
                        ctx.AddFailure($"Regels[{i}]",
                            $"Deze partner, dit jaar ({r.Jaar}) en deze soort ({r.Soort}) staan al op regel {eerder + 1}. Tel ze samen in één regel.");
                    else gezien[(r.PartnerId, r.Jaar, r.Soort)] = i;
                }
            });
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync((c, tx) => WriteAsync(c, tx, cmd), ct);
    }

    /// <summary>The command's checks and writes in the caller's transaction (also used when a change proposal is taken over).</summary>
    public static async Task<int> WriteAsync(DbConnection c, DbTransaction tx, Command cmd)
    {
        await ProjectRules.FindAsync(c, cmd.ProgrammaId, cmd.ProjectId, tx);
        var (start, eind) = await c.QuerySingleAsync<(long, long)>(
            "SELECT startjaar, eindjaar FROM programma WHERE id = @ProgrammaId", cmd, tx);
        var deelnemers = (await c.QueryAsync<long>(
            "SELECT partner_id FROM project_partner WHERE project_id = @ProjectId", cmd, tx)).ToHashSet();
        var namen = (await c.QueryAsync<(long Id, string Naam)>(
            "SELECT id, naam FROM partner WHERE programma_id = @ProgrammaId", cmd, tx)).ToDictionary(p => p.Id, p => p.Naam);

        var errors = new Dictionary<string, string[]>();
        var regels = cmd.Regels.Select((r, i) => (r, i)).Where(x => x.r.Euro != 0 || x.r.Uren != 0).ToList();
        foreach (var (r, i) in regels)
        {
            if (!deelnemers.Contains(r.PartnerId))
                errors[$"Regels[{i}].PartnerId"] = [namen.TryGetValue(r.PartnerId, out var naam)
                    ? $"'{naam}' neemt niet deel aan dit project. Voeg de partner eerst toe aan het project."
                    : "Deze partner hoort niet bij dit programma. Kies een deelnemende partner van het project."];
            if (r.Jaar < start || r.Jaar > eind)
                errors[$"Regels[{i}].Jaar"] = [$"{r.Jaar} valt buiten de programmaperiode {start}–{eind}. Kies een jaar binnen die periode."];
        }
        if (errors.Count > 0) throw new ValidationException(errors);

        var version = await Versioned.BumpVersionAsync(c, tx, Tables.Project, cmd.ProjectId, cmd.ProgrammaId, cmd.Version, "Het project");

        await c.ExecuteAsync("DELETE FROM inzet WHERE project_id = @ProjectId", cmd, tx);
        foreach (var (r, _) in regels)
            await c.ExecuteAsync(
                "INSERT INTO inzet (project_id, partner_id, jaar, soort, euro, uren) VALUES (@ProjectId, @PartnerId, @Jaar, @Soort, @Euro, @Uren)",
                new { cmd.ProjectId, r.PartnerId, r.Jaar, r.Soort, r.Euro, r.Uren }, tx);
        return version;
    }

    /// <summary>The command that saves the project's inzet grid as it is now: the start for a change to one cell.</summary>
    public static async Task<Command> CurrentAsync(DbConnection c, DbTransaction tx, long programmaId, long projectId)
    {
        var version = await c.ExecuteScalarAsync<long?>(
            "SELECT version FROM project WHERE id = @projectId AND programma_id = @programmaId", new { programmaId, projectId }, tx)
            ?? throw new NotFoundException("Het project bestaat niet (meer).");
        var regels = await c.QueryAsync<(long PartnerId, long Jaar, string Soort, decimal Euro, decimal Uren)>(
            "SELECT partner_id, jaar, soort, euro, uren FROM inzet WHERE project_id = @projectId", new { projectId }, tx);
        return new Command(programmaId, projectId, (int)version, [.. regels.Select(r => new InzetRegel(r.PartnerId, (int)r.Jaar, r.Soort, r.Euro, r.Uren))]);
    }
}
