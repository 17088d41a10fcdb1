using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents.Wijzigingen;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The optional appendix "wijzigingen ten opzichte van …" of a printed version, on a known pair of plans.</summary>
public class WijzigingenBijlageTests
{
    private static readonly PlanOpties Versie2 = new("versie 2", PlanStatus.TerBesluitvorming, new(2026, 11, 23));

    /// <summary>
    /// Version 1 is the small plan with inzet on one project; version 2 changes a streefwaarde and that inzet, adds a
    /// project and drops a basisvoorwaarde (the pair of the core's VergelijkTests, on the hand-built plan).
    /// </summary>
    private static (Plan.Programmaplan A, Plan.Programmaplan B) Paar()
    {
        var basis = KleinPlan.Create();
        var buurtkamers = basis.Projecten[0];
        Plan.Inzetregel Inzet(decimal euro) => new() { Partner = "Stichting Één Buurt", Jaar = 2026, Soort = "subsidie", Euro = euro, Uren = 120 };
        var a = basis with { Projecten = [buurtkamers with { Inzet = [Inzet(12_500m)] }, basis.Projecten[1]] };

        var speerpunt = a.Speerpunten[0];
        var doel = speerpunt.Doelstellingen[0];
        var b = a with
        {
            Speerpunten = [speerpunt with { Doelstellingen = [doel with { Streefwaarden = [doel.Streefwaarden[0], new() { Jaar = 2027, Waarde = 11.5m }] }] }],
            Projecten = [a.Projecten[0] with { Inzet = [Inzet(15_000m)] }, a.Projecten[1],
                a.Projecten[1] with { Id = 12, Naam = "Mantelzorgcafé", Doel = "Ontlasten van mantelzorgers" }],
            Basisvoorwaarden = [a.Basisvoorwaarden[0]],
        };
        return (a, b);
    }

    private static WijzigingenBijlage Bijlage(Plan.Programmaplan a, Plan.Programmaplan b) => new(new ComparePlanversies.Vergelijking
    {
        NummerA = 1, NummerB = 2, LabelA = "versie 1 (vastgesteld)", LabelB = "versie 2 (ter besluitvorming)",
        Speerpunten = Vergelijker.Speerpunten(a, b), Doelstellingen = Vergelijker.Doelstellingen(a, b),
        Projecten = Vergelijker.Projecten(a, b), Afspraken = Vergelijker.Afspraken(a, b),
    }, TenOpzichteVanPlanInWerking: true);

