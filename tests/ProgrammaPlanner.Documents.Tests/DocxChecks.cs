using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>Checks on the DOCX: valid Open XML, the same numbered headings as the PDF, repeating table heads.</summary>
public static class DocxChecks
{
    public static void AssertValid(byte[] docx, Indeling indeling)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var fouten = new OpenXmlValidator().Validate(document).ToList();
        Assert.That(fouten, Is.Empty, string.Join("\n", fouten.Take(10).Select(f => $"{f.Path?.XPath}: {f.Description}")));

        var body = document.MainDocumentPart!.Document.Body!;
        var koppen = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2")
            .Select(p => p.InnerText).ToList();
        Assert.That(koppen, Is.EqualTo(indeling.Alle.Select(k => k.Tekst)), "dezelfde koppen als de PDF, in dezelfde volgorde");

        var stijlen = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.That(stijlen, Does.Contain("Heading1").And.Contain("Heading2").And.Contain("Heading3").And.Contain("TableGrid"));
        var tabellen = body.Descendants<Table>().ToList();
        Assert.That(tabellen, Is.Not.Empty);
        Assert.That(tabellen.Where(t => t.Elements<TableRow>().Count() > 1 && t.Descendants<Shading>().Any())
            .All(t => t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>() is not null), "kopregels herhalen");
    }
}
