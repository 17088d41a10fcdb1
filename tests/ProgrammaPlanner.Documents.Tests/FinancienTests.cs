using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Documents.Sections;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>
/// The Financiën chapter: the dekking per bron and per financier, hours per year with the uurtarief, "–" and "alleen uren"
/// instead of € 0,00, whole euros — the same cells in HTML and DOCX.
/// </summary>
public partial class FinancienTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    private static IReadOnlyList<Financientabel> Tabellen(Plan.Programmaplan plan) =>
    [
        Financientabellen.PerBron(plan.Financien), Financientabellen.PerFinancier(plan.Financien),
        Financientabellen.InzetPerPartner(plan.Financien), Financientabellen.InzetPerProject(plan.Financien),
        Financientabellen.UrenPerJaar(plan),
    ];

    private static List<string[]> Rows(Financientabel t) =>
        [[.. t.Kop], .. t.Rows.Select(r => (string[])[r.Naam, .. r.Cellen]), .. t.Totaal is { } x ? [[x.Naam, .. x.Cellen]] : new List<string[]>()];

    [Test]
    public void Bedrag_WholeEurosUnlessCents_NeverRounds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Opmaak.Bedrag(12500m), Is.EqualTo("€\u00A012.500"));
            Assert.That(Opmaak.Bedrag(12500.00m), Is.EqualTo("€\u00A012.500"), "trailing zero cents are no cents");
            Assert.That(Opmaak.Bedrag(12500.5m), Is.EqualTo("€\u00A012.500,50"));
            Assert.That(Opmaak.Bedrag(12500m, metCenten: true), Is.EqualTo("€\u00A012.500,00"), "a table with cents somewhere");
            Assert.That(Opmaak.Bedrag(0.05m, metCenten: false), Is.EqualTo("€\u00A00,05"), "never rounds cents away");
            Assert.That(Opmaak.Geld(12500m), Is.EqualTo("€\u00A012.500,00"), "Geld keeps its meaning");
        });
    }

    [Test]
    public async Task SamenNoord_Tables_DekkingPerBronAndFinancierWithDashesAndAlleenUren()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");
        var f = plan.Financien;

        var bron = Rows(Financientabellen.PerBron(f));
        Assert.That(bron.Select(r => r[0]), Is.EqualTo(new[] { "Bron", "Subsidie", "Eigen middelen", "In natura", "In natura zonder uurtarief", "Totaal" }));
        Assert.That(bron[0], Is.EqualTo(new[] { "Bron", "2017", "2018", "2019", "2020", "Totaal" }));
        Assert.That(bron[3][^1], Is.EqualTo(Opmaak.Bedrag(f.Dekking.InNatura, metCenten: true)));
        Assert.That(bron[4][^1], Is.EqualTo($"{Opmaak.Uren(f.Dekking.OngewaardeerdeUren)} uur"));
        Assert.That(bron[5][^1], Is.EqualTo(Opmaak.Bedrag(f.Dekking.Totaal, metCenten: true)));

        var financier = Rows(Financientabellen.PerFinancier(f));
        Assert.That(financier[0], Is.EqualTo(new[] { "Financier", "Subsidie", "Eigen middelen", "In natura", "Totaal" }));
        Assert.That(financier[1][0], Is.EqualTo("Stichting DOCK (penvoerder)"), "no partner is financier in Samen Noord: the penvoerder first");
        // Het Leefkringhuis (informeel, no uurtarief) brings only hours in natura: no € 0 anywhere in its row.
        Assert.That(financier.Single(r => r[0] == "Het Leefkringhuis"), Is.EqualTo(new[] { "Het Leefkringhuis", "–", "–", "alleen uren", "alleen uren" }));
        // SPIN (€ 65 an hour) brings only hours in natura too, now valued.
        var spin = f.PerFinancier.Single(x => x.Naam == "SPIN").Totaal;
        var waarde = Opmaak.Bedrag(spin.InNaturaUren * 65m, metCenten: true);
        Assert.That(financier.Single(r => r[0] == "SPIN"), Is.EqualTo(new[] { "SPIN", "–", "–", waarde, waarde }));

        var uren = Rows(Financientabellen.UrenPerJaar(plan));
        Assert.That(uren[0], Is.EqualTo(new[] { "Partner", "Uurtarief", "2017", "2018", "2019", "2020", "Totaal", "Waarde in natura" }));
        Assert.That(uren.Single(r => r[0] == "Het Leefkringhuis")[1], Is.EqualTo("geen"));
        Assert.That(uren.Single(r => r[0] == "Het Leefkringhuis")[^1], Is.EqualTo("niet gewaardeerd"));
        Assert.That(uren.Single(r => r[0] == "Stichting DOCK")[1], Is.EqualTo("€\u00A075"));

        var partner = Rows(Financientabellen.InzetPerPartner(f));
        Assert.That(partner.Single(r => r[0] == "Het Leefkringhuis")[1..^1], Is.EqualTo(new[] { "–", "–", "–", "–", "alleen uren" }));

        var alle = Tabellen(plan).SelectMany(Rows).SelectMany(r => r).ToList();
        Assert.That(alle, Has.None.Match(@"€\s0(?![\d,.])"), "no € 0");
        // De Regenboog Groep's eigen middelen of € 2.500,75 has cents: every amount of those tables shows cents, so columns line up;
        // the uren table has only whole amounts and shows none.
        Assert.That(bron.Skip(1).SelectMany(r => r.Skip(1)).Where(c => c.StartsWith('€')), Has.All.Match(@",\d\d$"));
        Assert.That(bron[2][3], Is.EqualTo("€\u00A07.500,75"), "2019: DOCK € 5.000 + De Regenboog Groep € 2.500,75");
        Assert.That(uren.SelectMany(r => r).Where(c => c.StartsWith('€')), Has.All.Not.Contains(","));
    }

    [Test]
    public async Task VerbondVan100_WholeEurosEverywhere_FinancierFirst()
    {
        var plan = await Samples.PlanAsync("verbond-van-100.json");

        var cellen = Tabellen(plan).SelectMany(Rows).SelectMany(r => r).Where(c => c.StartsWith('€')).ToList();

        Assert.That(cellen, Is.Not.Empty.And.All.Match(@"^€\u00A0\d{1,3}(\.\d{3})*$"), "whole euros, no cents");
        Assert.That(Financientabellen.PerFinancier(plan.Financien).Rows[0].Naam, Is.EqualTo("Gemeente Amsterdam, team Maatwerk (fictief) (financier)"));
    }

    [Test]
    public async Task SamenNoord_Html_PrintsEveryCellOfTheTablesAndTheHeadings()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");
        var indeling = new Indeling(plan);

        var html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept);

        foreach (var t in Tabellen(plan))
        {
            var tabel = Regex.Match(html, $"<table class=\"begroting\" data-tabel=\"{t.Naam}\">(.*?)</table>", RegexOptions.Singleline);
            Assert.That(tabel.Success, $"tabel {t.Naam}");
            var rijen = Regex.Matches(tabel.Groups[1].Value, "<tr>(.*?)</tr>", RegexOptions.Singleline)
                .Select(r => Regex.Matches(r.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)
                    .Select(c => WebUtility.HtmlDecode(c.Groups[1].Value).Trim()).ToArray()).ToList();
            Assert.That(rijen, Is.EqualTo(Rows(t)), $"tabel {t.Naam}");
            Assert.That(WebUtility.HtmlDecode(tabel.Groups[1].Value), Does.Contain(t.Bijschrift));
        }
        Assert.That(indeling.Alle.Where(k => k.Id.StartsWith(indeling.Financien.Id + "-", StringComparison.Ordinal)).Select(k => k.Titel),
            Is.EqualTo(new[] { "Dekking", "Inzet per partner", "Inzet per project", "Uren en uurtarieven" }));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain(Financientabellen.FinancierRegel).And.Contain(Financientabellen.Inleiding(plan.Financien)));
    }

    [Test]
    public async Task SamenNoord_Docx_TheSameCellsAndSentencesAsTheHtml()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");

        var docx = Docx.PlanDocx.Maak(plan, Concept);

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var indeling = new Indeling(plan);
        // The headings themselves, not their lines in the (prefilled) inhoudsopgave.
        static bool IsKop(DocumentFormat.OpenXml.OpenXmlElement e, Kop kop) =>
            e is Paragraph p && p.InnerText == kop.Tekst && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1";
        var volgende = indeling.Hoofdstukken.SkipWhile(h => h.Kop != indeling.Financien).Skip(1).First().Kop;
        var na = body.Elements().SkipWhile(e => !IsKop(e, indeling.Financien)).TakeWhile(e => !IsKop(e, volgende)).ToList();
        var tabellen = na.OfType<Table>().Select(t => t.Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList()).ToList();
        Assert.That(tabellen, Is.EqualTo(Tabellen(plan).Select(Rows).ToList()));
        var alineas = na.OfType<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.That(alineas, Does.Contain(Financientabellen.Inleiding(plan.Financien)).And.Contain(Financientabellen.FinancierRegel));
        Assert.That(alineas, Is.SupersetOf(Tabellen(plan).Select(t => t.Bijschrift)));
        DocxChecks.AssertValid(docx, indeling);
    }

    [Test]
    public async Task FrozenBeforeTheDekking_OnlyTheInzetTablesAsThen()
    {
        // A version frozen before the dekking was in the read model: its stored JSON has no Dekking, DekkingPerJaar, PerFinancier.
        var plan = KleinPlan.Create();
        Assert.That(plan.Financien.DekkingPerJaar, Is.Empty);
        var indeling = new Indeling(plan);

        var html = WebUtility.HtmlDecode(await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept));

        Assert.That((indeling.Dekking, indeling.UrenEnTarieven), Is.EqualTo(((Kop?)null, (Kop?)null)));
        Assert.That(html, Does.Not.Contain("data-tabel=\"bron\"").And.Not.Contain("data-tabel=\"uren\"").And.Contain("data-tabel=\"partner\""));
        Assert.That(html, Does.Contain($"De partners zetten samen {Opmaak.Bedrag(plan.Financien.TotaalEuro)} en"));
        DocxChecks.AssertValid(Docx.PlanDocx.Maak(plan, Concept), indeling);
    }
}
