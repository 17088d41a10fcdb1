using System.Text;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>
/// PDF/UA-level accessibility of the printed programmaplan, read back from the file: the catalog and its XMP metadata,
/// the structure tree's headings, the outline, the artifacts (what is in no tagged text), link descriptions and the
/// roadmap legend.
/// </summary>
public partial class ToegankelijkheidTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    [Category("Browser")]
    [TestCase("samen-noord.json")]
    [TestCase(Samples.Groot)]
    public async Task Pdf_Plan_PdfUa(string bestand)
    {
        Chromium.Require();
        var plan = await Samples.PlanAsync(bestand);
        using var scope = DocumentsSetup.Services.CreateScope();
        var pdf = (await scope.ServiceProvider.GetRequiredService<ProgrammaplanExport>().PdfAsync(plan.Programma.Id, Concept)).Inhoud;
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, $"pdfua-{bestand.Trim('(', ')')}.pdf"), pdf);
        var titel = $"Programmaplan {plan.Programma.Naam}";
        var indeling = new Indeling(plan);

        using var document = PdfDocument.Open(pdf);
        var reader = new Reader(document);
        Assert.Multiple(() =>
        {
            AssertMetadata(document, reader, titel);
            AssertKoppen(reader, titel, indeling);
            AssertArtefacten(document, plan.Programma.Naam);
            AssertLinks(document, indeling);
            AssertLegenda(document);
            AssertObjectStromen(pdf);
        });
    }

    /// <summary>
    /// The file is written anew with compressed object streams and a cross-reference stream (PdfInfo), not as Chromium writes it: no
    /// classic xref table, the thousands of structure elements inside compressed object streams, few objects left at top level.
    /// </summary>
    private static void AssertObjectStromen(byte[] pdf)
    {
        var tekst = Encoding.Latin1.GetString(pdf);
        Assert.That(tekst, Does.StartWith("%PDF-1.7"), "object streams need PDF 1.5 or later");
        Assert.That(ObjStm().Matches(tekst), Is.Not.Empty, "compressed object streams");
        Assert.That(tekst, Does.Contain("/Type /XRef"), "a cross-reference stream");
        Assert.That(tekst, Does.Not.Contain("\nxref\n").And.Not.Contain("trailer"), "no classic cross-reference table");
        Assert.That(tekst, Does.Not.Contain("/StructElem"), "no structure element left uncompressed");
        var grootte = int.Parse(Grootte().Match(tekst).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var los = Object().Matches(tekst).Count;
        Assert.That(los, Is.LessThan(grootte / 2), $"{los} of {grootte} objects at top level: most are in object streams");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/Type /ObjStm /N \d+ /First \d+ /Filter /FlateDecode")]
    private static partial System.Text.RegularExpressions.Regex ObjStm();

    [System.Text.RegularExpressions.GeneratedRegex(@"/Type /XRef /Size (\d+)")]
    private static partial System.Text.RegularExpressions.Regex Grootte();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^\d+ 0 obj\b")]
    private static partial System.Text.RegularExpressions.Regex Object();

    /// <summary>The second export of the same plan takes the heading pages it found the first time (no measuring print): still exact.</summary>
    [Category("Browser")]
    [Test]
    public async Task Pdf_SamePlanTwice_InhoudsopgaveExactBothTimes()
    {
        Chromium.Require();
        var plan = await Samples.PlanAsync("verbond-van-100.json");
        var opties = Concept with { Versie = "concept tweemaal" };
        var planPdf = DocumentsSetup.Services.GetRequiredService<PlanPdf>();
        var eerste = new PdfReader(await planPdf.MaakAsync(plan, opties));
        var tweede = new PdfReader(await planPdf.MaakAsync(plan, opties));

        PdfChecks.AssertInhoudsopgave(eerste, new Indeling(plan));
        PdfChecks.AssertInhoudsopgave(tweede, new Indeling(plan));
        Assert.That(tweede.AlleTekst, Is.EqualTo(eerste.AlleTekst));
    }

    /// <summary>The voortgangsrapportage shares the printer and the finishing: the same metadata, headings and artifacts.</summary>
    [Category("Browser")]
    [Test]
    public async Task Pdf_Voortgangsrapportage_PdfUa()
    {
        Chromium.Require();
        var id = await Samples.IdAsync("samen-noord.json");
        using var scope = DocumentsSetup.Services.CreateScope();
        var pdf = (await scope.ServiceProvider.GetRequiredService<Voortgang.VoortgangExport>().PdfAsync(id, 2019)).Inhoud;

        using var document = PdfDocument.Open(pdf);
        var reader = new Reader(document);
        Assert.Multiple(() =>
        {
            Assert.That(document.Information.Title, Does.StartWith("Voortgangsrapportage"));
            AssertMetadata(document, reader, document.Information.Title ?? "");
            var koppen = reader.Koppen();
            Assert.That(koppen.Select(k => k.Niveau).FirstOrDefault(), Is.EqualTo(1), "de eerste kop is de H1");
            Assert.That(koppen.Count(k => k.Niveau == 1), Is.EqualTo(1), "één H1");
            for (var i = 1; i < koppen.Count; i++)
                Assert.That(koppen[i].Niveau, Is.LessThanOrEqualTo(koppen[i - 1].Niveau + 1), $"kop {i + 1} slaat een niveau over");
            AssertArtefacten(document, "Samen Noord", omslag: false);
        });
    }

    /// <summary>Title, language, tagged, the title shown instead of the file name, and an XMP packet with the PDF/UA identifier.</summary>
    private static void AssertMetadata(PdfDocument document, Reader reader, string titel)
    {
        var catalogus = reader.Catalogus;
        Assert.That(document.Information.Title, Is.EqualTo(titel), "Info /Title");
        Assert.That(reader.Tekst(catalogus, "Lang"), Is.EqualTo("nl"), "catalogus /Lang");
        Assert.That(reader.Dict(catalogus, "MarkInfo") is { } m && m.TryGet<BooleanToken>(NameToken.Create("Marked"), out var b) && b.Data,
            "/MarkInfo /Marked true");
        Assert.That(reader.Dict(catalogus, "ViewerPreferences") is { } v && v.TryGet<BooleanToken>(NameToken.Create("DisplayDocTitle"), out var d) && d.Data,
            "/ViewerPreferences /DisplayDocTitle true");
        Assert.That(document.TryGetXmpMetadata(out var xmp), Is.True, "catalogus /Metadata (XMP)");
        if (xmp is null) return;
        var xml = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.That(xml, Does.Contain("<pdfuaid:part>1</pdfuaid:part>").And.Contain("http://www.aiim.org/pdfua/ns/id/"), "PDF/UA-identificatie in de XMP");
        Assert.That(xml, Does.Contain($">{System.Security.SecurityElement.Escape(titel)}</rdf:li>"), "dc:title in de XMP");
        Assert.That(xml, Does.Contain("<dc:language><rdf:Bag><rdf:li>nl</rdf:li>"), "dc:language in de XMP");
    }

    /// <summary>One H1, the cover title, first; heading levels never skip; the outline starts with the title, chapters under it.</summary>
    private static void AssertKoppen(Reader reader, string titel, Indeling indeling)
    {
        var koppen = reader.Koppen();
        Assert.That(koppen, Is.Not.Empty, "koppen in de structuurboom");
        if (koppen.Count == 0) return;
        Assert.That(koppen[0].Niveau, Is.EqualTo(1), "de eerste kop is een H1");
        Assert.That(koppen.Count(k => k.Niveau == 1), Is.EqualTo(1), "één H1: de titel op de omslag");
        for (var i = 1; i < koppen.Count; i++)
            Assert.That(koppen[i].Niveau, Is.LessThanOrEqualTo(koppen[i - 1].Niveau + 1),
                $"kop {i + 1} (H{koppen[i].Niveau}) slaat een niveau over na H{koppen[i - 1].Niveau}");

        var bladwijzers = reader.Bladwijzers();
        Assert.That(bladwijzers, Is.Not.Empty, "bladwijzers");
        if (bladwijzers.Count == 0) return;
        Assert.That(PdfReader.Normalize(bladwijzers[0].Titel), Is.EqualTo(titel), "de eerste bladwijzer is de titel");
        Assert.That(bladwijzers[0].Element, Is.EqualTo(koppen[0].Element), "de eerste bladwijzer wijst naar de H1");
        var hoofdstukken = bladwijzers[0].Kinderen.Select(k => PdfReader.Normalize(k.Titel)).ToList();
        Assert.That(hoofdstukken, Is.EqualTo(indeling.Alle.Where(k => k.Niveau == 1).Select(k => k.Tekst).Prepend("Inhoudsopgave")),
            "onder de titel: de inhoudsopgave en de hoofdstukken");
    }

    /// <summary>
    /// Every glyph is tagged or an artifact; the watermark, the running footer and the cover's band are artifacts, so no
    /// tagged text (what a screen reader reads) holds "CONCEPT" or "Pagina 2 van …".
    /// </summary>
    private static void AssertArtefacten(PdfDocument document, string naam, bool omslag = true)
    {
        var paginas = document.NumberOfPages;
        var getagd = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            var inhoud = page.GetMarkedContents();
            var artefact = Zonder(Alle(inhoud).Where(e => e.IsArtifact).SelectMany(e => e.Letters));
            var tekst = Zonder(Alle(inhoud).Where(e => !e.IsArtifact && e.MarkedContentIdentifier >= 0 && !BinnenArtefact(e, inhoud))
                .SelectMany(e => e.Letters));
            getagd.Append(tekst);
            var gemarkeerd = Alle(inhoud).SelectMany(e => e.Letters).ToHashSet(ReferenceEqualityComparer.Instance).Count;
            Assert.That(gemarkeerd, Is.EqualTo(page.Letters.Count), $"pagina {page.Number}: elke letter is getagd of een artefact");
            Assert.That(artefact, Does.Contain("CONCEPT"), $"pagina {page.Number}: het watermerk is een artefact");
            if (page.Number > 1)
                Assert.That(artefact, Does.Contain($"Pagina{page.Number}van{paginas}"), $"pagina {page.Number}: de voettekst is een artefact");
            Assert.That(tekst, Does.Not.Contain("CONCEPT"), $"pagina {page.Number}: geen watermerk in de getagde tekst");
            Assert.That(tekst, Does.Not.Contain($"Pagina{page.Number}van"), $"pagina {page.Number}: geen voettekst in de getagde tekst");
            var paden = Alle(inhoud).SelectMany(e => e.Paths).Where(Getekend).ToHashSet(ReferenceEqualityComparer.Instance).Count;
            Assert.That(paden, Is.EqualTo(page.Paths.Count(Getekend)), $"pagina {page.Number}: elke lijn en vlak is getagd of een artefact");
            if (omslag && page.Number == 1)
                Assert.That(Alle(inhoud).Where(e => e.IsArtifact).SelectMany(e => e.Paths).Any(p => p.IsFilled && p.GetBoundingRectangle() is { } r
                    && r.Width > page.Width * 0.99 && r.Top >= page.Height * 0.99), "omslag: de gekleurde band is een artefact");
        }
        Assert.That(getagd.ToString(), Does.Contain(naam.Replace(" ", "", StringComparison.Ordinal)), "de getagde tekst heeft de inhoud");
    }

    private static bool Getekend(UglyToad.PdfPig.Graphics.PdfPath p) => p.IsFilled || p.IsStroked;

    /// <summary>The letters' text without white space (Chromium draws some spaces, not all).</summary>
    private static string Zonder(IEnumerable<Letter> letters) => string.Concat(letters.Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)));

    private static IEnumerable<MarkedContentElement> Alle(IEnumerable<MarkedContentElement> lijst) => lijst.SelectMany(e => Alle(e.Children).Prepend(e));

    private static MarkedContentElement? Ouder(MarkedContentElement kind, IEnumerable<MarkedContentElement> lijst) =>
        Alle(lijst).FirstOrDefault(e => e.Children.Contains(kind));

    private static bool BinnenArtefact(MarkedContentElement e, IEnumerable<MarkedContentElement> lijst)
    {
        for (var o = Ouder(e, lijst); o is not null; o = Ouder(o, lijst)) if (o.IsArtifact) return true;
        return false;
    }

    /// <summary>Every link has a description (/Contents); an inhoudsopgave link names its heading and page.</summary>
    private static void AssertLinks(PdfDocument document, Indeling indeling)
    {
        var links = document.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.That(links, Has.Count.GreaterThanOrEqualTo(indeling.Alle.Count), "een link per regel van de inhoudsopgave");
        Assert.That(links.Where(l => string.IsNullOrWhiteSpace(l.Content)), Is.Empty, "elke link heeft een beschrijving (/Contents)");
        foreach (var kop in indeling.Alle)
            Assert.That(links.Any(l => l.Content is { } c && c.StartsWith($"Ga naar {kop.Tekst}, pagina ", StringComparison.Ordinal)),
                $"link naar '{kop.Tekst}' met beschrijving");
    }

    /// <summary>The roadmap legend tells status and doorbraak by sign and pattern too, not by colour alone.</summary>
    private static void AssertLegenda(PdfDocument document)
    {
        var tekst = PdfReader.Normalize(string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        Assert.That(tekst, Does.Contain("gearceerde balk: doorbraakproject"));
        Assert.That(tekst, Does.Contain("met vinkje, groen: gehaald").And.Contain("met uitroepteken, oranje: vertraagd")
            .And.Contain("met kruis, grijs: vervallen"));
    }

    private sealed record Kop(int Niveau, IndirectReference Element);

    private sealed record Bladwijzer(string Titel, IndirectReference? Element, IReadOnlyList<Bladwijzer> Kinderen);

    /// <summary>The low-level objects through PdfPig: the catalog, the structure tree's headings in order, the outline.</summary>
    private sealed class Reader(PdfDocument document)
    {
        private readonly UglyToad.PdfPig.Structure _structuur = document.Structure;

        public DictionaryToken Catalogus => _structuur.Catalog.CatalogDictionary;

        public IToken? Los(IToken? token) => token is IndirectReferenceToken r ? _structuur.GetObject(r.Data).Data : token;

        public DictionaryToken? Dict(DictionaryToken d, string sleutel) =>
            d.Data.TryGetValue(sleutel, out var t) ? Los(t) as DictionaryToken : null;

        public string? Tekst(DictionaryToken d, string sleutel) => d.Data.TryGetValue(sleutel, out var t) ? Tekst(Los(t)) : null;

        private static string? Tekst(IToken? t) => t switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            _ => null,
        };

        /// <summary>The H1…H6 structure elements in document order.</summary>
        public List<Kop> Koppen()
        {
            var koppen = new List<Kop>();
            if (Dict(Catalogus, "StructTreeRoot") is not { } wortel) return koppen;
            void Loop(IToken? k)
            {
                switch (k)
                {
                    case IndirectReferenceToken r when _structuur.GetObject(r.Data).Data is DictionaryToken d:
                        if (d.TryGet<NameToken>(NameToken.S, out var s) && s.Data.Length == 2 && s.Data[0] == 'H' && char.IsDigit(s.Data[1]))
                            koppen.Add(new Kop(s.Data[1] - '0', r.Data));
                        if (d.Data.TryGetValue("K", out var kinderen)) Loop(kinderen);
                        break;
                    case ArrayToken a:
                        foreach (var x in a.Data) Loop(x);
                        break;
                }
            }
            Loop(wortel.Data.GetValueOrDefault("K"));
            return koppen;
        }

        public List<Bladwijzer> Bladwijzers() =>
            Dict(Catalogus, "Outlines") is { } o && o.Data.TryGetValue("First", out var eerste) ? Reeks(eerste) : [];

        private List<Bladwijzer> Reeks(IToken? item)
        {
            var uit = new List<Bladwijzer>();
            while (Los(item) is DictionaryToken d)
            {
                var element = d.Data.GetValueOrDefault("SE") is IndirectReferenceToken se ? se.Data : (IndirectReference?)null;
                uit.Add(new(Tekst(d, "Title") ?? "", element, d.Data.TryGetValue("First", out var f) ? Reeks(f) : []));
                item = d.Data.GetValueOrDefault("Next");
            }
            return uit;
        }
    }
}
