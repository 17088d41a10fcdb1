using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>A learning coalition reaches its groups, opgaven, stories and maatwerk from one entry in the programme's navigation.</summary>
[Category("Browser")]
public class LerenBrowserTests
{
    [Test]
    public async Task VerbondVan100_LerenEnMaatwerk_CountsWhatTheSampleHolds_AndLeadsToEachPart()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync(1280, 900);
        await ProgrammaPage.OpenAsync(page, app, "Verbond van 100");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van het programma" })
            .GetByRole(AriaRole.Link, new() { Name = "Leren en maatwerk" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Leren en maatwerk", Level = 1 }).WaitForAsync();
        await Expect(page.GetByTestId("leren-groepen")).ToHaveTextAsync("4 groepen · 22 leden");
        await Expect(page.GetByTestId("leren-verhalen")).ToHaveTextAsync("20 van minstens 100 verhalen");
        await Expect(page.GetByTestId("leren-maatwerk")).ToHaveTextAsync("10 maatwerkbesluiten");
        await Expect(page.GetByTestId("leren-opgaven")).ToContainTextAsync("1 geagendeerd bij de gemeente");
        await page.AssertAccessibleAsync();

        foreach (var (link, kop) in new[] { ("Verbondsgroepen", "Verbondsgroepen"), ("Ontwikkelopgaven", "Ontwikkelopgaven"), ("Verhalen", "Verhalen"),
                     ("Maatwerk en regelruimte", "Maatwerk en regelruimte") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = kop, Level = 1 }).WaitForAsync();
            await page.GoBackAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Leren en maatwerk", Level = 1 }).WaitForAsync();
        }
    }
}
