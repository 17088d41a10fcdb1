using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class DashboardBrowserTests
{
    [Test]
    public async Task Dashboard_SamenNoord_TreeBudgetAndWarningsAreShownAndAccessible()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");

        Assert.That(await page.TitleAsync(), Is.EqualTo("Samen Noord – ProgrammaPlanner"));
        Assert.That(await page.GetByTestId("boom-speerpunt").CountAsync(), Is.EqualTo(4));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Minder overbelaste mantelzorgers" })).ToBeVisibleAsync();
        var project = page.GetByTestId("boom-project").GetByRole(AriaRole.Link, new() { Name = "Mantelzorg dichtbij" }).First;
        Assert.That(await project.GetAttributeAsync("href"), Does.Match($@"programmas/{noord.Id}/projecten/\d+$"));

        var totaal = page.GetByTestId("budget-totaal");
        await Expect(totaal).ToContainTextAsync("€ 1.272.250,75");
        Assert.That(await totaal.Locator("td").Last.EvaluateAsync<string>("e => getComputedStyle(e).textAlign"), Is.EqualTo("right"));
        await Expect(page.GetByTestId("cijfer-begroting")).ToContainTextAsync("€ 1.272.250,75");
        await Expect(page.GetByText("Geen mijlpalen tussen")).ToBeVisibleAsync(); // the sample's mijlpalen lie in 2018–2020

        await page.ScreenshotAsync("dashboard-samen-noord");
        File.Copy(Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", "dashboard-samen-noord.png"),
            Path.Combine(Directory.CreateDirectory(Path.Combine(AppProcess.RepoRoot, "docs")).FullName, "dashboard.png"), overwrite: true);
        await page.AssertAccessibleAsync();
    }

    [Test]
    public async Task Dashboard_WarningLinksToThePlaceToFixIt()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        var partners = noord.Page; // add a partner without any role: the dashboard warns and links to its form
        await noord.GoToAsync("/partners", "Partners en wijken");
        await partners.GetByRole(AriaRole.Button, new() { Name = "Partner toevoegen" }).ClickAsync();
        await partners.GetByLabel("Naam", new() { Exact = true }).FillAsync("Buurtvereniging Vogeldorp");
        await partners.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(noord.Snackbar("Partner toegevoegd.")).ToBeVisibleAsync();

        await noord.GoToAsync("", "Dashboard");
        var waarschuwing = page.GetByTestId("waarschuwing").Filter(new() { HasText = "Buurtvereniging Vogeldorp" });
        await Expect(waarschuwing).ToContainTextAsync("heeft nog geen rol");
        await waarschuwing.GetByRole(AriaRole.Link, new() { Name = "Naar de partner" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Buurtvereniging Vogeldorp");
    }

    [Test]
    public async Task Dashboard_Phone_ReadableAndAccessible()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync(390, 844);
        await ProgrammaPage.OpenAsync(page, app, "Samen Noord");

        await Expect(page.GetByTestId("budget-totaal")).ToContainTextAsync("€ 1.272.250,75");
        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(breedte, Is.LessThanOrEqualTo(390), "de pagina zelf scrollt niet zijwaarts; alleen de tabel");
        await page.ScreenshotAsync("dashboard-telefoon");
        await page.AssertAccessibleAsync();
    }
}
