using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Owners are people: a facilitator names a member as owner of an actiepunt; that member sees it on their start page.</summary>
[Category("Browser")]
public class EigenaarPersoonBrowserTests
{
    [Test]
    public async Task OwnerChosenInTheForm_MemberSeesTheOverdueActiepuntFirstOnTheStartPage()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/bijeenkomsten/nieuw");
        await page.GetByLabel("Titel").FillAsync("Werkbijeenkomst mantelzorg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/bijeenkomsten/\d+$"));
        var bijeenkomst = page.Url;
        await page.WaitForInteractiveAsync();

        var vandaag = DateOnly.FromDateTime(DateTime.Today);
        await AddActiepuntAsync(page, "Respijtpool evalueren", vandaag.AddDays(30));
        await AddActiepuntAsync(page, "Mantelzorgers bellen", vandaag.AddDays(-10));
        await Expect(page.GetByTestId("actiepunt")).ToHaveCountAsync(2);
        await page.ScreenshotAsync("actiepunt-eigenaar-persoon");
        await page.AssertAccessibleAsync();

        var beheerder = await BrowserFixture.NewPageAsync();
        await beheerder.OpenAsync(app, "/");
        await Expect(beheerder.GetByTestId("programma-kaart").First).ToBeVisibleAsync();
        await Expect(beheerder.GetByTestId("mijn-actiepunten")).ToHaveCountAsync(0); // she owns none in person

        var lotte = await BrowserFixture.NewPageAsync();
        await lotte.OpenAsync(app, "/", Demo.Lezer);
        var rijen = lotte.GetByTestId("mijn-actiepunt");
        await Expect(rijen).ToHaveCountAsync(2);
        await Expect(rijen.Nth(0)).ToContainTextAsync("Mantelzorgers bellen");
        await Expect(rijen.Nth(0)).ToContainTextAsync("te laat");
        await Expect(rijen.Nth(0)).ToContainTextAsync("Samen Noord");
        await Expect(rijen.Nth(1)).ToContainTextAsync("Respijtpool evalueren");
        await Expect(rijen.Nth(1).GetByTestId("te-laat")).ToHaveCountAsync(0);
        await lotte.ScreenshotAsync("mijn-actiepunten");
        await lotte.AssertAccessibleAsync();

        await rijen.Nth(0).GetByRole(AriaRole.Link, new() { Name = "Werkbijeenkomst mantelzorg" }).ClickAsync();
        await Expect(lotte).ToHaveURLAsync(bijeenkomst);
        await Expect(lotte.GetByTestId("actiepunt-eigenaar").First).ToHaveTextAsync("Civic Amsterdam · Lotte Lezer");

        // The demo setup gives Carla two planned (long overdue) mijlpalen of Amsterdam Centrum in person.
        var carla = await BrowserFixture.NewPageAsync();
        await carla.OpenAsync(app, "/", Demo.Centrum);
        await Expect(carla.GetByTestId("mijn-mijlpaal")).ToHaveCountAsync(2);
        await Expect(carla.GetByTestId("mijn-mijlpaal").First).ToContainTextAsync("te laat");
        await Expect(carla.GetByTestId("mijn-actiepunt")).ToHaveCountAsync(0);
    }

    private static async Task AddActiepuntAsync(IPage page, string wat, DateOnly deadline)
    {
        await page.GetByLabel("Nieuw actiepunt").FillAsync(wat);
        await page.SelectAsync("Eigenaar", "Civic Amsterdam");
        await Expect(page.GetByLabel("Eigenaar", new() { Exact = true })).ToContainTextAsync("Civic Amsterdam");
        await page.SelectAsync("Eigenaar (persoon)", "Lotte Lezer");
        await Expect(page.GetByLabel("Eigenaar (persoon)", new() { Exact = true })).ToContainTextAsync("Lotte Lezer");
        await page.FillFieldAsync("Deadline", $"{deadline.Day}-{deadline.Month}-{deadline.Year}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("actiepunt").Filter(new() { HasText = wat })).ToHaveCountAsync(1);
    }
}
