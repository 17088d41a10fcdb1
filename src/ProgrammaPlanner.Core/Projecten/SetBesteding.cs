using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// Replaces the project's whole besteding grid (partner × jaar → euro's and uren actually spent) in one go, as entered
/// directly by a facilitator or redacteur. Rows with 0 euro and 0 uren are dropped. Bumps and returns the project's version.
/// </summary>
public static class SetBesteding
{
    public sealed record BestedingRegel(long PartnerId, int Jaar, decimal Euro, decimal Uren);

    [Logboek("SetBesteding", "Besteding gewijzigd")]
    public sealed record Command(long ProgrammaId, long ProjectId, int Version, IReadOnlyList<BestedingRegel> Regels)
        : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(x => x.Regels).ChildRules(r =>
            {
                r.RuleFor(x => x.Euro).Bedrag("Het bestede bedrag");
                r.RuleFor(x => x.Uren).Uren("Het aantal bestede uren");
            });
            RuleFor(x => x.Regels).Custom((regels, ctx) =>
            {
                var gezien = new Dictionary<(long, int), int>();
                for (var i = 0; i < regels.Count; i++)
                {
                    var r = regels[i];
                    if (r.Euro == 0 && r.Uren == 0) continue; // dropped anyway
                    if (gezien.TryGetValue((r.PartnerId, r.Jaar), out var eerder))
                        ctx.AddFailure($"Regels[{i}]", $"Deze partner en dit jaar ({r.Jaar}) staan al op regel {eerder + 1}. Tel ze samen in één regel.");
                    else gezien[(r.PartnerId, r.Jaar)] = i;
                }
            });
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await ProjectRules.FindAsync(c, cmd.ProgrammaId, cmd.ProjectId, tx);
            var (start, eind) = await c.QuerySingleAsync<(long, long)>(
                "SELECT startjaar, eindjaar FROM programma WHERE id = @ProgrammaId", cmd, tx);
            // Who may have spent on the project: its deelnemers (the trekker among them), any partner budgeted on it, and a partner
            // that already has besteding on it (one that left the project keeps its figures and they stay correctable).
            var betrokken = (await c.QueryAsync<long>(
                """
                SELECT partner_id FROM project_partner WHERE project_id = @ProjectId
                UNION SELECT trekker_partner_id FROM project WHERE id = @ProjectId
                UNION SELECT partner_id FROM inzet WHERE project_id = @ProjectId
                UNION SELECT partner_id FROM besteding WHERE project_id = @ProjectId
                """, cmd, tx)).ToHashSet();
            var namen = (await c.QueryAsync<(long Id, string Naam)>(
                "SELECT id, naam FROM partner WHERE programma_id = @ProgrammaId", cmd, tx)).ToDictionary(p => p.Id, p => p.Naam);

            var errors = new Dictionary<string, string[]>();
            var regels = cmd.Regels.Select((r, i) => (r, i)).Where(x => x.r.Euro != 0 || x.r.Uren != 0).ToList();
            foreach (var (r, i) in regels)
            {
                if (!betrokken.Contains(r.PartnerId))
                    errors[$"Regels[{i}].PartnerId"] = [namen.TryGetValue(r.PartnerId, out var naam)
                        ? $"'{naam}' neemt niet deel aan dit project en heeft er geen inzet in. Voeg de partner eerst toe aan het project."
                        : "Deze partner hoort niet bij dit programma. Kies een deelnemende partner van het project."];
                if (r.Jaar < start || r.Jaar > eind)
                    errors[$"Regels[{i}].Jaar"] = [$"{r.Jaar} valt buiten de programmaperiode {start}–{eind}. Kies een jaar binnen die periode."];
            }
            if (errors.Count > 0) throw new ValidationException(errors);

            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Project, cmd.ProjectId, cmd.ProgrammaId, cmd.Version, "Het project");

            var oud = await c.QueryAsync<(long PartnerId, int Jaar)>("SELECT partner_id, jaar FROM besteding WHERE project_id = @ProjectId", cmd, tx);
            var nieuw = regels.Select(x => (x.r.PartnerId, x.r.Jaar)).ToHashSet();
            foreach (var (partnerId, jaar) in oud.Where(o => !nieuw.Contains(o)))
                await Uitvoering.WriteBestedingAsync(c, tx, cmd.ProjectId, partnerId, jaar, 0, 0);
            foreach (var (r, _) in regels)
                await Uitvoering.WriteBestedingAsync(c, tx, cmd.ProjectId, r.PartnerId, r.Jaar, r.Euro, r.Uren);
            return version;
        }, ct);
    }
}
