using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class StandBrowserTests
{
    private const string Kinderen = "Meer kinderen doen mee aan naschoolse activiteiten";
    private const string OpKoers2019 = "2.380 kinderen is minder dan streefwaarde 2.400 kinderen (hoger is beter), binnen 10%: op koers.";

    [Test]
    public async Task Stand_SamenNoord_DashboardStandPageAndChartShowStatusWithTheRule()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");

        // Dashboard: per speerpunt a roll-up, per doelstelling its status with the latest realisatie against the target.
        var blok = page.GetByTestId("dashboard-stand");
        await Expect(blok.GetByRole(AriaRole.Heading, new() { Name = "Stand van de doelstellingen in 2020" })).ToBeVisibleAsync();
        Assert.That(await blok.GetByTestId("stand-speerpunt").CountAsync(), Is.EqualTo(4));
        var kinderen = blok.Locator($"[data-testid=stand-doelstelling][data-naam='{Kinderen}']");
        await Expect(kinderen.GetByTestId("stand-chip")).ToHaveTextAsync("op koers");
        await Expect(kinderen.GetByTestId("stand-chip")).ToHaveAttributeAsync("title", OpKoers2019);
        await Expect(kinderen).ToContainTextAsync("2019: 2.380 kinderen, streefwaarde 2.400 kinderen");
        await Expect(blok.GetByTestId("stand-telling").First).ToContainTextAsync("Speerpunt: op koers");
        await page.ScreenshotAsync("stand-dashboard");
        await page.AssertAccessibleAsync();

        // The stand page: every year with the rule in words (not only on hover); another year changes the stand.
        await page.GetByRole(AriaRole.Link, new() { Name = "Stand", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Stand", Level = 1 }).WaitForAsync();
        var doel = page.Locator($"[data-testid=stand-doelstelling][data-naam='{Kinderen}']");
        await Expect(doel.Locator("[data-testid=stand-jaar-rij][data-jaar='2019'] [data-testid=stand-regel]")).ToHaveTextAsync(OpKoers2019);
        await Expect(doel.Locator("[data-testid=stand-jaar-rij][data-jaar='2018'] [data-testid=stand-chip]")).ToHaveTextAsync("behaald");
        await Expect(doel.GetByTestId("stand-wijk-rij").Filter(new() { HasText = "Oud-Noord" }).First).ToContainTextAsync("deel van totaal");
        await page.ScreenshotAsync("stand-pagina");
        await page.AssertAccessibleAsync();

        await page.GetByTestId("stand-jaar").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2018" }).ClickAsync();
        await Expect(doel.Locator("[data-testid=stand-jaar-rij][data-jaar='2019']")).ToHaveCountAsync(0);
        await Expect(doel.Locator(".stand-huidig [data-testid=stand-chip]")).ToHaveTextAsync("behaald");
        await noord.GoToAsync("/stand?jaar=2019", "Stand");
        await Expect(doel.Locator(".stand-huidig [data-testid=stand-chip]")).ToHaveTextAsync("op koers");

        // The doelstelling page: the chart (server-side SVG with a title) and the stand per year next to it.
        await doel.GetByRole(AriaRole.Link, new() { Name = Kinderen }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = Kinderen, Level = 1 }).WaitForAsync();
        var stand = page.GetByTestId("doelstelling-stand");
        await Expect(stand.GetByRole(AriaRole.Img, new() { Name = "Grafiek: Kinderen 4–12 jaar met wekelijkse naschoolse activiteit" })).ToBeVisibleAsync();
        await Expect(stand.Locator("figcaption")).ToContainTextAsync("Realisaties 2018: 2.150 kinderen, 2019: 2.380 kinderen.");
        await Expect(stand.Locator("[data-testid=stand-jaar-rij][data-jaar='2019'] [data-testid=stand-regel]")).ToHaveTextAsync(OpKoers2019);
        await page.ScreenshotAsync("stand-doelstelling");
        await page.AssertAccessibleAsync();

        // Each speerpunt card shows its roll-up, each doelstelling row its status.
        await noord.GoToAsync("/speerpunten", "Speerpunten en doelstellingen");
        var kaart = page.Locator("[data-testid=speerpunt-kaart][data-naam='Kinderen en jongeren groeien goed op']");
        await Expect(kaart.GetByTestId("stand-telling")).ToContainTextAsync("Speerpunt: op koers");
        await Expect(kaart.GetByTestId("stand-telling")).ToContainTextAsync("1 behaald");
        await Expect(kaart.GetByTestId("stand-telling")).ToContainTextAsync("1 op koers");
        await Expect(kaart.GetByTestId("doelstelling-rij").First.GetByTestId("stand-chip")).ToHaveTextAsync("op koers");
        await page.ScreenshotAsync("stand-speerpunten");
        await page.AssertAccessibleAsync();
    }
}
