using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Documents.Docx;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The chapter "Leren en maatwerk": only in a learning coalition's plan, after the projects, in HTML and DOCX alike.</summary>
public class LerenHoofdstukTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    public static readonly Plan.Leeraanpak Leren = new()
    {
        Groepen =
        [
            new() { Naam = "Noord", Buurt = "Noord", Samenstelling = "3 professionals, 1 ervaringsdeskundige", Organisaties = ["Stichting DOCK"],
                Aanjager = "Aanjager Noord", Maatwerkbudget = 25000m },
            new() { Naam = "Oost", Samenstelling = "2 professionals" },
        ],
        Opgaven =
        [
            new() { Titel = "Schulden eerst", Vraag = "Wat kan het wijkteam van morgen doen bij **stapelschulden**?", Terrein = "schulden",
                Groep = "Noord", Status = "beantwoord", Bevindingen = "- Eén aanspreekpunt werkt\n- Wachten kost geld",
                Aanbeveling = "Geef de wijkteams mandaat.",
                Verhalen = 3 },
            new() { Titel = "Wonen zonder huisvesting", Vraag = "Hoe voorkomen we een uitzetting?", Status = "open" },
        ],
        Verhalen = 12,
        PlafondPerCasus = 2500m,
    };

    [Test]
    public async Task A_learning_plan_has_the_chapter_after_the_projects_with_its_sections_in_html_and_docx()
    {
        var plan = (await Samples.PlanAsync("samen-noord.json")) with { Leren = Leren };
        var indeling = new Indeling(plan);
        var titels = indeling.Hoofdstukken.Select(h => h.Kop.Titel).ToList();
        Assert.That(titels.IndexOf("Leren en maatwerk"), Is.EqualTo(titels.IndexOf("Projecten") + 1));
        Assert.That((indeling.Verbondsgroepen?.Titel, indeling.Ontwikkelopgaven?.Titel), Is.EqualTo(("Verbondsgroepen", "Ontwikkelopgaven")));

        var ruw = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept);
        var html = string.Join(" ", PlanTekst.Html(ruw)[indeling.Leren!.Id]);
        var docx = PlanTekst.Docx(PlanDocx.Maak(plan, Concept))[indeling.Leren.Tekst];
        foreach (var tekst in new[]
                 {
                     "De professionals werken in 2 Verbondsgroepen samen met bewoners en onderzoeken 2 ontwikkelopgaven.",
                     "Tot nu toe zijn 12 verhalen van bewoners en professionals opgetekend.", "Aanjager Noord", "€ 25.000",
                     "tot € 2.500 per casus; daarboven beslist een tweede persoon mee", "Schulden eerst", "Eén aanspreekpunt werkt",
                     "Geef de wijkteams mandaat.", "Wonen zonder huisvesting",
                 })
        {
            Assert.That(html, Does.Contain(tekst), $"HTML: {tekst}");
            Assert.That(docx, Does.Contain(tekst), $"DOCX: {tekst}");
        }
        Assert.That(ruw, Does.Contain("<strong>stapelschulden</strong>"));
    }

    [Test]
    public async Task A_plan_without_groups_or_opgaven_has_no_such_chapter()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");
        Assert.That(plan.Leren, Is.Null);
        var indeling = new Indeling(plan);
        Assert.That(indeling.Hoofdstukken.Select(h => h.Kop.Titel), Does.Not.Contain("Leren en maatwerk"));
        Assert.That((indeling.Leren, indeling.Verbondsgroepen), Is.EqualTo(((Kop?)null, (Kop?)null)));
    }
}
