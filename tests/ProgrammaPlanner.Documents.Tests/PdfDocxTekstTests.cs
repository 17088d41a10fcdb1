using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Documents.Docx;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>
/// The real PDF (its text read back, without the artifacts: watermark, footer) and the DOCX carry the same text, section by section
/// (every heading of level 1 and 2), in both directions: no word of one is missing in the other, none is stale in either.
/// </summary>
public partial class PdfDocxTekstTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    [Category("Browser")]
    [TestCase("samen-noord.json")]
    [TestCase("verbond-van-100.json")]
    [TestCase("amsterdam-centrum.json")]
    [TestCase("samen-noord.json", true)]
    public async Task PdfAndDocx_TheSameWords_SectionBySection_BothWays(string bestand, bool leren = false)
    {
        Chromium.Require();
        var plan = await Samples.PlanAsync(bestand);
        if (leren) plan = plan with { Leren = LerenHoofdstukTests.Leren };
        var koppen = new Indeling(plan).Alle.Where(k => k.Niveau <= 2).ToList();
        var pdf = PdfSecties(await DocumentsSetup.Services.GetRequiredService<PlanPdf>().MaakAsync(plan, Concept), koppen);
        var docx = DocxSecties(PlanDocx.Maak(plan, Concept));
        var roadmap = new Indeling(plan).Roadmap.Tekst;

        Assert.Multiple(() =>
        {
            foreach (var kop in koppen.Select(k => k.Tekst))
            {
                Assert.That(pdf, Does.ContainKey(kop), $"kop '{kop}' in de PDF");
                Assert.That(docx, Does.ContainKey(kop), $"kop '{kop}' in de DOCX");
                // The roadmap is a drawing in the PDF and a table in the DOCX: DocxTekstTests compares its sentences.
                if (kop == roadmap || !pdf.TryGetValue(kop, out var inPdf) || !docx.TryGetValue(kop, out var inDocx)) continue;
                Assert.That(Ontbreekt(inPdf, inDocx), Is.Empty, $"'{kop}': woorden van de PDF ontbreken in de DOCX");
                Assert.That(Ontbreekt(inDocx, inPdf), Is.Empty, $"'{kop}': woorden van de DOCX ontbreken in de PDF");
            }
        });
    }

    /// <summary>The words of <paramref name="van"/> not in <paramref name="in"/> (read without white space: a PDF draws not every space).</summary>
    private static List<string> Ontbreekt(string van, string @in)
    {
        var compact = Compact(@in);
        return Woorden(van).Where(w => !compact.Contains(w, StringComparison.Ordinal)).Distinct().ToList();
    }

    /// <summary>
    /// The words of a text. A hyphen separates too: a PDF table cell breaks "directeur-bestuurder" after the hyphen, and its lines come
    /// between those of the cells beside it. A list's number ("1.") is drawn in the PDF, a Word list numbers itself: left out.
    /// </summary>
    private static IEnumerable<string> Woorden(string tekst) =>
        tekst.Split([' ', '\n', '\t', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Lijstnummer().Replace(w, "").Trim(Leestekens)).Where(w => w.Any(char.IsLetterOrDigit));

    private static readonly char[] Leestekens = ['.', ',', ';', ':', '(', ')', '‘', '’', '“', '”', '"', '\'', '•', '–'];

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+\.(?=\p{L}|$)")]
    private static partial System.Text.RegularExpressions.Regex Lijstnummer();

    private static string Compact(string tekst) => string.Concat(tekst.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// The tagged text of the PDF (no artifacts) from the first chapter on, cut at each heading in the order of the inhoudsopgave: the
    /// text after a heading up to the next one.
    /// </summary>
    private static Dictionary<string, string> PdfSecties(byte[] bytes, IReadOnlyList<Kop> koppen)
    {
        using var document = PdfDocument.Open(bytes);
        var paginas = document.GetPages().Select(Woorden).ToList();
        var eerste = Compact(koppen[0].Tekst);
        var start = paginas.FindIndex(1, p => Compact(string.Concat(p)).StartsWith(eerste, StringComparison.Ordinal));
        var woorden = paginas.Skip(Math.Max(start, 0)).SelectMany(p => p).ToList();
        var plaatsen = new List<(string Kop, int Begin, int Einde)>();
        var vanaf = 0;
        foreach (var kop in koppen)
        {
            if (Zoek(woorden, Compact(kop.Tekst), vanaf) is not { } gevonden) continue;
            plaatsen.Add((kop.Tekst, gevonden.Begin, gevonden.Einde));
            vanaf = gevonden.Einde;
        }
        return plaatsen.Select((p, i) => (p.Kop, Tekst: string.Join(" ",
                woorden[p.Einde..(i + 1 < plaatsen.Count ? plaatsen[i + 1].Begin : woorden.Count)])))
            .ToDictionary(x => x.Kop, x => x.Tekst);
    }

    /// <summary>Where the words from <paramref name="vanaf"/> on spell <paramref name="kop"/> (without white space), whole words only.</summary>
    private static (int Begin, int Einde)? Zoek(List<string> woorden, string kop, int vanaf)
    {
        for (var i = vanaf; i < woorden.Count; i++)
        {
            var samen = "";
            for (var j = i; j < woorden.Count && samen.Length < kop.Length; j++)
            {
                samen += woorden[j];
                if (samen == kop) return (i, j + 1);
            }
        }
        return null;
    }

    /// <summary>A page's words in drawing order (the order of the HTML), from its tagged letters only: the watermark and the footer are artifacts.</summary>
    private static List<string> Woorden(Page page)
    {
        var inhoud = page.GetMarkedContents();
        var artefact = Alle(inhoud).Where(e => e.IsArtifact).SelectMany(e => Alle(e.Children).Prepend(e)).SelectMany(e => e.Letters)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var letters = Alle(inhoud).Where(e => !e.IsArtifact).SelectMany(e => e.Letters)
            .Where(l => !artefact.Contains(l) && !string.IsNullOrWhiteSpace(l.Value)).Distinct(ReferenceEqualityComparer.Instance).Cast<Letter>().ToList();
        return DefaultWordExtractor.Instance.GetWords(letters).Select(w => w.Text).ToList();
    }

    private static IEnumerable<MarkedContentElement> Alle(IEnumerable<MarkedContentElement> lijst) => lijst.SelectMany(e => Alle(e.Children).Prepend(e));

    /// <summary>The text of the DOCX per heading of level 1 and 2 (key: the heading's text), paragraphs and table cells in order.</summary>
    private static Dictionary<string, string> DocxSecties(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var result = new Dictionary<string, string>();
        string? huidig = null;
        var tekst = new List<string>();
        foreach (var p in document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
        {
            var t = PlanTekst.Normaal(string.Concat(p.Descendants().Select(e => e switch { Text x => x.Text, TabChar => " ", Break => " ", _ => "" })));
            if (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2")
            {
                if (huidig is not null) result[huidig] = string.Join(" ", tekst);
                (huidig, tekst) = (t, []);
            }
            else if (huidig is not null && t.Length > 0) tekst.Add(t);
        }
        if (huidig is not null) result[huidig] = string.Join(" ", tekst);
        return result;
    }
}
