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

    [Test]
    public void Docx_KleinPlan_ValidWithTheSameHeadings()
    {
        var docx = Docx.PlanDocx.Maak(KleinPlan.Create(), Concept);
        File.WriteAllBytes(Path.Combine(DocumentsSetup.Uitvoer, "klein.docx"), docx);

        DocxChecks.AssertValid(docx, new Indeling(KleinPlan.Create()));
    }
}
