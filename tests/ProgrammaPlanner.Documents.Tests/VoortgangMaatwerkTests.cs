using DocumentFormat.OpenXml.Packaging;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Maatwerk;
using ProgrammaPlanner.Core.Voortgang;
using ProgrammaPlanner.Documents.Voortgang;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The section "Maatwerkbudget en regelruimte" prints per Verbondsgroep, with amounts for the boards, and only when there is maatwerk.</summary>
public class VoortgangMaatwerkTests
{
    private static readonly Maatwerkverslag Verslag = new()
    {
        Groepen =
        [
            new() { Naam = "Verbondsgroep Noord", Maatwerkbudget = 25_000m, BesteedInJaar = 3_750.50m, BesteedTotaal = 6_000m, CasussenInJaar = 3,
                CasussenTotaal = 5, Regels = ["Kostendelersnorm", "Wachttijd schuldhulpverlening"] },
            new() { Naam = "Verbondsgroep Zuidoost", CasussenInJaar = 1, CasussenTotaal = 1, BesteedInJaar = 0, BesteedTotaal = 0 },
        ],
    };

    [Test]
    public async Task WithMaatwerk_SectionPerGroup_BudgetSpentAndRules_InHtmlAndDocx()
    {
        var r = await RapportageAsync() with { Maatwerk = Verslag };
        var html = System.Text.RegularExpressions.Regex.Replace(await RenderAsync(r), "<[^>]+>", " ");
        var docx = Tekst(VoortgangDocx.Maak(r, null));

        foreach (var tekst in new[] { html, docx })
        {
            Assert.That(tekst, Does.Contain("Maatwerkbudget en regelruimte"));
            Assert.That(tekst, Does.Contain("Verbondsgroep Noord").And.Contain("€\u00A025.000,00").And.Contain("€\u00A03.750,50")
                .And.Contain("€\u00A06.000,00").And.Contain("€\u00A019.000,00").And.Contain("3 (5)"));
            Assert.That(tekst, Does.Contain("Verbondsgroep Noord: Kostendelersnorm; Wachttijd schuldhulpverlening"));
            Assert.That(tekst, Does.Contain("Verbondsgroep Zuidoost").And.Contain("geen"));
        }
    }

    [Test]
    public async Task AmountsHidden_OnlyCountsAndRules_WithTheReason()
    {
        var r = await RapportageAsync() with { Maatwerk = Verslag.ZonderBedragen() };
        var html = await RenderAsync(r);
        var docx = Tekst(VoortgangDocx.Maak(r, null));

        foreach (var tekst in new[] { html, docx })
        {
            Assert.That(tekst, Does.Contain("Verbondsgroep Noord").And.Contain(VoortgangMaatwerk.Verborgen).And.Contain("Kostendelersnorm"));
            Assert.That(tekst, Does.Not.Contain("25.000").And.Not.Contain("3.750"));
        }
    }

    [Test]
    public async Task WithoutMaatwerk_NoSection()
    {
        var r = await RapportageAsync();

        Assert.That(r.Maatwerk, Is.Null, "the sample has no maatwerk");
        Assert.That(await RenderAsync(r), Does.Not.Contain("Maatwerkbudget"));
        Assert.That(Tekst(VoortgangDocx.Maak(r, null)), Does.Not.Contain("Maatwerkbudget"));
    }

    private static async Task<GetVoortgangsrapportage.Rapportage> RapportageAsync()
    {
        var id = await Samples.IdAsync("samen-noord.json");
        using var scope = DocumentsSetup.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetVoortgangsrapportage.Query(id, 2019));
    }

    private static async Task<string> RenderAsync(GetVoortgangsrapportage.Rapportage r)
    {
        await using var scope = DocumentsSetup.Services.CreateAsyncScope();
        await using var renderer = new Microsoft.AspNetCore.Components.Web.HtmlRenderer(scope.ServiceProvider,
            scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<VoortgangDocument>(Microsoft.AspNetCore.Components.ParameterView.FromDictionary(
                new Dictionary<string, object?> { [nameof(VoortgangDocument.Rapportage)] = r })))
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
