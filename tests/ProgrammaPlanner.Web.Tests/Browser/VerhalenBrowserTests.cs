using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class VerhalenBrowserTests
{
    [Test]
    public async Task Verhaal_WithAPhoneNumber_WarnedWhileTyping_RefusedOnSave_SavedWithoutIt_CountedOnTheDashboard()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync(1280, 900);
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await Expect(page.GetByTestId("dashboard-verhalen")).ToHaveCountAsync(0); // no stories, no Verbondsgroep: no counter
        await noord.GoToAsync("/leren/verhalen", "Verhalen");
        await Expect(page.GetByTestId("verhaal-privacy")).ToContainTextAsync("Noem geen namen, adressen, telefoonnummers");

        var form = page.GetByTestId("verhaal-form");
        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync("Een moeder wacht op een woning");
        var tekst = form.GetByLabel("Het verhaal", new() { Exact = true });
        await tekst.FillAsync("Ze wacht al vier jaar op een grotere woning. Bel haar gerust op 06-12345678.");
        await Expect(page.GetByTestId("verhaal-waarschuwing")).ToContainTextAsync("De tekst bevat een telefoonnummer ('06-12345678')");
        await form.GetByLabel("wonen", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Verhaal vastleggen" }).ClickAsync();

        var veldmelding = form.Locator(".mud-input-helper-text.mud-input-error").Filter(new() { HasText = "telefoonnummer" });
        await Expect(veldmelding).ToContainTextAsync("Een verhaal mag niemand herkenbaar maken");
        await Expect(page.GetByTestId("verhaal")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("verhalen-geweigerd");

        await tekst.FillAsync("Ze wacht al vier jaar op een grotere woning; de kinderen slapen met z'n drieën op één kamer.");
        await Expect(page.GetByTestId("verhaal-waarschuwing")).ToHaveCountAsync(0);
        await form.GetByRole(AriaRole.Button, new() { Name = "Verhaal vastleggen" }).ClickAsync();

        await Expect(noord.Snackbar("Verhaal vastgelegd.")).ToBeVisibleAsync();
        var verhaal = page.GetByTestId("verhaal");
        await Expect(verhaal).ToHaveCountAsync(1);
        await Expect(verhaal).ToContainTextAsync("Een moeder wacht op een woning");
        await Expect(verhaal.GetByTestId("verhaal-tag")).ToHaveTextAsync("wonen");
        await Expect(page.GetByTestId("verhalen-teller")).ToContainTextAsync("1 van minstens 100 verhalen");
        await page.AssertAccessibleAsync();

        await noord.GoToAsync("", "Dashboard");
        var dashboard = page.GetByTestId("dashboard-verhalen");
        await Expect(dashboard.GetByTestId("verhalen-teller")).ToHaveTextAsync("1 van minstens 100 verhalen");
        await Expect(dashboard.GetByTestId("verhalen-wonen")).ToContainTextAsync("1");
    }
}
