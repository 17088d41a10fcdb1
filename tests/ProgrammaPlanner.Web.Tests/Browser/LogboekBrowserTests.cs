using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class LogboekBrowserTests
{
    [Test]
    public async Task Logboek_ShowsChangesReadably_FilterByDateAndUser()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/partners", "Partners en wijken");
        await page.GetByLabel("Nieuwe wijk").FillAsync("Tuindorp Oostzaan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijk toevoegen" }).ClickAsync();
        await Expect(page.GetByTestId("wijk-rij").Filter(new() { HasText = "Tuindorp Oostzaan" })).ToBeVisibleAsync();

        await noord.GoToAsync("/logboek", "Logboek");
        var rijen = page.GetByTestId("logboek-tabel").Locator("tbody tr");
        await Expect(rijen.First).ToContainTextAsync("Wijk toegevoegd");
        await Expect(rijen.First).ToContainTextAsync("Tuindorp Oostzaan");
        await Expect(rijen.First).ToContainTextAsync("Bea Beheer"); // the signed-in user, not a fixed one
        await Expect(rijen.Nth(1)).ToContainTextAsync("Programma geïmporteerd");
        await Expect(rijen.Nth(1)).ToContainTextAsync("systeem"); // the samples were loaded by the installation itself
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Core.Tijd.Nederland).DateTime);
        await Expect(rijen.First).ToContainTextAsync(vandaag.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));
        await page.ScreenshotAsync("logboek");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Gebruiker").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Bea Beheer" }).ClickAsync();
        await Expect(rijen).ToHaveCountAsync(1);

        await page.FillFieldAsync("Van (datum)", vandaag.AddDays(1).ToString("d-M-yyyy"));
        await Expect(page.GetByText("Geen wijzigingen gevonden met dit filter.")).ToBeVisibleAsync();
        await page.FillFieldAsync("Tot en met (datum)", vandaag.ToString("yyyy-MM-dd"));
        await Expect(page.GetByText("De einddatum ligt vóór de begindatum")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Filter wissen" }).ClickAsync();
        await Expect(rijen).ToHaveCountAsync(2);
    }
}
