using Microsoft.Extensions.DependencyInjection;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The document machinery on a tiny hand-built plan: page numbers, footer, watermark, characters.</summary>
public class KleinPlanTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    [Category("Browser")]
    [Test]
    public async Task Pdf_KleinPlan_TocFooterAndWatermarkAreRight()
    {
        Chromium.Require();
        var pdf = await DocumentsSetup.Services.GetRequiredService<PlanPdf>().MaakAsync(KleinPlan.Create(), Concept);
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, "klein.pdf"), pdf);
        var lezer = new PdfReader(pdf);

        PdfChecks.AssertInhoudsopgave(lezer, new Indeling(KleinPlan.Create()));
        PdfChecks.AssertVoettekst(lezer);
        PdfChecks.Watermerk(lezer, aanwezig: true);
        var vastgesteld = new PdfReader(await DocumentsSetup.Services.GetRequiredService<PlanPdf>().MaakAsync(KleinPlan.Create(),
            Concept with { Status = PlanStatus.Vastgesteld }));
        PdfChecks.Watermerk(vastgesteld, aanwezig: false);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.That(document.Information.Title, Is.EqualTo("Programmaplan Samen Sterk Noord"));
            Assert.That(document.Information.Author, Is.EqualTo("Stichting Één Buurt"));
            Assert.That(document.TryGetBookmarks(out _), Is.True, "de PDF heeft bladwijzers");
        }
        Assert.That(lezer.AlleTekst,
            Does.Contain("Zoë").And.Contain("Anaïs Müller").And.Contain("Één").And.Contain("€ 58.000,00").And.Contain("coöperatief"));
    }

    /// <summary>Version 2, frozen on 5 December 2026 and now waiting for the boards' decisions.</summary>
    private static readonly Core.Planversies.Versie TerBesluitvorming = new()
    {
        Nummer = 2, Status = Core.Planversies.PlanversieStatus.TerBesluitvorming, VastgelegdOp = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero),
    };

    [Category("Browser")]
    [Test]
    public async Task Pdf_VersionTerBesluitvorming_ItsOwnMarkingAndADutchLabel_NoConcept()
    {
        Chromium.Require();
        var opties = PlanOpties.Van(TerBesluitvorming);
        var lezer = new PdfReader(await DocumentsSetup.Services.GetRequiredService<PlanPdf>().MaakAsync(KleinPlan.Create(), opties));

        PdfChecks.Watermerk(lezer, aanwezig: false);
        Assert.That(opties.Versie, Is.EqualTo("Versie 2 – 5 december 2026"));
        Assert.That(lezer.Tekst(lezer.Paginas), Does.Contain("Programmaplan Samen Sterk Noord · Versie 2 – 5 december 2026 · ter besluitvorming"));
        Assert.That(lezer.AlleTekst, Does.Contain("Deze versie is op 5 december 2026 ter besluitvorming voorgelegd aan de besturen van de partners."));
        Assert.That(lezer.Tekst(1), Does.Contain("Ter besluitvorming").And.Not.Contain("2026-12-05"));
    }

    [Test]
    public void Docx_VersionTerBesluitvorming_SameMarkingAsThePdf()
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            new MemoryStream(Docx.PlanDocx.Maak(KleinPlan.Create(), PlanOpties.Van(TerBesluitvorming))), false);
        var tekst = string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText));

        Assert.That(tekst, Does.Contain("TER BESLUITVORMING — Versie 2 – 5 december 2026, voorgelegd aan de besturen van de partners."));
        Assert.That(tekst, Does.Contain("Deze versie is op 5 december 2026 ter besluitvorming voorgelegd").And.Not.Contain("CONCEPT"));
    }

    [Test]
    public void Docx_KleinPlan_ValidWithTheSameHeadings()
    {
        var docx = Docx.PlanDocx.Maak(KleinPlan.Create(), Concept);
        File.WriteAllBytes(Path.Combine(DocumentsSetup.Uitvoer, "klein.docx"), docx);

        DocxChecks.AssertValid(docx, new Indeling(KleinPlan.Create()));
    }
}
