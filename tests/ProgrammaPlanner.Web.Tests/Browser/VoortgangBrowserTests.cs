using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class VoortgangBrowserTests
{
    [Test]
    public async Task Voortgangsrapportage_PreviewPdfDocx_ThenTheNextDialoogtafelStartsFromIt()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();

        // Without a year the page shows the latest reported year; each round links to its report.
        await page.OpenAsync(app, $"/programmas/{SamenNoord}/voortgang");
        var voorbeeld = page.FrameLocator("[data-testid=voortgang-voorbeeld]");
        await Expect(voorbeeld.GetByRole(AriaRole.Heading, new() { Name = "Voortgangsrapportage 2019" })).ToBeVisibleAsync();
        await page.OpenAsync(app, $"/programmas/{SamenNoord}/rapportages");
        await page.GetByTestId("ronde-2018").GetByTestId("voortgangsrapportage-link").ClickAsync();
        await Expect(voorbeeld.GetByRole(AriaRole.Heading, new() { Name = "Voortgangsrapportage 2018" })).ToBeVisibleAsync();
        await page.GetByTestId("voortgang-jaar").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2019" }).ClickAsync();
        await Expect(voorbeeld.GetByRole(AriaRole.Heading, new() { Name = "Voortgangsrapportage 2019" })).ToBeVisibleAsync();

        // The stand with last year's next to it, and what the next table should take up.
        await Expect(voorbeeld.GetByRole(AriaRole.Heading, new() { Name = "Stand per speerpunt en doelstelling" })).ToBeVisibleAsync();
        await Expect(voorbeeld.GetByText("2.380 kinderen is minder dan streefwaarde 2.400 kinderen (hoger is beter), binnen 10%: op koers."))
            .ToBeVisibleAsync();
        await Expect(voorbeeld.GetByText("Project 'Geldzorgen de baas' is vertraagd", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(voorbeeld.GetByText("Alle 9 partners hebben over 2019 gerapporteerd en hun rapportage is geaccepteerd.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("voortgangsrapportage");
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("voortgang-pdf").ClickAsync(), new() { Timeout = 60_000 });
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.That(download.SuggestedFilename, Is.EqualTo("Voortgangsrapportage 2019 Samen Noord.pdf"));
        using (var pdf = PdfDocument.Open(bytes))
        {
            var tekst = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.That(tekst, Does.Contain("Voortgangsrapportage").And.Contain("Begroot").And.Contain("besteed"));
        }
        var docx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("voortgang-docx").ClickAsync(), new() { Timeout = 60_000 });
        Assert.That(docx.SuggestedFilename, Is.EqualTo("Voortgangsrapportage 2019 Samen Noord.docx"));

        // Back to the table: the next dialoogtafel starts with the report's points on its agenda.
        await page.GetByTestId("volgende-dialoogtafel").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/bijeenkomsten/nieuw\?voortgang=2019$"));
        await Expect(page.GetByLabel("Titel")).ToHaveValueAsync("Dialoogtafel na de voortgangsrapportage 2019");
        await Expect(page.GetByLabel("Agenda")).ToHaveValueAsync(new Regex("De voortgangsrapportage 2019 in het kort"));
        await Expect(page.GetByLabel("Agenda")).ToHaveValueAsync(new Regex("Project 'Geldzorgen de baas' is vertraagd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/bijeenkomsten/\d+$"));
        await Expect(page.GetByText("Wat passen we aan in het programmaplan voor 2020?")).ToBeVisibleAsync();
    }

    [Test]
    public async Task AYearOutsideTheProgramme_DutchMessage_NoFile()
    {
        await using var app = await AppProcess.StartAsync();
        using var http = await app.ClientAsync();

        var antwoord = await http.GetAsync($"/programmas/{SamenNoord}/voortgang/2031/rapportage.pdf");

        Assert.That((int)antwoord.StatusCode, Is.EqualTo(404));
        Assert.That(await antwoord.Content.ReadAsStringAsync(), Does.Contain("Er is geen voortgangsrapportage over 2031"));
    }
}
