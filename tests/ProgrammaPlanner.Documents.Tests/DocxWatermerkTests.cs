using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The DOCX follows the watermark rule of the PDF: CONCEPT on every page of a concept, none on a version's copy.</summary>
public class DocxWatermerkTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    [Test]
    public void Concept_CarriesTheWatermarkOnEveryPage_AVersionCopyNone()
    {
        var plan = KleinPlan.Create();
        var concept = Docx.PlanDocx.Maak(plan, Concept);

        using (var document = WordprocessingDocument.Open(new MemoryStream(concept), false))
        {
            var main = document.MainDocumentPart!;
            var sectie = main.Document.Body!.Elements<SectionProperties>().Single();
            var koppen = sectie.Elements<HeaderReference>().ToList();
            Assert.That(koppen.Select(k => k.Type!.Value), Is.EquivalentTo(new[] { HeaderFooterValues.Default, HeaderFooterValues.First }),
                "the cover (first page) and every other page");
            foreach (var k in koppen)
            {
                var xml = ((HeaderPart)main.GetPartById(k.Id!.Value!)).Header!.OuterXml;
                Assert.That(xml, Does.Contain("string=\"CONCEPT\"").And.Contain("rotation:315"), "a diagonal WordArt watermark");
            }
            Assert.That(sectie.Elements<TitlePage>().Count(), Is.EqualTo(1), "still no footer on the cover");
        }
        DocxChecks.AssertValid(concept, new Indeling(plan));

        foreach (var status in new[] { PlanStatus.TerBesluitvorming, PlanStatus.Vastgesteld })
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(Docx.PlanDocx.Maak(plan, Concept with { Status = status })), false);
            Assert.That(document.MainDocumentPart!.HeaderParts, Is.Empty, status);
            Assert.That(document.MainDocumentPart.Document.Body!.Descendants<HeaderReference>(), Is.Empty, status);
        }
    }
}
