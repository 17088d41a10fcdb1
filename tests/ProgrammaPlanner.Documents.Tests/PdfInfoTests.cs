using System.Globalization;
using System.Text;
using ProgrammaPlanner.Documents.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The finishing of a printed PDF on a small hand-made file laid out as Chromium writes it (no browser needed).</summary>
public class PdfInfoTests
{
    [Test]
    public void VulAan_UntaggedDrawingBecomesArtifact_TagsAndStringsUntouched_LinkDescribed_XmpAndObjectStreams()
    {
        // A background rectangle and a footer outside the tags; a tagged text whose string holds operator-like words.
        const string inhoud = "q 0 0 1 rg 0 0 100 50 re f Q\n/P <</MCID 0 >>BDC\nBT /F1 12 Tf 10 60 Td (Echt \\(BDC EMC\\) BT) Tj ET\nEMC\n" +
                              "BT /F1 8 Tf 10 10 Td (Pagina 1 van 1) Tj ET\n";
        var pdf = MaakPdf(inhoud);

        var af = PdfInfo.VulAan(pdf, "Programmaplan Proef", "Stichting Proef", "concept", new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero),
            id => id == "h1" ? "Ga naar 1 Aanleiding, pagina 1" : null);

        Assert.That(Encoding.Latin1.GetString(af), Does.Contain("/Type /ObjStm").And.Contain("/Type /XRef").And.StartWith("%PDF-1.7"));
        using var document = PdfDocument.Open(af);
        var page = document.GetPage(1);
        var inhouden = page.GetMarkedContents();
        string Tekst(bool artefact) => string.Concat(inhouden.Where(e => e.IsArtifact == artefact).SelectMany(e => e.Letters).Select(l => l.Value));
        Assert.That(Tekst(artefact: false), Is.EqualTo("Echt (BDC EMC) BT"), "the tagged text, whole");
        Assert.That(Tekst(artefact: true), Is.EqualTo("Pagina 1 van 1"), "the footer is an artifact");
        Assert.That(inhouden.Where(e => e.IsArtifact).SelectMany(e => e.Paths).Count(p => p.IsFilled), Is.EqualTo(1), "the background is an artifact");
        Assert.That(page.GetAnnotations().Single().Content, Is.EqualTo("Ga naar 1 Aanleiding, pagina 1"));
        Assert.That(document.Information.Title, Is.EqualTo("Programmaplan Proef"));
        Assert.That(document.TryGetXmpMetadata(out var xmp), Is.True);
        Assert.That(Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray()), Does.Contain("<pdfuaid:part>1</pdfuaid:part>"));
        Assert.That(document.Structure.Catalog.CatalogDictionary.Data.ContainsKey("StructTreeRoot"), "the structure tree is kept");
    }

    [Test]
    public void VulAan_NotLaidOutAsChromiumWritesIt_Unchanged()
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\nnot a pdf\n");
        Assert.That(PdfInfo.VulAan(pdf, "t", "a", "o", DateTimeOffset.Now), Is.SameAs(pdf));
    }

    /// <summary>A one-page PDF as Chromium lays it out: objects in order, one xref table, trailer with Root and Info.</summary>
    private static byte[] MaakPdf(string inhoud)
    {
        var objecten = new[]
        {
            "<</Title (Proef)>>",
            "<</Type /Catalog /Pages 3 0 R /MarkInfo <</Type /MarkInfo /Marked true>> /StructTreeRoot 7 0 R /Lang (nl)>>",
            "<</Type /Pages /Count 1 /Kids [4 0 R]>>",
            "<</Type /Page /Resources <</Font <</F1 5 0 R>>>> /MediaBox [0 0 200 100] /Annots [8 0 R] /Contents 6 0 R /StructParents 0 /Tabs /S " +
            "/Parent 3 0 R>>",
            "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>",
            $"<</Length {inhoud.Length}>> stream\n{inhoud}endstream",
            "<</Type /StructTreeRoot /K 9 0 R>>",
            "<</Type /Annot /Subtype /Link /Rect [0 0 10 10] /Dest /h1 /StructParent 1>>",
            "<</Type /StructElem /S /Document /P 7 0 R /K [<</Type /MCR /Pg 4 0 R /MCID 0>>]>>",
        };
        var uit = new StringBuilder("%PDF-1.4\n%\u00D3\u00EB\u00E9\u00E1\n");
        var offsets = new List<int>();
        for (var i = 0; i < objecten.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(uit.ToString()));
            uit.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objecten[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(uit.ToString());
        uit.Append(CultureInfo.InvariantCulture, $"xref\n0 {objecten.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) uit.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        uit.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objecten.Length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF");
        return Encoding.Latin1.GetBytes(uit.ToString());
    }
}
