using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>Each sample programme printed to PDF and DOCX from the real database, and read back as the board reads it.</summary>
public partial class SampleTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    [Category("Browser")]
    [TestCaseSource(typeof(Samples), nameof(Samples.SampleFiles))]
    [TestCase(Samples.Groot)]
    public async Task Pdf_Sample_EverythingThereWithRightPagesAndTotals(string bestand)
    {
        Chromium.Require();
        var plan = await Samples.PlanAsync(bestand);
        using var scope = DocumentsSetup.Services.CreateScope();
        var pdf = await scope.ServiceProvider.GetRequiredService<ProgrammaplanExport>().PdfAsync(plan.Programma.Id, Concept);
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, Path.ChangeExtension(bestand.Trim('(', ')'), ".pdf")), pdf.Inhoud);
        var lezer = new PdfReader(pdf.Inhoud);
        var tekst = lezer.AlleWoorden;

        string[] namen =
        [
            .. plan.Partners.Select(p => p.Naam), .. plan.Partners.Select(p => p.BestuurderNaam).Where(n => n.Length > 0),
            .. plan.Speerpunten.Select(s => s.Naam), .. plan.Speerpunten.SelectMany(s => s.Doelstellingen).Select(d => d.Naam),
            .. plan.Projecten.Select(p => p.Naam),
        ];
        Assert.Multiple(() =>
        {
            foreach (var naam in namen) Assert.That(tekst, Does.Contain(PdfReader.Normalize(naam)), $"'{naam}' ontbreekt in de PDF");
        });
        Assert.That(tekst, Does.Contain("Financiën").And.Contain("€"));
        Assert.That(pdf.Bestandsnaam, Is.EqualTo($"Programmaplan {plan.Programma.Naam}.pdf"));
        PdfChecks.AssertInhoudsopgave(lezer, new Indeling(plan));
        PdfChecks.AssertVoettekst(lezer);
        PdfChecks.Watermerk(lezer, aanwezig: true);
        AssertBegroting(lezer, plan, new Indeling(plan));
    }

    [Category("Browser")]
    [Test]
    public async Task Pdf_Vastgesteld_NoWatermark()
    {
        Chromium.Require();
        var plan = await Samples.PlanAsync("samen-noord.json");
        var pdf = await DocumentsSetup.Services.GetRequiredService<PlanPdf>().MaakAsync(plan,
            Concept with { Status = PlanStatus.Vastgesteld, Versie = "versie 1.0" });

        var lezer = new PdfReader(pdf);
        PdfChecks.Watermerk(lezer, aanwezig: false);
        Assert.That(lezer.Tekst(1), Does.Contain("Vastgesteld"));
    }

    [TestCaseSource(typeof(Samples), nameof(Samples.SampleFiles))]
    public async Task Docx_Sample_ValidWithTheSameHeadings(string bestand)
    {
        var plan = await Samples.PlanAsync(bestand);
        using var scope = DocumentsSetup.Services.CreateScope();
        var docx = await scope.ServiceProvider.GetRequiredService<ProgrammaplanExport>().DocxAsync(plan.Programma.Id, Concept);
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, Path.ChangeExtension(bestand, ".docx")), docx.Inhoud);

        DocxChecks.AssertValid(docx.Inhoud, new Indeling(plan));
    }

    /// <summary>
    /// In the Financiën chapter every budget row adds up (years = row total), the two "Totaal" rows equal the sums
    /// of the inzet per year and overall, and the row totals of each table add up to the grand total.
    /// </summary>
    private static void AssertBegroting(PdfReader pdf, Core.Programmaplan.GetProgrammaplan.Programmaplan plan, Indeling indeling)
    {
        var inzet = plan.Projecten.SelectMany(p => p.Inzet).ToList();
        var jaren = plan.Financien.Jaren;
        var van = pdf.PaginasMetRegel(indeling.Financien.Tekst, 16).Last();
        var tot = pdf.PaginasMetRegel(indeling.Monitoring.Tekst, 16).Last();
        var rijen = Enumerable.Range(van, tot - van).SelectMany(p => pdf.Regels(p))
            .Select(r => (Naam: r[0], Bedragen: Bedragen(string.Join(" ", r))))
            .Where(r => r.Bedragen.Count == jaren.Count + 1).ToList();
        var totalen = rijen.Where(r => r.Naam == "Totaal").ToList();
        var regels = rijen.Where(r => r.Naam != "Totaal").ToList();

        Assert.That(totalen, Has.Count.EqualTo(2), "een totaalregel per tabel (partner, project)");
        Assert.That(regels, Has.Count.EqualTo(plan.Partners.Count + plan.Projecten.Count), "een regel per partner en per project");
        foreach (var r in rijen) Assert.That(r.Bedragen[..^1].Sum(), Is.EqualTo(r.Bedragen[^1]), $"regel '{r.Naam}' telt op");
        var verwacht = jaren.Select(j => inzet.Where(i => i.Jaar == j).Sum(i => i.Euro)).Append(inzet.Sum(i => i.Euro)).ToList();
        foreach (var t in totalen) Assert.That(t.Bedragen, Is.EqualTo(verwacht), "totalen = som van de inzet");
        Assert.That(regels.Sum(r => r.Bedragen[^1]), Is.EqualTo(2 * inzet.Sum(i => i.Euro)), "regels van beide tabellen tellen op tot het totaal");
    }

    private static List<decimal> Bedragen(string regel) =>
        Bedrag().Matches(regel).Select(m => decimal.Parse(m.Groups[1].Value, NumberStyles.Number, Opmaak.Nl)).ToList();

    [GeneratedRegex(@"€\s?(\d{1,3}(?:\.\d{3})*,\d{2})")]
    private static partial Regex Bedrag();
}
