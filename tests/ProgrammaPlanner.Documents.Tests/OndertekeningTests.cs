using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Documents.Docx;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>Only the partners that sign get a signature card; the others are named in one sentence, the same in HTML (PDF) and DOCX.</summary>
public partial class OndertekeningTests
{
    private static readonly PlanOpties Versie = new("Versie 1 – 5 december 2026", PlanStatus.TerBesluitvorming, new(2026, 12, 5));

    /// <summary>The small plan plus a financier and an adviseur that do not sign and a financier that signs after all.</summary>
    private static Plan.Programmaplan MetFinanciers()
    {
        var plan = KleinPlan.Create();
        return plan with
        {
            Partners =
            [
                .. plan.Partners,
                new()
                {
                    Id = 3, Naam = "Gemeente Noord", Soort = "gemeente/stadsdeel", Rol = PartnerRol.Financier, BestuurderNaam = "G. Emeente", Tekent = false,
                },
                new() { Id = 4, Naam = "Raad van Advies", Soort = "zorg", Rol = PartnerRol.Adviseur, BestuurderNaam = "R. Aad", Tekent = false },
                new()
                {
                    Id = 5, Naam = "Fonds Oost", Soort = "welzijn", Rol = PartnerRol.Financier, BestuurderNaam = "F. Onds", TekentToch = true, Tekent = true,
                },
            ],
        };
    }

    private static readonly string[] Tekenaars = ["Stichting Één Buurt", "Woonstichting Noordëlijk", "Fonds Oost"];
    private const string Zin = "Gemeente Noord (financier) en Raad van Advies (adviseur) tekenen niet mee.";

    [Test]
    public async Task Html_CardsOnlyForTheSigningPartners_TheOthersNamedInOneSentence()
    {
        var html = WebUtility.HtmlDecode(await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(MetFinanciers(), Versie));

        var kaarten = Kaart().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.That(kaarten, Is.EqualTo(Tekenaars));
        Assert.That(html, Does.Contain(Zin));
        var pagina = html[html.IndexOf("Aldus overeengekomen", StringComparison.Ordinal)..];
        Assert.That(pagina, Does.Not.Contain("G. Emeente").And.Not.Contain("R. Aad"), "no bestuurder of a non-signing partner on the page");
    }

    [Test]
    public async Task Html_EveryPartnerSigns_NoSentence()
    {
        var html = WebUtility.HtmlDecode(await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(KleinPlan.Create(), Versie));

        Assert.That(Kaart().Matches(html), Has.Count.EqualTo(2));
        Assert.That(html, Does.Not.Contain("tekent niet mee").And.Not.Contain("tekenen niet mee"));
    }

    [Test]
    public void Docx_BlocksOnlyForTheSigningPartners_TheSameSentence()
    {
        var bytes = PlanDocx.Maak(MetFinanciers(), Versie);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var kop = body.Elements<Paragraph>().Last(p => p.InnerText == new Indeling(MetFinanciers()).Ondertekening.Tekst);
        var na = body.Elements().SkipWhile(e => e != kop).ToList();

        var blokken = na.OfType<Table>().Where(t => t.InnerText.Contains("Handtekening", StringComparison.Ordinal)).ToList();
        Assert.That(blokken.Select(b => Tekenaars.Single(n => b.InnerText.Contains(n, StringComparison.Ordinal))), Is.EqualTo(Tekenaars));
        Assert.That(blokken, Has.Count.EqualTo(3));
        Assert.That(na.OfType<Paragraph>().Select(p => p.InnerText), Does.Contain(Zin));
    }

    [GeneratedRegex("""<div class="handtekening">\s*<h3>(.*?)</h3>""")]
    private static partial Regex Kaart();
}
