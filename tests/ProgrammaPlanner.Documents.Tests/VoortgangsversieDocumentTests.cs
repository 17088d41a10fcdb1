using DocumentFormat.OpenXml.Packaging;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Voortgang;
using ProgrammaPlanner.Documents.Voortgang;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>A frozen voortgangsrapportage prints its own status and decisions; only the live report is a concept.</summary>
public class VoortgangsversieDocumentTests
{
    private static readonly Versie TerBesluitvorming = new()
    {
        Nummer = 2, Status = PlanversieStatus.TerBesluitvorming, VastgelegdOp = new(2020, 2, 10, 9, 0, 0, TimeSpan.Zero), VastgelegdDoor = "Bea Beheer",
        Toelichting = "Voor de besturen", Hash = new string('a', 64),
        Partners =
        [
            new() { PartnerId = 1, Naam = "Civic Amsterdam", BestuurderNaam = "Marloes Visser", Besluit = Besluit.Goedgekeurd,
                Wijze = BesluitWijze.OpPapier, Door = "Marloes Visser", Datum = new(2020, 3, 2), Opmerking = "Getekend" },
            new() { PartnerId = 2, Naam = "Stichting DOCK", BestuurderNaam = "Pieter van Dam" },
        ],
    };

    [Test]
    public async Task TerBesluitvorming_BannerPrintedNoWatermark_DecisionsAndFingerprint_InHtmlAndDocx()
    {
        var r = await RapportageAsync();
        var html = await RenderAsync(r, TerBesluitvorming);
        var docx = Tekst(VoortgangDocx.Maak(r, TerBesluitvorming));

        foreach (var tekst in new[] { html, docx })
        {
            Assert.That(tekst, Does.Contain("Status: ter besluitvorming (versie 2, vastgelegd op 10 februari 2020)"));
            Assert.That(tekst, Does.Contain("Versie 2 · ter besluitvorming"));
            Assert.That(tekst, Does.Contain("Besluitvorming").And.Contain("goedgekeurd op 2 maart 2020 op papier door Marloes Visser: Getekend")
                .And.Contain("nog geen besluit").And.Contain(new string('a', 64)));
            Assert.That(tekst, Does.Not.Contain("concept"));
        }
        Assert.That(html, Does.Not.Contain("class=\"watermerk\""));
        Assert.That(html, Does.Contain("class=\"banner gedrukt\""), "without a watermark the banner is printed");
    }

    [Test]
    public async Task EachState_ItsOwnMarking_TheLiveReportIsAlwaysAConcept()
    {
        var r = await RapportageAsync();
        var vastgesteld = TerBesluitvorming with { Status = PlanversieStatus.Vastgesteld, BeslotenOp = new(2020, 3, 9) };
        var vervangen = TerBesluitvorming with { Status = PlanversieStatus.Vervangen, VervangenDoor = 3 };

        var concept = await RenderAsync(r, null);
        var vast = await RenderAsync(r, vastgesteld);
        var oud = await RenderAsync(r, vervangen);

        Assert.That(concept, Does.Contain(">CONCEPT<").And.Contain("Status: concept;").And.Not.Contain("Besluitvorming"));
        Assert.That(vast, Does.Contain("Versie 2 · vastgesteld op 9 maart 2020").And.Not.Contain("class=\"watermerk\"").And.Not.Contain("class=\"banner"));
        Assert.That(oud, Does.Contain(">VERVANGEN<").And.Contain("Status: vervangen door versie 3; deze versie geldt niet meer."));
    }

    [Test]
    [Category("Browser")] // the charts are drawn by Chromium
    public async Task Docx_EveryChartIsAPicture_WithItsDescriptionAsAltText()
    {
        Chromium.Require();
        var id = await Samples.IdAsync("samen-noord.json");
        using var scope = DocumentsSetup.Services.CreateScope();

        var docx = await scope.ServiceProvider.GetRequiredService<VoortgangExport>().DocxAsync(id, 2019);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx.Inhoud), false);
        var main = document.MainDocumentPart!;
        var beschrijvingen = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()
            .Select(d => d.Description?.Value).ToList();
        Assert.That(main.ImageParts.Count(), Is.EqualTo(8), "one chart per doelstelling of Samen Noord");
        Assert.That(beschrijvingen, Has.Count.EqualTo(8).And.Some.Contains("Realisaties 2018: 2.150 kinderen, 2019: 2.380 kinderen."));
        foreach (var part in main.ImageParts)
        {
            using var stream = part.GetStream();
            var kop = new byte[8];
            stream.ReadExactly(kop);
            Assert.That(kop, Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), "a real PNG");
        }
    }

    [Test]
    public async Task BesluitenEnPlanwijzigingen_OfTheYear_InHtmlAndDocx_OrSaidThatThereWereNone()
    {
        var r = await RapportageAsync() with
        {
            Besluiten = [new() { Datum = new(2019, 3, 12), Bijeenkomst = "Werkbijeenkomst maart", Tekst = "Huiskamers van Noord gaan door" }],
            Planwijzigingen =
            [
                new() { Nummer = 3, Status = PlanversieStatus.Vastgesteld, VastgelegdOp = new(2018, 12, 1), BeslotenOp = new(2019, 1, 15),
                    Toelichting = "Bijgesteld na de dialoogtafel" },
            ],
        };
        var html = System.Text.RegularExpressions.Regex.Replace(await RenderAsync(r, null), "<[^>]+>", ""); // the text a reader sees
        var docx = Tekst(VoortgangDocx.Maak(r, null));
        foreach (var tekst in new[] { html, docx })
        {
            Assert.That(tekst, Does.Contain("Besluiten en planwijzigingen in 2019"));
            Assert.That(tekst, Does.Contain("Huiskamers van Noord gaan door (Werkbijeenkomst maart, 12 maart 2019)"));
            Assert.That(tekst, Does.Contain("Versie 3 vastgelegd op 1 december 2018, vastgesteld op 15 januari 2019: Bijgesteld na de dialoogtafel"));
            Assert.That(tekst, Does.Not.Contain("Geen besluiten of planwijzigingen"));
        }

        var leeg = r with { Besluiten = [], Planwijzigingen = [] };
        Assert.That(await RenderAsync(leeg, null), Does.Contain("Geen besluiten of planwijzigingen vastgelegd in 2019."));
        Assert.That(Tekst(VoortgangDocx.Maak(leeg, null)), Does.Contain("Geen besluiten of planwijzigingen vastgelegd in 2019."));
    }

    private static async Task<GetVoortgangsrapportage.Rapportage> RapportageAsync()
    {
        var id = await Samples.IdAsync("samen-noord.json");
        using var scope = DocumentsSetup.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetVoortgangsrapportage.Query(id, 2019));
    }

    /// <summary>The document's HTML with entities decoded (the renderer writes "·" as an entity), to compare with the DOCX text.</summary>
    private static async Task<string> RenderAsync(GetVoortgangsrapportage.Rapportage r, Versie? versie)
    {
        await using var scope = DocumentsSetup.Services.CreateAsyncScope();
        await using var renderer = new Microsoft.AspNetCore.Components.Web.HtmlRenderer(scope.ServiceProvider,
            scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<VoortgangDocument>(Microsoft.AspNetCore.Components.ParameterView.FromDictionary(
                new Dictionary<string, object?> { [nameof(VoortgangDocument.Rapportage)] = r, [nameof(VoortgangDocument.Versie)] = versie })))
            .ToHtmlString());
        return System.Net.WebUtility.HtmlDecode(html);
    }

    private static string Tekst(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText));
    }
}
