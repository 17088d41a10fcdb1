using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>A casus above the ceiling: refused at the field without a second decider, recorded with one, counted on the dashboard.</summary>
[Category("Browser")]
public class MaatwerkBrowserTests
{
    [SetUp]
    public void WaitLonger() => SetDefaultExpectTimeout(15_000);

    [Test]
    public async Task CasusAboveTheCeiling_WithoutSecondDecider_RefusedAtTheField_WithOne_Recorded()
    {
        await using var app = await AppProcess.StartAsync();
        // The groups have their own pages elsewhere: one group with a budget and the regeling, as plain rows.
        await using (var c = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await c.ExecuteAsync(
                """
                INSERT INTO verbondsgroep (programma_id, naam, maatwerkbudget) VALUES (@id, 'Verbondsgroep Noord', '10000');
                INSERT INTO maatwerkregeling (programma_id, plafond_per_casus) VALUES (@id, '2500');
                """, new { id = Samples.SamenNoord });
        }
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/leren/maatwerk");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Maatwerk en regelruimte");

        await page.GetByTestId("casus-toevoegen").ClickAsync();
        await page.FillFieldAsync("Besloten op", "1-3-2019");
        await page.FillFieldAsync("Bedrag (euro)", "3.000");
        await page.FillFieldAsync("De situatie (anoniem)", "Gezin dreigt huis uit te moeten; schuldhulp start pas over drie maanden.");
        await page.FillFieldAsync("Regel die opzij is gezet", "Wachttijd schuldhulpverlening");
        await page.FillFieldAsync("Besloten door", "Anouk (wijkteam)");
        await page.GetByTestId("casus-opslaan").ClickAsync();

        await Expect(Veld(page, "Tweede beslisser")).ToContainTextAsync("Boven het plafond van € 2.500 per casus beslist een tweede persoon mee.");
        await Expect(page.GetByTestId("casus")).ToHaveCountAsync(0);

        await page.FillFieldAsync("Tweede beslisser", "Sander (gemeente)");
        await page.GetByTestId("casus-opslaan").ClickAsync();

        await Expect(page.GetByTestId("casus-form")).ToHaveCountAsync(0);
        var casus = page.GetByTestId("casus");
        await Expect(casus).ToHaveCountAsync(1);
        await Expect(casus).ToContainTextAsync("€ 3.000,00");
        await Expect(casus).ToContainTextAsync("Anouk (wijkteam) en Sander (gemeente)");
        await Expect(page.GetByTestId("maatwerk-groep")).ToContainTextAsync("€ 3.000,00 van € 10.000,00 besteed");
        await page.AssertAccessibleAsync();

        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}");
        await Expect(page.GetByTestId("dashboard-maatwerk")).ToContainTextAsync("€ 7.000,00 over");
    }

    /// <summary>The MudBlazor field around the input with this label: its helper line holds the field's message.</summary>
    private static ILocator Veld(IPage page, string label) =>
        page.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) }).Last;
}
