using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// The partner's figures as a concept: realisaties (total and per wijk), besteding per project, the year's status of the
/// projects it leads and their mijlpalen. Replaces what the rapportage held; an empty cell is not reported. Allowed while
/// the round is open and the rapportage open or teruggestuurd. Nothing counts until the facilitator accepts it.
/// </summary>
public static class SaveRapportage
{
    /// <summary>WijkId null: the whole programme area. Waarde null: not reported.</summary>
    public sealed record Realisatie(long DoelstellingId, long? WijkId, decimal? Waarde);

    /// <summary>Euro and Uren both null: not reported; 0 and 0: nothing spent.</summary>
    public sealed record Besteding(long ProjectId, decimal? Euro, decimal? Uren);

    /// <summary>Status null: not reported.</summary>
    public sealed record Projectstatus(long ProjectId, string? Status, string Toelichting);

    /// <summary>Status gehaald, vertraagd (with a nieuwe datum) or vervallen; null: not reported.</summary>
    public sealed record Mijlpaal(long MijlpaalId, string? Status, DateOnly? NieuweDatum);

    /// <summary>Mijlpaal statuses a partner reports (gepland is what it was).</summary>
    public static readonly IReadOnlyList<string> MijlpaalStatussen = ["gehaald", MijlpaalStatus.Vertraagd, "vervallen"];

