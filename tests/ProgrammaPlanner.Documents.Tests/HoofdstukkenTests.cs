using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Hoofdstukken;
using ProgrammaPlanner.Documents.Docx;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The chapters the coalition writes: printed when filled, at their place, the same in HTML and DOCX.</summary>
public class HoofdstukkenTests
{
    private static Plan.Programmaplan MetHoofdstukken() => KleinPlan.Create() with
    {
        Hoofdstukken =
        [
            new()
            {
                Soort = Hoofdstuksoort.Samenvatting, Tekst = "Samen **sterker**.", Velden = [new() { Naam = "besluit", Waarde = "Het plan vaststellen." }],
            },
            new()
            {
                Soort = Hoofdstuksoort.Risicos,
                Rows = [new() { Cellen = [new() { Naam = "risico", Waarde = "Geld stopt" }, new() { Naam = "eigenaar", Waarde = "Stuurgroep" }] }],
            },
            new() { Soort = Hoofdstuksoort.Colofon, Velden = [new() { Naam = "opsteller", Waarde = "Els Jansen" }] },
        ],
        EigenHoofdstukken = [new() { Titel = "Begrippen", Plaats = Hoofdstuksoort.Samenvatting, Tekst = "- *Wijkteam*: het team in de wijk" }],
    };

    private static readonly PlanOpties Vastgesteld = new("Versie 2 – 5 december 2026", PlanStatus.Vastgesteld, new(2026, 12, 20))
    {
        Goedkeuringen =
        [
            new(1, Core.Planversies.Besluit.Goedgekeurd, "in de app", "Zoë de Vries", new(2026, 12, 18), ""),
            new(2, Core.Planversies.Besluit.Goedgekeurd, "op papier", "Anaïs Müller", new(2026, 12, 20), ""),
        ],
    };

    [Test]
    public void Indeling_FilledChaptersAtTheirPlace_OwnOnesAfterTheirChapter_ColofonAfterTheAppendices()
    {
        var indeling = new Indeling(MetHoofdstukken());

        Assert.That(indeling.Alle.Where(k => k.Niveau == 1).Select(k => k.Tekst), Is.EqualTo(new[]
        {
            "1 Samenvatting", "2 Begrippen", "3 Aanleiding en ambitie", "4 Speerpunten en doelstellingen", "5 Projecten", "6 Roadmap",
            "7 Samenwerking", "8 Financiën", "9 Risico's en beheersmaatregelen", "10 Monitoring", "11 Ondertekening", "Colofon",
        }));
        Assert.That(new Indeling(KleinPlan.Create()).Alle.Where(k => k.Niveau == 1).Select(k => k.Titel), Does.Not.Contain("Samenvatting"),
            "an empty chapter is not printed");
    }

    [Test]
    public async Task HtmlAndDocx_CarryTheDecisionAsked_TheTable_AndWhoAdoptedThePlan()
    {
        var plan = MetHoofdstukken();
        var html = WebUtility.HtmlDecode(await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Vastgesteld));
        var docx = PlanTekst.Docx(PlanDocx.Maak(plan, Vastgesteld));
        const string wie = "Door de besturen van Stichting Één Buurt en Woonstichting Noordëlijk op 20 december 2026";

        Assert.That(html, Does.Contain("<strong>sterker</strong>").And.Contain("<h3>Gevraagd besluit</h3>").And.Contain("<em>Wijkteam</em>"));
        Assert.That(html, Does.Contain("<td>Geld stopt</td><td>–</td><td>–</td><td>–</td><td>Stuurgroep</td>"));
        Assert.That(html, Does.Contain($"<dt>Vastgesteld</dt><dd>{wie}</dd>"));
        Assert.That(docx["1 Samenvatting"], Does.Contain("Gevraagd besluit").And.Contain("Het plan vaststellen."));
        Assert.That(docx["9 Risico's en beheersmaatregelen"], Does.Contain("Geld stopt").And.Contain("Beheersmaatregel"));
        Assert.That(docx["Colofon"], Does.Contain("Els Jansen").And.Contain(wie));
        DocxChecks.AssertValid(PlanDocx.Maak(plan, Vastgesteld), new Indeling(plan));
    }

    [Test]
    public async Task Colofon_OfAConcept_SaysConceptAndNobodyAdoptedIt()
    {
        var plan = MetHoofdstukken();
        var concept = PlanOpties.ConceptVan(new(2026, 12, 5));

        var html = WebUtility.HtmlDecode(await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, concept));

        Assert.That(html, Does.Contain("<dt>Status</dt><dd>Concept</dd>").And.Not.Contain("<dt>Vastgesteld</dt>"));
    }
}
