using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class VerbondsgroepenBrowserTests
{
    [Test]
    public async Task Groep_CreatedWithTwoMembersAndAanjager_ListShowsItsMembersAndAanjager()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync(1280, 900);
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/leren/groepen", "Verbondsgroepen");
        await Expect(page.GetByTestId("geen-groepen")).ToBeVisibleAsync();

        await page.GetByLabel("Naam van de groep").FillAsync("Verbondsgroep Van der Pek");
        await page.GetByLabel("Wijk").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Oud-Noord" }).ClickAsync();
        await Expect(page.GetByLabel("Wijk")).ToHaveTextAsync("Oud-Noord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verbondsgroep aanmaken" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/leren/groepen/\d+$"));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Verbondsgroep Van der Pek", Level = 1 }).WaitForAsync();

        // A professional of a partner: without a discipline the message shows at the field and nothing is added.
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Anouk de Vries");
        await page.GetByLabel("Partner").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Stichting DOCK" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lid toevoegen" }).ClickAsync();
        await Expect(page.GetByText("Vul de discipline van deze professional in")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("geen-leden")).ToBeVisibleAsync();
        await page.GetByLabel("Discipline").FillAsync("opbouwwerker");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lid toevoegen" }).ClickAsync();
        await Expect(noord.Snackbar("Anouk de Vries is toegevoegd")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("lid-rij")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync(""); // the form is empty again

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Fatima El Amrani");
        await page.GetByLabel("Soort lid").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "bewoner", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lid toevoegen" }).ClickAsync();
        await Expect(page.GetByTestId("lid-rij")).ToHaveCountAsync(2);

        await page.GetByLabel("Aanjager").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Fatima El Amrani" }).ClickAsync();
        await Expect(page.GetByTestId("lid-rij").Filter(new() { HasText = "Fatima El Amrani" }).GetByTestId("aanjager")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("lid-rij").Filter(new() { HasText = "Anouk de Vries" })).ToContainTextAsync("Stichting DOCK");
        await page.ScreenshotAsync("verbondsgroep");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle Verbondsgroepen" }).ClickAsync();
        var rij = page.GetByTestId("groep-rij").Filter(new() { HasText = "Verbondsgroep Van der Pek" });
        await Expect(rij).ToContainTextAsync("Oud-Noord");
        await Expect(rij).ToContainTextAsync("1 professional, 1 bewoner");
        await Expect(rij).ToContainTextAsync("Fatima El Amrani");
        await page.ScreenshotAsync("verbondsgroepen");
        await page.AssertAccessibleAsync();
    }

    [Test]
    public async Task Groep_UnknownOrOtherProgrammasId_NietGevonden_LezerSeesNoEditControls()
    {
        await using var app = await AppProcess.StartAsync();
        long eigen, vreemdeGroep, eigenGroep;
        await using (var c = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await c.OpenAsync();
            async Task<long> Scalar(string sql)
            {
                await using var cmd = c.CreateCommand();
                cmd.CommandText = sql;
                return (long)(await cmd.ExecuteScalarAsync())!;
            }
            eigen = await Scalar("SELECT id FROM programma WHERE naam = 'Samen Noord'");
            vreemdeGroep = await Scalar(
                $"INSERT INTO verbondsgroep (programma_id, naam) SELECT MIN(id), 'Elders' FROM programma WHERE id <> {eigen} RETURNING id");
            eigenGroep = await Scalar($"INSERT INTO verbondsgroep (programma_id, naam) VALUES ({eigen}, 'Verbondsgroep Noord') RETURNING id");
            await Scalar($"INSERT INTO groepslid (verbondsgroep_id, naam, soort, aanjager) VALUES ({eigenGroep}, 'Fatima', 'bewoner', 1) RETURNING id");
        }
        var page = await BrowserFixture.NewPageAsync();

        await page.OpenAsync(app, $"/programmas/{eigen}/leren/groepen/{vreemdeGroep}", Demo.Lezer);
        await Expect(page.Locator(".mud-main-content h1")).ToContainTextAsync("niet gevonden", new() { IgnoreCase = true });
        await page.OpenAsync(app, $"/programmas/{eigen}/leren/groepen/99999");
        await Expect(page.Locator(".mud-main-content h1")).ToContainTextAsync("niet gevonden", new() { IgnoreCase = true });

        await page.OpenAsync(app, $"/programmas/{eigen}/leren/groepen/{eigenGroep}");
        await Expect(page.GetByTestId("alleen-bekijken")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("lid-rij")).ToContainTextAsync("Fatima");
        await Expect(page.GetByText("Aanjager: Fatima")).ToBeVisibleAsync();
        Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).CountAsync(), Is.Zero);
        Assert.That(await page.GetByTestId("groepslid-form").CountAsync(), Is.Zero);
        await page.OpenAsync(app, $"/programmas/{eigen}/leren/groepen");
        await Expect(page.GetByTestId("groep-rij")).ToContainTextAsync("Verbondsgroep Noord");
        Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "Verbondsgroep aanmaken" }).CountAsync(), Is.Zero);
        Assert.That(app.Log, Does.Not.Contain("fail:"), app.Log);
    }
}
