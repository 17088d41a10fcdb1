using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>The voortgangsrapportage the boards receive: frozen, approved by every board, compared with last year's.</summary>
[Category("Browser")]
public class VoortgangsversieBrowserTests
{
    [Test]
    public async Task FreezeApproveAndCompare_2018VastgesteldOnPaper_2019ApprovedInTheApp_ComparedWith2018()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();

        // 2018: the facilitator freezes the report and records every board's approval given on paper.
        await FreezeAsync(page, app, 2018, "Voor de bestuursvergaderingen van maart");
        await Expect(page.GetByTestId("versie-status")).ToHaveTextAsync("ter besluitvorming");
        await Expect(page.GetByTestId("vorig-jaar")).ToContainTextAsync("Over 2017 is geen voortgangsrapportage vastgelegd");
        var partners = await page.GetByTestId("partner-besluiten").Locator("tbody tr").CountAsync();
        Assert.That(partners, Is.EqualTo(9));
        for (var i = 1; i <= partners; i++)
        {
            await page.GetByTestId("papier-vastleggen").ClickAsync();
            await Expect(page.GetByText($"{i} van {partners} partners akkoord")).ToBeVisibleAsync();
        }
        await Expect(page.GetByTestId("versie-status")).ToHaveTextAsync("vastgesteld");
        await Expect(page.GetByTestId("papier-vastleggen")).ToHaveCountAsync(0);
        // Both copies kept: the one the boards received at freezing, the vastgesteld one after the last approval.
        await Expect(page.GetByTestId("document-pdf-vastgesteld")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("document-docx-ter-besluitvorming")).ToBeVisibleAsync();

        // 2019: frozen too; the page compares it with 2018 as the boards adopted it.
        await FreezeAsync(page, app, 2019, "");
        var vergelijking = page.GetByTestId("vorig-jaar");
        await Expect(vergelijking).ToContainTextAsync("Vergeleken met versie 1 van de voortgangsrapportage 2018 (vastgesteld).");
        var kinderen = vergelijking.Locator("[data-naam='Meer kinderen doen mee aan naschoolse activiteiten']");
        await Expect(kinderen.GetByTestId("stand-chip")).ToHaveTextAsync(["behaald", "op koers"]);
        await Expect(kinderen).ToContainTextAsync("2.150 kinderen");
        await Expect(vergelijking.GetByTestId("vergelijking-projecten")).ToContainTextAsync("vertraagd");
        await page.ScreenshotAsync("voortgangsversie");
        await page.AssertAccessibleAsync();

        // The version's documents come from its snapshot, with its own status and no CONCEPT watermark: the kept copy.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("voortgangsversie-pdf").ClickAsync(), new() { Timeout = 60_000 });
        Assert.That(download.SuggestedFilename, Is.EqualTo("Voortgangsrapportage 2019 Samen Noord versie 1.pdf"));
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            var tekst = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.That(tekst, Does.Contain("ter besluitvorming").And.Contain("Besluitvorming").And.Not.Contain("CONCEPT"));
            Assert.That(pdf.Information.Subject, Is.EqualTo("ter besluitvorming"));
        }

        // The bestuurder of the first partner approves 2019 in the app, for their own partner only.
        var bestuurder = await BrowserFixture.NewPageAsync();
        await bestuurder.OpenAsync(app, $"/programmas/{SamenNoord}/voortgang/2019/versies/1", Demo.Bestuurder);
        var formulier = bestuurder.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Uw besluit namens ") });
        await Expect(formulier).ToHaveCountAsync(1);
        var namens = (await formulier.TextContentAsync())!["Uw besluit namens ".Length..];
        await bestuurder.GetByLabel("Opmerking (niet verplicht)").FillAsync("Akkoord, met dank aan de partners");
        await bestuurder.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        var bevestig = bestuurder.GetByRole(AriaRole.Dialog);
        await Expect(bevestig).ToContainTextAsync($"Versie 1 van de voortgangsrapportage 2019 goedkeuren namens {namens}?");
        await bevestig.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Expect(bestuurder.GetByText($"Goedgekeurd namens {namens}.")).ToBeVisibleAsync();
        await Expect(bestuurder.GetByText($"1 van {partners} partners akkoord")).ToBeVisibleAsync();
        await Expect(bestuurder.GetByTestId("partner-besluiten").Locator("tr", new() { HasText = namens }))
            .ToContainTextAsync("Akkoord, met dank aan de partners");
        await Expect(bestuurder.GetByTestId("papier-vastleggen")).ToHaveCountAsync(0, new() { Timeout = 1 }); // not a facilitator

        // The report page lists the version with its state.
        await page.OpenAsync(app, $"/programmas/{SamenNoord}/voortgang?jaar=2019");
        await Expect(page.GetByTestId("voortgangsversie-1")).ToContainTextAsync("1 van 9 partners akkoord");
        // And the dashboard says where the year's report stands with the boards.
        await page.OpenAsync(app, $"/programmas/{SamenNoord}");
        await Expect(page.GetByTestId("dashboard-voortgangsversie"))
            .ToHaveTextAsync(new Regex(@"Voortgangsrapportage 2019, versie 1\s*: ter besluitvorming · 1 van 9 partners akkoord"));
    }

    [Test]
    public async Task TheLiveReport_CannotBeMadeToLookFrozen_AndAnUnknownVersionIsNotFound()
    {
        await using var app = await AppProcess.StartAsync();
        using var http = await app.ClientAsync();

        var live = await http.GetStringAsync($"/programmas/{SamenNoord}/voortgang/2019/rapportage.html?nummer=1&status=vastgesteld");
        var onbekend = await http.GetAsync($"/programmas/{SamenNoord}/voortgang/2019/versies/7/rapportage.pdf");

        Assert.That(live, Does.Contain("Status: concept; deze voortgangsrapportage is nog niet vastgesteld.").And.Contain(">CONCEPT<"));
        Assert.That((int)onbekend.StatusCode, Is.EqualTo(404));
        Assert.That(await onbekend.Content.ReadAsStringAsync(), Does.Contain("Versie 7 van de voortgangsrapportage 2019 bestaat niet."));
    }

    private static async Task FreezeAsync(IPage page, AppProcess app, int jaar, string toelichting)
    {
        await page.OpenAsync(app, $"/programmas/{SamenNoord}/voortgang?jaar={jaar}");
        await page.GetByLabel("Toelichting bij deze versie").FillAsync(toelichting);
        await page.GetByTestId("voortgang-vastleggen").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/voortgang/{jaar}/versies/1$"));
        await Expect(page.GetByText("Voortgangsrapportage vastgelegd en ter besluitvorming gelegd.")).ToBeVisibleAsync();
    }
}