    [Category("Browser")]
    [Test]
    public async Task Pdf_WithWijzigingen_AppendixOnTheTocPageListsTheChanges()
    {
        Chromium.Require();
        var (a, b) = Paar();
        var bijlage = Bijlage(a, b);
        var pdf = await DocumentsSetup.Services.GetRequiredService<PlanPdf>().MaakAsync(b, Versie2, wijzigingen: bijlage);
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, "klein-wijzigingen.pdf"), pdf);
        var lezer = new PdfReader(pdf);
        var indeling = Indeling.Van(b, bijlage, null);

        PdfChecks.AssertInhoudsopgave(lezer, indeling); // every heading, the appendix and its four sections too
        PdfChecks.AssertVoettekst(lezer);
        var toc = lezer.Tekst(2).Split('\n').Single(r => r.StartsWith("Bijlage: wijzigingen ten opzichte van het plan in werking", StringComparison.Ordinal));
        var kop = lezer.PaginasMetRegel("Bijlage: wijzigingen", 16).Single(p => p > 2);
        Assert.That(int.Parse(toc.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(kop),
            "the inhoudsopgave names the appendix's page");
        Assert.That(kop, Is.GreaterThan(lezer.PaginasMetRegel(indeling.Ondertekening.Tekst, 16).Last()), "the appendix follows the signature page");

        // Line by line: the CONCEPT watermark's letters stand on lines of their own, between the lines of the text.
        var regels = Enumerable.Range(kop, lezer.Paginas - kop + 1).SelectMany(lezer.Regels).Select(r => PdfReader.Normalize(string.Join(" ", r))).ToList();
        Assert.That(regels, Has.Some.EqualTo("Totaal 1 2 1"), "counts: one added, two changed, one removed");
        Assert.That(regels, Has.Some.EqualTo("Speerpunten 0 0 0"));
        Assert.That(regels, Has.Some.EqualTo("Geen wijzigingen."), "speerpunten did not change");
        Assert.That(regels, Has.Some.EqualTo("gewijzigd Doelstelling: Minder eenzaamheid onder ouderen"));
        Assert.That(regels, Has.Some.EqualTo("Streefwaarde 2027 12 11,5"), "the target, was and wordt");
        Assert.That(regels, Has.Some.EqualTo("gewijzigd Project: Buurtkamers in elke wijk"));
        Assert.That(regels, Has.Some.Contains("Inzet Stichting Één").And.Some.Contains("€ 12.500,00; 120 uur € 15.000,00; 120 uur"),
            "the inzet, was and wordt");
        Assert.That(regels, Has.Some.EqualTo("toegevoegd Project: Mantelzorgcafé"));
        Assert.That(regels, Has.Some.EqualTo("verwijderd Basisvoorwaarde: We beginnen klein en denken groot"));
        Assert.That(string.Join(" ", regels),
            Does.Contain("Deze bijlage laat zien wat versie 2 verandert ten opzichte van versie 1 (vastgesteld), het plan in werking."));
    }

    [Category("Browser")]
    [Test]
    public async Task Pdf_SampleWithManyChanges_AppendixOverSeveralPagesStillInTheToc()
    {
        Chromium.Require();
        var a = await Samples.PlanAsync("samen-noord.json");
        var eerste = a.Speerpunten[0];
        var b = a with
        {
            Speerpunten = [eerste with { Analyse = eerste.Analyse
                + "\n\nNa de bijeenkomst van maart: de wachtlijsten zijn langer dan gedacht, vooral voor jongeren." },
                .. a.Speerpunten.Select(s => s with { Doelstellingen = [.. s.Doelstellingen.Select(d => d with
                    { Streefwaarden = [.. d.Streefwaarden.Select(w => w with { Waarde = w.Waarde + 1 })] })] }).Skip(1)],
            Projecten = [.. a.Projecten.SkipLast(1).Select(p => p with { Inzet = [.. p.Inzet.Select(i => i with { Euro = i.Euro + 1_000m })] }),
                a.Projecten[0] with { Id = 9_999, Naam = "Jongerenwerk op straat" }],
            Organen = [.. a.Organen.Select((o, i) => i == 0 ? o with { Mandaat = o.Mandaat + " Besluit ook over de inzet van reserves." } : o)],
        };
        var bijlage = Bijlage(a, b) with { TenOpzichteVanPlanInWerking = false };
        var pdf = await DocumentsSetup.Services.GetRequiredService<PlanPdf>().MaakAsync(b, Versie2, wijzigingen: bijlage);
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, "samen-noord-wijzigingen.pdf"), pdf);
        await File.WriteAllTextAsync(Path.Combine(DocumentsSetup.Uitvoer, "samen-noord-wijzigingen.html"),
            await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(b, Versie2, wijzigingen: bijlage));
        var lezer = new PdfReader(pdf);

        PdfChecks.AssertInhoudsopgave(lezer, Indeling.Van(b, bijlage, null));
        PdfChecks.AssertVoettekst(lezer);
        var kop = lezer.PaginasMetRegel("Bijlage: wijzigingen ten opzichte van versie 1", 16).Single(p => p > 2);
        Assert.That(lezer.Paginas - kop, Is.GreaterThan(0), "a long appendix runs over more than one page");
        var tekst = string.Join(" ", Enumerable.Range(kop, lezer.Paginas - kop + 1).Select(lezer.Woorden));
        Assert.That(tekst, Does.Contain("Jongerenwerk op straat").And.Contain(a.Projecten[^1].Naam).And.Contain("inzet van reserves"));
    }

    [Test]
    public void Docx_WithWijzigingen_ValidWithTheAppendixHeadings()
    {
        var (a, b) = Paar();
        var bijlage = Bijlage(a, b);
        var docx = Docx.PlanDocx.Maak(b, Versie2, wijzigingen: bijlage);
        File.WriteAllBytes(Path.Combine(DocumentsSetup.Uitvoer, "klein-wijzigingen.docx"), docx);

        DocxChecks.AssertValid(docx, Indeling.Van(b, bijlage, null));
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        var tekst = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.That(tekst, Does.Contain("Bijlage: wijzigingen ten opzichte van het plan in werking")
            .And.Contain("Gewijzigd · Doelstelling: Minder eenzaamheid onder ouderen").And.Contain("Streefwaarde 2027").And.Contain("11,5")
            .And.Contain("Toegevoegd · Project: Mantelzorgcafé").And.Contain("Verwijderd · Basisvoorwaarde: We beginnen klein en denken groot"));
    }

    [Category("Browser")]
    [Test]
    public async Task Pdf_BothAppendices_EachListedInTheTocOnItsPage_DocxToo()
    {
        Chromium.Require();
        var (a, b) = Paar();
        var wijzigingen = Bijlage(a, b);
        var herkomst = new Verslag.PlanBijlage(new Core.Bijeenkomsten.GetPlanHerkomst.PlanHerkomst
        {
            Sessies = [new() { Id = 1, Soort = "dialoogtafel", Titel = "Startbijeenkomst", Datum = new(2026, 3, 12), Partners = 2, Bijdragen = 5,
                Overgenomen = 3 }],
            Elementen = [new() { Soort = "project", Id = 12, Naam = "Mantelzorgcafé", Bijdragen =
                [new() { Tekst = "Een plek waar mantelzorgers elkaar treffen", Partner = "Woonstichting Noordëlijk", Bijeenkomst = "Startbijeenkomst",
                    Datum = new(2026, 3, 12) }] }],
        }, new Core.Prioritering.GetPrioritering.Prioritering());
        var indeling = Indeling.Van(b, wijzigingen, herkomst);

        var bytes = await DocumentsSetup.Services.GetRequiredService<PlanPdf>().MaakAsync(b, Versie2, bijlage: herkomst, wijzigingen: wijzigingen);
        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, "klein-twee-bijlagen.pdf"), bytes);
        var pdf = new PdfReader(bytes);
        var docx = Docx.PlanDocx.Maak(b, Versie2, herkomst, wijzigingen);

        Assert.That(indeling.Bijlagen.Select(x => x.Kop.Tekst), Is.EqualTo(new[] { wijzigingen.Titel, Verslag.PlanBijlage.Titel }),
            "what changed first, then the herkomst");
        Assert.That(indeling.Bijlagen[1].Secties.Select(k => k.Titel), Is.EqualTo(new[] { "Bijeenkomsten", "Komt voort uit" }));
        PdfChecks.AssertInhoudsopgave(pdf, indeling);
        DocxChecks.AssertValid(docx, indeling);
    }

    [Test]
    public async Task Html_FirstVersionOrNothingChanged_AppendixSaysSoPlainly()
    {
        var (a, _) = Paar();
        var html = DocumentsSetup.Services.GetRequiredService<PlanHtml>();

        var eerste = await html.RenderAsync(a, Versie2 with { Versie = "versie 1" }, wijzigingen: new WijzigingenBijlage(null));
        var gelijk = await html.RenderAsync(a, Versie2, wijzigingen: Bijlage(a, a) with { TenOpzichteVanPlanInWerking = false });
        var zonder = await html.RenderAsync(a, Versie2);

        Assert.That(eerste, Does.Contain("<span class=\"titel\">Bijlage: wijzigingen</span>").And.Contain("er is geen eerdere versie om mee te vergelijken"));
        Assert.That(gelijk, Does.Contain("Bijlage: wijzigingen ten opzichte van versie 1")
            .And.Contain("Versie 2 is inhoudelijk gelijk aan versie 1 (vastgesteld): er is niets toegevoegd, verwijderd of gewijzigd.")
            .And.Not.Contain("class=\"wijzigingen\""));
        Assert.That(zonder, Does.Not.Contain("Bijlage"), "without the choice the plan has no appendix");
    }

    [Test]
    public void HerkomstBijlage_WhileAPrioriteringRoundIsOpen_PrintsNoInterimRanking()
    {
        var project = new Core.Prioritering.GetPrioritering.Kandidaat { Id = 1, Naam = "Mantelzorgcafé" };
        var gescoord = new Core.Prioritering.GetPrioritering.Prioritering
        {
            Criteria = [new() { Id = 1, Naam = "Impact", Gewicht = 1 }],
            Ranking = [new(1, project, 4m, 1, 0m, 0m, [])],
        };
        Verslag.PlanBijlage Bijlage(Core.Prioritering.Scorerecht.Ronde? ronde) => new(new(), gescoord with { Ronde = ronde });

        Assert.That(Bijlage(null).HeeftRanking, Is.True, "scored without a round: printed as before");
        Assert.That(Bijlage(new() { Open = false }).HeeftRanking, Is.True, "after the round closed");
        Assert.That(Bijlage(new() { Open = true }).HeeftRanking, Is.False, "while partners still score, nobody sees a ranking");
    }
}
