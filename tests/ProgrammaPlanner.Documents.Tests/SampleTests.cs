using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>Each sample programme printed to PDF and DOCX from the real database, and read back as the board reads it.</summary>
public class SampleTests
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
    /// The Financiën chapter as the board reads it: every row of every table (dekking per bron and per financier, inzet per partner
    /// and per project, uren per jaar) printed on one line with exactly the model's cells, and no "€ 0" anywhere. That the model's
    /// rows, years and totals add up is the core's test (GetProgrammaplan, DekkingTests).
    /// </summary>
    private static void AssertBegroting(PdfReader pdf, Core.Programmaplan.GetProgrammaplan.Programmaplan plan, Indeling indeling)
    {
        var van = pdf.PaginasMetRegel(indeling.Financien.Tekst, 16).Last();
        var tot = pdf.PaginasMetRegel(indeling.Monitoring.Tekst, 16).Last();
        var regels = Enumerable.Range(van, tot - van + 1).SelectMany(p => pdf.Regels(p)).Select(r => PdfReader.Normalize(string.Join(" ", r))).ToList();
        var f = plan.Financien;
        List<Sections.Financientabel> tabellen = Sections.Financientabellen.HeeftDekking(f)
            ? [Sections.Financientabellen.PerBron(f), Sections.Financientabellen.PerFinancier(f), Sections.Financientabellen.InzetPerPartner(f),
                Sections.Financientabellen.InzetPerProject(f), Sections.Financientabellen.UrenPerJaar(plan)]
            : [Sections.Financientabellen.InzetPerPartner(f), Sections.Financientabellen.InzetPerProject(f)];
        Assert.Multiple(() =>
        {
            foreach (var t in tabellen)
                foreach (var r in t.Totaal is { } totaal ? t.Rows.Append(totaal) : t.Rows)
                {
                    var cellen = PdfReader.Normalize(string.Join(" ", r.Cellen.Where(c => c.Length > 0)));
                    Assert.That(regels, Has.Some.EndsWith(cellen), $"{t.Naam}: '{r.Naam}' met {cellen}");
                }
            Assert.That(regels, Has.None.Match(@"€ 0(?![\d,.])"), "geen € 0 in de financiën");
        });
    }
}
