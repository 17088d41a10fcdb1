using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The DOCX is not a second-class copy: the same text as the HTML (and so the PDF), chapter by chapter, and Word-native structure.</summary>
public class DocxTekstTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    /// <summary>
    /// Every piece of text the HTML shows in a chapter is in the same chapter of the DOCX.
    /// </summary>
    [TestCaseSource(typeof(Samples), nameof(Samples.SampleFiles))]
    [TestCase(Samples.Groot)]
    public async Task Docx_CarriesTheTextOfTheHtml_ChapterByChapter(string bestand)
    {
        var plan = await Samples.PlanAsync(bestand);
        var html = PlanTekst.Html(await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept));
        var bytes = PlanDocx.Maak(plan, Concept);
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, $"tekst-{bestand.Trim('(', ')').Replace(".json", "")}.docx"), bytes);
        var docx = PlanTekst.Docx(bytes);
        var indeling = new Indeling(plan);

        Assert.Multiple(() =>
        {
            foreach (var kop in indeling.Alle.Where(k => k.Niveau == 1))
            {
                Assert.That(html, Does.ContainKey(kop.Id), kop.Tekst);
                Assert.That(docx, Does.ContainKey(kop.Tekst), kop.Tekst);
                if (!html.ContainsKey(kop.Id) || !docx.TryGetValue(kop.Tekst, out var inDocx)) continue;
                var stukken = kop == indeling.Roadmap ? html[kop.Id].SelectMany(ZonderTekening) : html[kop.Id];
                var ontbreekt = stukken.Where(t => !inDocx.Contains(t, StringComparison.Ordinal)).Distinct().ToList();
                Assert.That(ontbreekt, Is.Empty, $"hoofdstuk '{kop.Tekst}': tekst van de HTML ontbreekt in de DOCX");
            }
        });
    }

    /// <summary>
    /// The roadmap is a drawing in the HTML and a table in the DOCX: sentences about the drawing (its bars and diamonds, their
    /// colours and signs) have no place in the table; every other sentence (the period, names, mijlpalen) must be there.
    /// </summary>
    private static IEnumerable<string> ZonderTekening(string tekst) =>
        tekst.Split(". ").Select(z => z.TrimEnd('.')).Where(z => !Tekening.Any(w => z.Contains(w, StringComparison.OrdinalIgnoreCase)));

    private static readonly string[] Tekening = ["balk", "ruit", "vinkje", "uitroepteken", "kruis", "leeg en wit"];

    [Test]
    public async Task Docx_TocPrefilled_ListsNumbered_TablesKeepTheirHead_SignaturesWhole()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");
        var bytes = PlanDocx.Maak(plan, Concept);
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, "samen-noord-tekst.docx"), bytes);
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var indeling = new Indeling(plan);

        // The inhoudsopgave: a real TOC field whose result already lists every heading.
        var alinea = body.Elements<Paragraph>().ToList();
        var begin = alinea.FindIndex(p => p.Descendants<FieldCode>().Any(c => c.Text.Contains("TOC", StringComparison.Ordinal)));
        Assert.That(begin, Is.GreaterThanOrEqualTo(0), "een TOC-veld");
        var einde = alinea.FindIndex(begin, p => p.Descendants<FieldChar>().Any(f => f.FieldCharType?.Value == FieldCharValues.End));
        var regels = alinea[begin..(einde + 1)].Select(p => PlanTekst.Normaal(string.Concat(p.Descendants<Text>().Select(t => t.Text)))).ToList();
        Assert.That(indeling.Alle.Where(k => k.Niveau <= 2).Select(k => k.Tekst).All(k => regels.Any(r => r.StartsWith(k, StringComparison.Ordinal))),
            Is.True, "de inhoudsopgave is al gevuld: " + string.Join(" | ", regels.Take(5)));

        var bladwijzers = body.Descendants<BookmarkStart>().Select(b => b.Name?.Value).ToHashSet();
        var links = alinea[begin..(einde + 1)].SelectMany(p => p.Elements<Hyperlink>()).Select(h => h.Anchor?.Value).ToList();
        Assert.That(links, Has.Count.EqualTo(indeling.Alle.Count(k => k.Niveau <= 2)).And.All.Matches<string>(bladwijzers.Contains),
            "elke regel linkt naar zijn kop");

        // Lists: numbering definitions, no typed bullets.
        Assert.That(main.NumberingDefinitionsPart?.Numbering.Elements<AbstractNum>().Count(), Is.GreaterThanOrEqualTo(2), "opsommingstekens en nummers");
        Assert.That(body.Descendants<Text>().Any(t => t.Text.StartsWith('•')), Is.False, "geen getypte opsommingstekens");
        Assert.That(body.Descendants<NumberingProperties>(), Is.Not.Empty);

        // Tables: head rows repeat and keep with the first row, no row splits.
        var tabellen = body.Descendants<Table>()
            .Where(t => t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToList();
        Assert.That(tabellen, Is.Not.Empty);
        foreach (var t in tabellen)
        {
            Assert.That(t.Elements<TableRow>().All(r => r.TableRowProperties?.GetFirstChild<CantSplit>() is not null), Is.True, "geen rij breekt");
            Assert.That(t.Elements<TableRow>().First().Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null), Is.True,
                "de kopregel blijft bij de eerste rij");
        }

        // Each signature block is one row that does not split: the partner's name and the signature line on the same page.
        var ondertekening = alinea.FindIndex(p => p.InnerText == indeling.Ondertekening.Tekst);
        var blokken = body.Elements().Skip(body.Elements().ToList().IndexOf(alinea[ondertekening])).OfType<Table>()
            .Where(t => t.InnerText.Contains("Handtekening", StringComparison.Ordinal)).ToList();
        Assert.That(blokken, Has.Count.EqualTo(plan.Partners.Count));
        foreach (var (b, p) in blokken.Zip(plan.Partners))
        {
            var rij = b.Elements<TableRow>().Single();
            Assert.That(rij.TableRowProperties?.GetFirstChild<CantSplit>(), Is.Not.Null);
            Assert.That(rij.InnerText, Does.Contain(p.Naam).And.Contain("Handtekening"));
        }
    }
}
