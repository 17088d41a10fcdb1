using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class PartnersBrowserTests
{
    private static ILocator Row(IPage page, string naam) => page.GetByTestId("partners-tabel").Locator("tbody tr").Filter(new() { HasText = naam });

    [Test]
    public async Task Partners_SamenNoord_ListsAllWithBestuurder_AddPartnerSurvivesReload()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/partners", "Partners en wijken");

        Assert.That(await page.GetByTestId("partners-tabel").Locator("tbody tr").CountAsync(), Is.EqualTo(9));
        Assert.That(await page.GetByTestId("wijk-rij").CountAsync(), Is.EqualTo(3));
        await Expect(Row(page, "Stichting DOCK")).ToContainTextAsync("€ 75,00");
        await Expect(Row(page, "Het Leefkringhuis")).ToContainTextAsync("–");
        await page.ScreenshotAsync("partners");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Partner toevoegen" }).ClickAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Buurtcentrum De Kolk");
        await page.GetByLabel("Soort").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "bewoners" }).ClickAsync();
        await page.GetByLabel("Naam bestuurder").FillAsync("J. Bakker");
        await page.GetByLabel("Functie bestuurder").FillAsync("voorzitter");
        await page.GetByLabel("Uurtarief (euro per uur)").FillAsync("82,50");
        await page.ScreenshotAsync("partner-dialoog");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(noord.Snackbar("Partner toegevoegd.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(Row(page, "Buurtcentrum De Kolk")).ToContainTextAsync("bewoners");
        await Expect(Row(page, "Buurtcentrum De Kolk")).ToContainTextAsync("J. Bakker");
        await Expect(Row(page, "Buurtcentrum De Kolk")).ToContainTextAsync("voorzitter");
        await Expect(Row(page, "Buurtcentrum De Kolk")).ToContainTextAsync("€ 82,50");
    }

    [Test]
    public async Task Partner_BadInput_FieldMessagesAndNothingSaved()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/partners", "Partners en wijken");

        await page.GetByRole(AriaRole.Button, new() { Name = "Partner toevoegen" }).ClickAsync();
        await page.GetByLabel("E-mailadres").FillAsync("info-at-kolk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        var dialoog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialoog.GetByText("Geef de partner een naam.")).ToBeVisibleAsync();
        await Expect(dialoog.GetByText("Vul een geldig e-mailadres in")).ToBeVisibleAsync();
        await page.ScreenshotAsync("partner-fout");
        await page.AssertAccessibleAsync();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.That(await page.GetByTestId("partners-tabel").Locator("tbody tr").CountAsync(), Is.EqualTo(9));
    }

    [Test]
    public async Task Partner_RefusedDelete_ShowsTheReason_PartnerStays()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/partners", "Partners en wijken");

        await page.GetByRole(AriaRole.Button, new() { Name = "Civic Amsterdam verwijderen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijderen", Exact = true }).ClickAsync();

        await Expect(noord.Snackbar("kan niet worden verwijderd")).ToContainTextAsync("trekker van 'Mantelzorg dichtbij'");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(Row(page, "Civic Amsterdam")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Partner_SavedInTwoPages_SecondIsToldAndNothingOverwritten()
    {
        await using var app = await AppProcess.StartAsync();
        var eerste = await BrowserFixture.NewPageAsync();
        var tweede = await BrowserFixture.NewPageAsync();
        var a = await ProgrammaPage.OpenAsync(eerste, app, "Samen Noord");
        var b = await ProgrammaPage.OpenAsync(tweede, app, "Samen Noord");
        await a.GoToAsync("/partners", "Partners en wijken");
        await b.GoToAsync("/partners", "Partners en wijken");
        foreach (var p in new[] { eerste, tweede })
            await p.GetByRole(AriaRole.Button, new() { Name = "SPIN bewerken" }).ClickAsync();

        await eerste.GetByLabel("Plaats").FillAsync("Amsterdam-Noord (eerste)");
        await eerste.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(a.Snackbar("Partner opgeslagen.")).ToBeVisibleAsync();
        await tweede.GetByLabel("Plaats").FillAsync("Amsterdam-Noord (tweede)");
        await tweede.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        var melding = tweede.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Intussen gewijzigd" });
        await Expect(melding).ToContainTextAsync("door iemand anders gewijzigd");
        await tweede.ScreenshotAsync("partner-conflict");
        await melding.GetByRole(AriaRole.Button, new() { Name = "Opnieuw laden" }).ClickAsync();
        await Expect(tweede.GetByLabel("Plaats")).ToHaveValueAsync("Amsterdam-Noord (eerste)");

        await eerste.ReloadAsync();
        await eerste.WaitForInteractiveAsync();
        await Expect(Row(eerste, "SPIN")).ToContainTextAsync("Amsterdam-Noord (eerste)");
    }

    [Test]
    public async Task Partners_AddedInOnePage_OtherPageShowsItWithinASecond()
    {
        await using var app = await AppProcess.StartAsync();
        var kijker = await BrowserFixture.NewPageAsync();
        var schrijver = await BrowserFixture.NewPageAsync();
        var k = await ProgrammaPage.OpenAsync(kijker, app, "Samen Noord");
        var s = await ProgrammaPage.OpenAsync(schrijver, app, "Samen Noord");
        await k.GoToAsync("/partners", "Partners en wijken");
        await s.GoToAsync("/partners", "Partners en wijken");

        await schrijver.GetByRole(AriaRole.Button, new() { Name = "Partner toevoegen" }).ClickAsync();
        await schrijver.GetByLabel("Naam", new() { Exact = true }).FillAsync("Speeltuinvereniging Noord");
        await schrijver.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(s.Snackbar("Partner toegevoegd.")).ToBeVisibleAsync();

        await Expect(Row(kijker, "Speeltuinvereniging Noord")).ToBeVisibleAsync(new() { Timeout = 1000 });
    }

    [Test]
    public async Task Wijken_AddRenameAndEmptyNameIsRefused()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/partners", "Partners en wijken");

        await page.GetByRole(AriaRole.Button, new() { Name = "Wijk toevoegen" }).ClickAsync();
        await Expect(page.GetByText("Geef de wijk een naam.")).ToBeVisibleAsync();
        await page.GetByLabel("Nieuwe wijk").FillAsync("Buiksloterham");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijk toevoegen" }).ClickAsync();
        await Expect(page.GetByTestId("wijk-rij").Filter(new() { HasText = "Buiksloterham" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Wijk Buiksloterham hernoemen" }).ClickAsync();
        await page.GetByLabel("Nieuwe naam voor Buiksloterham").FillAsync("Overhoeks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByTestId("wijk-rij").Filter(new() { HasText = "Overhoeks" })).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.That(await page.GetByTestId("wijk-rij").AllInnerTextsAsync(), Has.Some.Contains("Overhoeks").And.None.Contains("Buiksloterham"));
        Assert.That(await page.GetByTestId("wijk-rij").CountAsync(), Is.EqualTo(4));
    }
}
