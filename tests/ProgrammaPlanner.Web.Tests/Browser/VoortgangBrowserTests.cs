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

        await page.OpenAsync(app, $"/programmas/{SamenNoord}/voortgang?jaar=2019");
        var voorbeeld = page.FrameLocator("[data-testid=voortgang-voorbeeld]");
        await Expect(voorbeeld.GetByRole(AriaRole.Heading, new() { Name = "Voortgangsrapportage 2019" })).ToBeVisibleAsync();
        await Expect(voorbeeld.GetByRole(AriaRole.Heading, new() { Name = "Voor de volgende dialoogtafel" })).ToBeVisibleAsync();
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