    [Vereist(Recht.Lezen)] // a partner's member of any role; the handler checks the link to the partner
    [Logboek("SaveRapportage", "Rapportage als concept opgeslagen")]
    public sealed record Command(long ProgrammaId, long RapportageId, long PartnerId, int Version, IReadOnlyList<Realisatie> Realisaties,
        IReadOnlyList<Besteding> Bestedingen, IReadOnlyList<Projectstatus> Projectstatussen, IReadOnlyList<Mijlpaal> Mijlpalen)
        : ICommand<int>, IProgrammaScoped
    {
        /// <summary>Set by the handler, so the logboek shows that a facilitator filled it in on the partner's behalf.</summary>
        public bool NamensPartner { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(x => x.Bestedingen).ChildRules(r =>
            {
                r.RuleFor(x => x.Euro).Bedrag("Het bestede bedrag");
                r.RuleFor(x => x.Uren).Uren();
            });
            RuleForEach(x => x.Projectstatussen).ChildRules(r =>
            {
                r.RuleFor(x => x.Status).Must(s => s is null || ProjectJaarstatus.Alle.Contains(s))
                    .WithMessage($"Kies een status: {string.Join(", ", ProjectJaarstatus.Alle)}.");
                r.RuleFor(x => x.Status).MaximumLength(Tekstgrenzen.Kort).WithMessage(Tekstgrenzen.TeLang("De status", Tekstgrenzen.Kort));
                r.RuleFor(x => x.Toelichting).MaxTekens(Tekstgrenzen.KorteTekst, "De toelichting");
                r.RuleFor(x => x.Toelichting).NotEmpty()
                    .When(x => x.Status is ProjectJaarstatus.Vertraagd or ProjectJaarstatus.Gestopt)
                    .WithMessage(x => $"Licht toe waarom het project {x.Status} is.");
            });
            RuleForEach(x => x.Mijlpalen).ChildRules(r =>
            {
                r.RuleFor(x => x.Status).Must(s => s is null || MijlpaalStatussen.Contains(s))
                    .WithMessage($"Kies voor de mijlpaal: {string.Join(", ", MijlpaalStatussen)}.");
                r.RuleFor(x => x.Status).MaximumLength(Tekstgrenzen.Kort).WithMessage(Tekstgrenzen.TeLang("De status", Tekstgrenzen.Kort));
                r.RuleFor(x => x.NieuweDatum).NotNull().When(x => x.Status == MijlpaalStatus.Vertraagd)
                    .WithMessage("Geef bij een vertraagde mijlpaal de nieuwe datum.");
            });
        }
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var r = await RapportageRules.FindAsync(c, cmd.ProgrammaId, cmd.RapportageId, tx);
            var b = await RapportageRules.EisInvullenAsync(c, tx, user, cmd.ProgrammaId, r, cmd.PartnerId);
            cmd.NamensPartner = b.Namens;
            var scope = await RapportageRules.ScopeAsync(c, cmd.ProgrammaId, r.PartnerId, r.Jaar, tx);
            CheckScope(cmd, scope, r);

            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Rapportage, r.Id, cmd.ProgrammaId, cmd.Version, "De rapportage");
            var id = r.Id;
            foreach (var tabel in new[] { "rapportage_realisatie", "rapportage_besteding", "rapportage_projectstatus", "rapportage_mijlpaal" })
                await c.ExecuteAsync($"DELETE FROM {tabel} WHERE rapportage_id = @id", new { id }, tx);
            foreach (var x in cmd.Realisaties.Where(x => x.Waarde is not null))
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_realisatie (rapportage_id, doelstelling_id, wijk_id, waarde) VALUES (@id, @DoelstellingId, @WijkId, @Waarde)",
                    new { id, x.DoelstellingId, x.WijkId, x.Waarde }, tx);
            foreach (var x in cmd.Bestedingen.Where(x => x.Euro is not null || x.Uren is not null))
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_besteding (rapportage_id, project_id, euro, uren) VALUES (@id, @ProjectId, @euro, @uren)",
                    new { id, x.ProjectId, euro = x.Euro ?? 0, uren = x.Uren ?? 0 }, tx);
            foreach (var x in cmd.Projectstatussen.Where(x => x.Status is not null))
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_projectstatus (rapportage_id, project_id, status, toelichting) VALUES (@id, @ProjectId, @Status, @Toelichting)",
                    new { id, x.ProjectId, x.Status, x.Toelichting }, tx);
            foreach (var x in cmd.Mijlpalen.Where(x => x.Status is not null))
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_mijlpaal (rapportage_id, mijlpaal_id, status, nieuwe_datum) VALUES (@id, @MijlpaalId, @Status, @nieuweDatum)",
                    new { id, x.MijlpaalId, x.Status, nieuweDatum = x.Status == MijlpaalStatus.Vertraagd ? x.NieuweDatum : null }, tx);
            return version;
        }, ct);
    }

    /// <summary>Every figure must be one the partner reports this year; a second value for the same cell is refused.</summary>
    private static void CheckScope(Command cmd, RapportageRules.Scope s, RapportageRules.Kop r)
    {
        var errors = new Dictionary<string, string[]>();
        void Fout(string veld, string tekst) => errors.TryAdd(veld, [tekst]);
        for (var i = 0; i < cmd.Realisaties.Count; i++)
        {
            var x = cmd.Realisaties[i];
            if (!s.Doelstellingen.Contains(x.DoelstellingId))
                Fout($"Realisaties[{i}]", $"{r.PartnerNaam} rapporteert niet over doelstelling {x.DoelstellingId}: alleen over de doelstellingen " +
                    $"die {r.PartnerNaam} rapporteert (zie ‘Wie rapporteert welke doelstelling’ bij de rapportages).");
            else if (x.WijkId is { } w && !s.Wijken.Contains(w))
                Fout($"Realisaties[{i}]", "Kies een wijk van dit programma, of geen wijk voor het hele programmagebied.");
            else if (cmd.Realisaties.Take(i).Any(y => y.DoelstellingId == x.DoelstellingId && y.WijkId == x.WijkId))
                Fout($"Realisaties[{i}]", "Deze realisatie staat er twee keer in; geef per doelstelling en wijk één waarde.");
        }
        for (var i = 0; i < cmd.Bestedingen.Count; i++)
            if (!s.Bestedingsprojecten.Contains(cmd.Bestedingen[i].ProjectId))
                Fout($"Bestedingen[{i}]", $"{r.PartnerNaam} doet niet mee aan project {cmd.Bestedingen[i].ProjectId}; kies een project uit de lijst.");
            else if (cmd.Bestedingen.Take(i).Any(y => y.ProjectId == cmd.Bestedingen[i].ProjectId))
                Fout($"Bestedingen[{i}]", "Dit project staat er twee keer in; geef per project één besteding.");
        for (var i = 0; i < cmd.Projectstatussen.Count; i++)
            if (!s.Trekkersprojecten.Contains(cmd.Projectstatussen[i].ProjectId))
                Fout($"Projectstatussen[{i}]", $"Alleen de trekker rapporteert de status van een project; {r.PartnerNaam} is geen trekker van dit project.");
            else if (cmd.Projectstatussen.Take(i).Any(y => y.ProjectId == cmd.Projectstatussen[i].ProjectId))
                Fout($"Projectstatussen[{i}]", "Dit project staat er twee keer in.");
        for (var i = 0; i < cmd.Mijlpalen.Count; i++)
            if (!s.Mijlpalen.Contains(cmd.Mijlpalen[i].MijlpaalId))
                Fout($"Mijlpalen[{i}]", $"Deze mijlpaal valt niet in {r.Jaar} of hoort niet bij een project dat {r.PartnerNaam} trekt.");
            else if (cmd.Mijlpalen.Take(i).Any(y => y.MijlpaalId == cmd.Mijlpalen[i].MijlpaalId))
                Fout($"Mijlpalen[{i}]", "Deze mijlpaal staat er twee keer in.");
        if (errors.Count > 0) throw new ValidationException(errors);
    }
}
