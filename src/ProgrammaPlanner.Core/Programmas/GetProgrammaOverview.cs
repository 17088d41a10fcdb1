using System.Globalization;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>
/// The programma's dashboard: structure, budget (begroot against besteed), mijlpalen of the coming 60 days (a vertraagde
/// mijlpaal by its nieuwe datum) and what still needs fixing.
/// </summary>
public static class GetProgrammaOverview
{
    public const int MijlpaalDagen = 60;

    public sealed record Query(long ProgrammaId, DateOnly Vandaag) : IRequest<Overview>, IProgrammaScoped;

    public sealed record Overview
    {
        public GetProgramma.Programma Programma { get; init; } = new();
        public IReadOnlyList<Speerpunt> Speerpunten { get; init; } = [];
        public Budget Budget { get; init; } = new();
        /// <summary>Due from Vandaag up to and including Vandaag + 60 days, by datum.</summary>
        public IReadOnlyList<Mijlpaal> Mijlpalen { get; init; } = [];
        public IReadOnlyList<Waarschuwing> Waarschuwingen { get; init; } = [];
        /// <summary>A learning coalition (it has Verbondsgroepen): its doelstellingen need no project.</summary>
        public bool Lerend { get; init; }
    }

    public sealed record Speerpunt
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public IReadOnlyList<Doelstelling> Doelstellingen { get; init; } = [];
    }
    public sealed record Doelstelling
    {
        public long Id { get; init; }
        public long SpeerpuntId { get; init; }
        public string Naam { get; init; } = "";
        public IReadOnlyList<ProjectItem> Projecten { get; init; } = [];
    }
    public sealed record ProjectItem { public long Id { get; init; } public string Naam { get; init; } = ""; public string Status { get; init; } = ""; }

    public sealed record Budget
    {
        public IReadOnlyList<int> Jaren { get; init; } = [];
        public IReadOnlyList<Begroting.Regel> PerPartner { get; init; } = [];
        public IReadOnlyList<Begroting.Jaarbedrag> PerJaar { get; init; } = [];
        public decimal TotaalEuro { get; init; }
        public decimal TotaalUren { get; init; }
        /// <summary>Begroot (inzet) against besteed (besteding) per partner, in the order of <see cref="PerPartner"/>.</summary>
        public IReadOnlyList<Begroting.VergelijkingRegel> BesteedPerPartner { get; init; } = [];
        public IReadOnlyList<Begroting.Vergelijking> BesteedPerJaar { get; init; } = [];
        public Begroting.Vergelijking BesteedTotaal { get; init; } = new();
        /// <summary>True once anything was spent: then the dashboard shows begroot against besteed.</summary>
        public bool HeeftBesteding => BesteedTotaal.BesteedEuro != 0 || BesteedTotaal.BesteedUren != 0;
    }

    public sealed record Mijlpaal
    {
        public long Id { get; init; }
        public long ProjectId { get; init; }
        public string ProjectNaam { get; init; } = "";
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public string Status { get; init; } = "";
        /// <summary>When a vertraagde mijlpaal is now expected (then it is in the list by this date); null otherwise.</summary>
        public DateOnly? NieuweDatum { get; init; }
        public DateOnly Verwacht => NieuweDatum ?? Datum;
        /// <summary>The member who owns it; empty without one.</summary>
        public string Persoon { get; init; } = "";
    }

    /// <summary>Something to fix: <see cref="ItemSoort"/> ("speerpunt", "doelstelling", "project", "partner") and <see cref="ItemId"/> say where.</summary>
    public sealed record Waarschuwing(string Soort, string Tekst, string ItemSoort, long ItemId);

    public static class WaarschuwingSoort
    {
        public const string SpeerpuntZonderDoelstellingen = "speerpunt-zonder-doelstellingen";
        public const string DoelstellingZonderProject = "doelstelling-zonder-project";
        public const string ProjectZonderDoelstelling = "project-zonder-doelstelling";
        public const string ProjectBuitenPeriode = "project-buiten-periode";
        public const string PartnerZonderRol = "partner-zonder-rol";
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Overview>
    {
        public async Task<Overview> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            await using var grid = await c.QueryMultipleAsync(
                """
                SELECT id, naam, motto, gebied, startjaar, eindjaar, fase, aanleiding, ambitie, version FROM programma WHERE id = @ProgrammaId;
                SELECT id, naam FROM speerpunt WHERE programma_id = @ProgrammaId ORDER BY volgorde, id;
                SELECT id, speerpunt_id, naam FROM doelstelling WHERE programma_id = @ProgrammaId ORDER BY id;
                SELECT id, naam, status, startdatum, einddatum FROM project WHERE programma_id = @ProgrammaId ORDER BY id;
                SELECT pd.project_id, pd.doelstelling_id FROM project_doelstelling pd JOIN project p ON p.id = pd.project_id
                WHERE p.programma_id = @ProgrammaId ORDER BY pd.project_id;
                SELECT p.id, p.naam,
                       CASE WHEN EXISTS (SELECT 1 FROM project x WHERE x.trekker_partner_id = p.id)
                              OR EXISTS (SELECT 1 FROM project_partner x WHERE x.partner_id = p.id)
                              OR EXISTS (SELECT 1 FROM inzet x WHERE x.partner_id = p.id)
                              OR EXISTS (SELECT 1 FROM besteding x WHERE x.partner_id = p.id)
                              OR EXISTS (SELECT 1 FROM orgaan_lid x WHERE x.partner_id = p.id)
                              OR EXISTS (SELECT 1 FROM groepslid x WHERE x.partner_id = p.id) THEN 1 ELSE 0 END AS heeft_rol
                FROM partner p WHERE p.programma_id = @ProgrammaId ORDER BY p.id;
                SELECT i.project_id, i.partner_id, i.jaar, i.euro, i.uren FROM inzet i JOIN project p ON p.id = i.project_id
                WHERE p.programma_id = @ProgrammaId;
                SELECT b.project_id, b.partner_id, b.jaar, b.euro, b.uren FROM besteding b JOIN project p ON p.id = b.project_id
                WHERE p.programma_id = @ProgrammaId;
                SELECT m.id, m.project_id, p.naam AS project_naam, m.titel, m.datum, m.status, m.nieuwe_datum, COALESCE(g.naam, '') AS persoon
                FROM mijlpaal m JOIN project p ON p.id = m.project_id LEFT JOIN gebruiker g ON g.id = m.eigenaar_gebruiker_id
                WHERE p.programma_id = @ProgrammaId AND COALESCE(m.nieuwe_datum, m.datum) >= @Van AND COALESCE(m.nieuwe_datum, m.datum) <= @Tot
                ORDER BY COALESCE(m.nieuwe_datum, m.datum), m.id;
                SELECT EXISTS (SELECT 1 FROM verbondsgroep WHERE programma_id = @ProgrammaId);
                """, new { query.ProgrammaId, Van = query.Vandaag, Tot = query.Vandaag.AddDays(MijlpaalDagen) }, tx);

            var programma = await grid.ReadSingleOrDefaultAsync<GetProgramma.Programma>() ?? throw new NotFoundException("Dit programma bestaat niet (meer).");
            var speerpunten = (await grid.ReadAsync<Speerpunt>()).ToList();
            var doelstellingen = (await grid.ReadAsync<Doelstelling>()).ToList();
            var projecten = (await grid.ReadAsync<ProjectRow>()).ToList();
            var koppelingen = (await grid.ReadAsync<Koppeling>()).ToList();
            var partners = (await grid.ReadAsync<PartnerRow>()).ToList();
            var posten = (await grid.ReadAsync<PostRow>()).Select(i => new Begroting.Post(i.ProjectId, i.PartnerId, i.Jaar, i.Euro, i.Uren)).ToList();
            var besteed = (await grid.ReadAsync<PostRow>()).Select(i => new Begroting.Post(i.ProjectId, i.PartnerId, i.Jaar, i.Euro, i.Uren)).ToList();
            var mijlpalen = (await grid.ReadAsync<Mijlpaal>()).ToList();
            // A learning coalition works on its doelstellingen in Verbondsgroepen, not (only) in projects.
            var lerend = await grid.ReadSingleAsync<bool>();

            var project = projecten.ToDictionary(p => p.Id, p => new ProjectItem { Id = p.Id, Naam = p.Naam, Status = p.Status });
            var projectenPerDoel = koppelingen.ToLookup(k => k.DoelstellingId, k => project[k.ProjectId]);
            var doelenPerSpeerpunt = doelstellingen.Select(d => d with { Projecten = projectenPerDoel[d.Id].ToList() }).ToLookup(d => d.SpeerpuntId);
            var metDoel = koppelingen.Select(k => k.ProjectId).ToHashSet();

            var (start, eind) = (programma.Startjaar, programma.Eindjaar);
            var waarschuwingen = new List<Waarschuwing>();
            waarschuwingen.AddRange(speerpunten.Where(s => !doelenPerSpeerpunt[s.Id].Any()).Select(s => new Waarschuwing(
                WaarschuwingSoort.SpeerpuntZonderDoelstellingen,
                $"Speerpunt '{s.Naam}' heeft nog geen doelstellingen. Voeg minstens één meerjarige doelstelling toe.", "speerpunt", s.Id)));
            waarschuwingen.AddRange(doelstellingen.Where(d => !lerend && !projectenPerDoel[d.Id].Any()).Select(d => new Waarschuwing(
                WaarschuwingSoort.DoelstellingZonderProject,
                $"Geen enkel project draagt bij aan doelstelling '{d.Naam}'. Koppel een project aan deze doelstelling.", "doelstelling", d.Id)));
            waarschuwingen.AddRange(projecten.Where(p => !metDoel.Contains(p.Id)).Select(p => new Waarschuwing(
                WaarschuwingSoort.ProjectZonderDoelstelling,
                $"Project '{p.Naam}' draagt aan geen enkele doelstelling bij. Koppel het aan een doelstelling.", "project", p.Id)));
            waarschuwingen.AddRange(projecten.Where(p => p.Startdatum.Year < start || p.Einddatum.Year > eind).Select(p => new Waarschuwing(
                WaarschuwingSoort.ProjectBuitenPeriode,
                $"Project '{p.Naam}' loopt van {Opmaak.Datum(p.Startdatum)} tot {Opmaak.Datum(p.Einddatum)} " +
                $"en valt (deels) buiten de programmaperiode {start}–{eind}. Pas de projectperiode aan.",
                "project", p.Id)));
            waarschuwingen.AddRange(partners.Where(p => !p.HeeftRol).Select(p => new Waarschuwing(
                WaarschuwingSoort.PartnerZonderRol,
                $"Partner '{p.Naam}' heeft nog geen rol: geen trekker of deelnemer van een project, geen inzet en geen lid van een governance-orgaan.",
                "partner", p.Id)));

            var jaren = Begroting.Jaren(start, eind, posten.Concat(besteed));
            var perJaar = Begroting.PerJaar(jaren, posten);
            return new Overview
            {
                Programma = programma,
                Speerpunten = speerpunten.Select(s => s with { Doelstellingen = doelenPerSpeerpunt[s.Id].ToList() }).ToList(),
                Budget = new Budget
                {
                    Jaren = jaren,
                    PerPartner = Begroting.Regels(partners.Select(p => (p.Id, p.Naam)), p => p.PartnerId, jaren, posten),
                    PerJaar = perJaar,
                    TotaalEuro = perJaar.Sum(j => j.Euro),
                    TotaalUren = perJaar.Sum(j => j.Uren),
                    BesteedPerPartner = Begroting.Vergelijk(partners.Select(p => (p.Id, p.Naam)), p => p.PartnerId, jaren, posten, besteed),
                    BesteedPerJaar = Begroting.VergelijkPerJaar(jaren, posten, besteed),
                    BesteedTotaal = Begroting.Totaal(posten, besteed),
                },
                Mijlpalen = mijlpalen,
                Waarschuwingen = waarschuwingen,
                Lerend = lerend,
            };
        }
    }

    private sealed class ProjectRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly Startdatum { get; init; }
        public DateOnly Einddatum { get; init; }
    }
    private sealed class PostRow
    {
        public long ProjectId { get; init; }
        public long PartnerId { get; init; }
        public int Jaar { get; init; }
        public decimal Euro { get; init; }
        public decimal Uren { get; init; }
    }
    private sealed class Koppeling { public long ProjectId { get; init; } public long DoelstellingId { get; init; } }
    private sealed class PartnerRow { public long Id { get; init; } public string Naam { get; init; } = ""; public bool HeeftRol { get; init; } }
}
