using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Documents.Sections;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>
/// Euro amounts outside the Financiën chapter ("Totale inzet", each project's "Inzet") follow the rule of its tables: whole euros unless
/// the amount has cents, "alleen uren" or "–" instead of € 0,00, in HTML and DOCX alike.
/// </summary>
public class InzetregelTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    [Test]
    public void Inzet_OneLine_ByTheRuleOfTheTables()
    {
        Assert.That(Financientabellen.Inzet(812_500m, 8_740m), Is.EqualTo("€\u00A0812.500 en 8.740 uur"));
        Assert.That(Financientabellen.Inzet(7_499.99m, 40m), Is.EqualTo("€\u00A07.499,99 en 40 uur"), "cents when there are, never rounded");
        Assert.That(Financientabellen.Inzet(25_000m, 0), Is.EqualTo("€\u00A025.000"));
        Assert.That(Financientabellen.Inzet(0, 120m), Is.EqualTo("alleen uren: 120 uur"));
        Assert.That(Financientabellen.Inzet(0, 0), Is.EqualTo("–"));
    }

    [Test]
    public async Task TotaleInzetAndProjectInzet_HtmlAndDocx_NoCentsWithoutCents_NoZeroEuros()
    {
        var klein = KleinPlan.Create();
        var plan = klein with
        {
            Projecten =
            [
                klein.Projecten[0] with { TotaalEuro = 0, TotaalUren = 120 },
                klein.Projecten[1] with { TotaalEuro = 25_000m, TotaalUren = 0 },
            ],
            Financien = klein.Financien with { TotaalEuro = 812_500m, TotaalUren = 8_740m },
        };

        var html = WebUtility.HtmlDecode(await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept));
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx.PlanDocx.Maak(plan, Concept)), false);
        var docx = document.MainDocumentPart!.Document.Body!.InnerText;

        foreach (var (naam, tekst) in new[] { ("html", html), ("docx", docx) })
        {
            Assert.That(tekst, Does.Contain("Totale inzet").And.Contain("€\u00A0812.500 en 8.740 uur"), naam);
            Assert.That(tekst, Does.Contain("alleen uren: 120 uur (zie hoofdstuk Financiën)"), naam);
            Assert.That(tekst, Does.Contain("€\u00A025.000 (zie hoofdstuk Financiën)"), naam);
            Assert.That(tekst, Does.Not.Contain("€\u00A00,00 en").And.Not.Contain("812.500,00 en").And.Not.Contain("25.000,00 (zie"), naam);
        }
    }
}
