using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Who signs: the checkbox "Tekent toch het plan" in the partner form, only for a financier or adviseur.</summary>
[Category("Browser")]
public class TekentBrowserTests
{
    private static ILocator Row(IPage page, string naam) => page.GetByTestId("partners-tabel").Locator("tbody tr").Filter(new() { HasText = naam });

    [Test]
    public async Task Financier_TekentNiet_UntilTheCheckboxIsTicked()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/partners", "Partners en wijken");

        await page.GetByRole(AriaRole.Button, new() { Name = "Partner toevoegen" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        var vinkje = page.GetByLabel("Tekent toch het plan");
        await Expect(vinkje).ToHaveCountAsync(0); // a partner always signs: nothing to choose
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Fonds Noord");
        await page.GetByLabel("Rol").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "financier" }).ClickAsync();
        await Expect(page.GetByLabel("Rol")).ToContainTextAsync("financier");
        await Expect(vinkje).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("telt niet mee voor 'vastgesteld'");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(noord.Snackbar("Partner toegevoegd.")).ToBeVisibleAsync();
        await Expect(Row(page, "Fonds Noord")).ToContainTextAsync("tekent niet");

        await page.GetByRole(AriaRole.Button, new() { Name = "Fonds Noord bewerken" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(vinkje).Not.ToBeCheckedAsync();
        await vinkje.CheckAsync();
        await page.ScreenshotAsync("partner-tekent-toch");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(noord.Snackbar("Partner opgeslagen.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(Row(page, "Fonds Noord")).ToContainTextAsync("tekent toch");
        await Expect(Row(page, "Fonds Noord")).Not.ToContainTextAsync("tekent niet");
    }
}
