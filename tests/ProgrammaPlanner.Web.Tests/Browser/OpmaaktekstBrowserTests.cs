using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Prose on the app's own pages is shown with the small markup the plan prints it with: no **, - or [..](..) shown literally.</summary>
[Category("Browser")]
public class OpmaaktekstBrowserTests
{
    [SetUp]
    public void WaitLonger() => SetDefaultExpectTimeout(15_000);

    [Test]
    public async Task SpeerpuntAnalyse_AndOrgaanMandaat_BoldItalicListsAndLinks_AsInThePlan()
    {
        await using var app = await AppProcess.StartAsync();
        var speerpunten = new SpeerpuntenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await speerpunten.OpenAsync();

        await speerpunten.AddAsync("Digitale inclusie",
            "Veel **ouderen** zijn *offline*.\n\n- eerste punt\n- tweede punt\n\nZie [de wijkmonitor](https://example.org/monitor).");
        var kaart = speerpunten.Card("Digitale inclusie").GetByTestId("speerpunt-analyse");
        await Expect(kaart.Locator("strong")).ToHaveTextAsync("ouderen");
        await Expect(kaart.Locator("em")).ToHaveTextAsync("offline");
        await Expect(kaart.Locator("li")).ToHaveTextAsync(["eerste punt", "tweede punt"]);
        await Expect(kaart.GetByRole(AriaRole.Link, new() { Name = "de wijkmonitor" })).ToHaveAttributeAsync("href", "https://example.org/monitor");
        await Expect(kaart).Not.ToContainTextAsync("**");
        await Expect(kaart).Not.ToContainTextAsync("](");
        await kaart.ScrollIntoViewIfNeededAsync();
        await speerpunten.Page.ScreenshotAsync("speerpunt-opmaaktekst");

        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/samenwerking", "Samenwerking");
        await page.GetByRole(AriaRole.Button, new() { Name = "Orgaan toevoegen" }).ClickAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Klankbordgroep bewoners");
        await page.GetByLabel("Mandaat").FillAsync("Adviseert **gevraagd en ongevraagd** over:\n1. de koers\n2. het budget");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        var mandaat = page.GetByTestId("orgaan").Filter(new() { HasText = "Klankbordgroep bewoners" }).GetByTestId("orgaan-mandaat");
        await Expect(mandaat.Locator("strong").Last).ToHaveTextAsync("gevraagd en ongevraagd");
        await Expect(mandaat.Locator("ol li")).ToHaveTextAsync(["de koers", "het budget"]);
        await Expect(mandaat).Not.ToContainTextAsync("**");
        await mandaat.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("orgaan-opmaaktekst");
        await page.AssertAccessibleAsync();
    }
}
