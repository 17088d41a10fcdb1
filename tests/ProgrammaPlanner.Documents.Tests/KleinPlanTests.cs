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
        var pdf = await Documenten.Services.GetRequiredService<PlanPdf>().MaakAsync(KleinPlan.Create(), Concept);
        await File.WriteAllBytesAsync(Path.Combine(Documenten.Uitvoer, "klein.pdf"), pdf);
        var lezer = new PdfLezer(pdf);

        PdfControles.AssertInhoudsopgave(lezer, new Indeling(KleinPlan.Create()));
        PdfControles.AssertVoettekst(lezer);
        PdfControles.Watermerk(lezer, aanwezig: true);
        var vastgesteld = new PdfLezer(await Documenten.Services.GetRequiredService<PlanPdf>().MaakAsync(KleinPlan.Create(),
            Concept with { Status = PlanStatus.Vastgesteld }));
        PdfControles.Watermerk(vastgesteld, aanwezig: false);
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
        File.WriteAllBytes(Path.Combine(Documenten.Uitvoer, "klein.docx"), docx);

        DocxControles.AssertValid(docx, new Indeling(KleinPlan.Create()));
    }
}
