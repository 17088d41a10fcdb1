using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class OpmerkingenBrowserTests
{
    [Test]
    public async Task ALezerCommentsOnASpeerpunt_CountAndTeBesprekenUpdateLive_TheFacilitatorResolvesIt()
    {
        await using var app = await AppProcess.StartAsync();
        // the facilitator watches the dashboard while the lezer comments
        var facilitator = await BrowserFixture.NewPageAsync();
        var noordFacilitator = await ProgrammaPage.OpenAsync(facilitator, app, "Samen Noord");
        await Expect(facilitator.GetByTestId("dashboard-te-bespreken")).ToContainTextAsync("Geen open opmerkingen.");

        var lezer = await BrowserFixture.NewPageAsync();
        await lezer.OpenAsync(app, "/", Demo.Lezer);
        var noord = await ProgrammaPage.OpenAsync(lezer, app, "Samen Noord");
        await noord.GoToAsync("/speerpunten", "Speerpunten en doelstellingen");
        var kaart = lezer.GetByTestId("speerpunt-kaart").First;
        var speerpunt = await kaart.GetAttributeAsync("data-naam");
        var knop = kaart.GetByTestId("opmerkingen-knop");
        await Expect(knop).ToHaveAttributeAsync("data-open", "0");
        await knop.GetByRole(AriaRole.Button).ClickAsync();

        var dialog = lezer.GetByTestId("opmerkingen-dialog");
        await Expect(dialog).ToContainTextAsync("Nog geen opmerkingen.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();
        await Expect(dialog.GetByText("Schrijf eerst uw opmerking.")).ToBeVisibleAsync();
        await dialog.GetByLabel("Nieuwe opmerking").FillAsync("Missen we hier niet de jongeren?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();
        await Expect(dialog.GetByTestId("gesprek")).ToHaveCountAsync(1);
        await Expect(dialog.GetByTestId("gesprek")).ToContainTextAsync("Missen we hier niet de jongeren?");
        await Expect(dialog.GetByLabel("Nieuwe opmerking")).ToHaveValueAsync("");
        Assert.That(await dialog.GetByRole(AriaRole.Button, new() { Name = "Opgelost" }).CountAsync(), Is.EqualTo(1), "the author may resolve");
        await lezer.ScreenshotAsync("opmerkingen-dialog");
        await lezer.AssertAccessibleAsync();
        await lezer.Locator(".mud-dialog-actions").GetByRole(AriaRole.Button, new() { Name = "Sluiten" }).ClickAsync();
        await Expect(knop).ToHaveAttributeAsync("data-open", "1");

        // the facilitator's dashboard shows it without reloading, with a link to the speerpunt
        var punt = facilitator.GetByTestId("te-bespreken");
        await Expect(punt).ToHaveCountAsync(1);
        await Expect(punt).ToContainTextAsync($"Speerpunt {speerpunt}");
        await Expect(punt).ToContainTextAsync("Missen we hier niet de jongeren?");
        await Expect(punt).ToContainTextAsync("Lotte Lezer");
        await facilitator.ScreenshotAsync("opmerkingen-dashboard");
        await facilitator.AssertAccessibleAsync();
        await punt.GetByRole(AriaRole.Link, new() { Name = speerpunt! }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Heading, new() { Name = "Speerpunten en doelstellingen", Level = 1 }).WaitForAsync();

        // the facilitator replies and resolves; the lezer's count goes to zero live
        await facilitator.GetByTestId("speerpunt-kaart").First.GetByTestId("opmerkingen-knop").GetByRole(AriaRole.Button).ClickAsync();
        var fdialog = facilitator.GetByTestId("opmerkingen-dialog");
        await fdialog.GetByRole(AriaRole.Button, new() { Name = "Reageren" }).ClickAsync();
        await fdialog.GetByLabel("Uw reactie").FillAsync("Goed punt, nemen we mee.");
        await fdialog.GetByRole(AriaRole.Button, new() { Name = "Reageren" }).ClickAsync();
        await Expect(fdialog.GetByTestId("reactie")).ToContainTextAsync("Goed punt, nemen we mee.");
        await fdialog.GetByRole(AriaRole.Button, new() { Name = "Opgelost" }).ClickAsync();
        await Expect(fdialog.GetByTestId("opgelost")).ToContainTextAsync("Opgelost door Bea Beheer");
        await Expect(knop).ToHaveAttributeAsync("data-open", "0");

        await noordFacilitator.GoToAsync("", "Dashboard");
        await Expect(facilitator.GetByTestId("dashboard-te-bespreken")).ToContainTextAsync("Geen open opmerkingen.");
    }

    [Test]
    public async Task MijnAccount_TheDailyOverviewIsChosenOnce_AndStaysChosen()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, "/account", Demo.Lezer);
        var keuze = page.GetByTestId("opmerkingmail");
        await Expect(keuze.GetByRole(AriaRole.Radio, new() { Name = "Meteen, een e-mail per reactie" })).ToBeCheckedAsync();
        await keuze.GetByText("Eén overzicht per dag").ClickAsync();
        await Expect(page.GetByText("Uw keuze is opgeslagen: Eén overzicht per dag (om 7:00 uur).")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("opmerkingmail").GetByRole(AriaRole.Radio, new() { Name = "Eén overzicht per dag (om 7:00 uur)" }))
            .ToBeCheckedAsync();
    }
}
