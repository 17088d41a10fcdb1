using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>
/// What a user types in a number or date field is never lost: unreadable text stays with a Dutch message and the form
/// will not claim to have saved; 35%, 1,234.5 and 1 maart 2026 are read as meant.
/// </summary>
[Category("Browser")]
public class NumbersAndDatesBrowserTests
{
    [SetUp]
    public void WaitLonger() => SetDefaultExpectTimeout(15_000);

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    [Test]
    public async Task Streefwaarde_VeelThen35PercentThenEnglishThousands_KeptWithMessageThenSaved()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/doelstellingen/8");
        var doel = new DoelstellingPage(page);

        await doel.StreefwaardeAsync(2019, "veel");
        await Expect(doel.Streefwaarde(2019)).ToHaveValueAsync("veel");
        await Expect(page.GetByText("Vul een getal in, bijv. 1.234,5")).ToBeVisibleAsync();
        await page.ScreenshotAsync("streefwaarde-veel");
        await doel.SaveAsync();
        await Expect(page.GetByText("Niet opgeslagen: verbeter eerst de rood gemarkeerde velden.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Doelstelling opgeslagen.")).ToHaveCountAsync(0);
        await Expect(doel.Streefwaarde(2019)).ToHaveValueAsync("veel");

        await doel.StreefwaardeAsync(2019, "35 %");
        await Expect(doel.Streefwaarde(2019)).ToHaveValueAsync("35");
        await doel.StreefwaardeAsync(2020, "1,234.5");
        await Expect(doel.Streefwaarde(2020)).ToHaveValueAsync("1.234,5");
        await Expect(page.GetByText("Vul een getal in, bijv. 1.234,5")).ToHaveCountAsync(0);
        await doel.SaveAsync();
        await Expect(page.GetByText("Doelstelling opgeslagen.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(doel.Streefwaarde(2019)).ToHaveValueAsync("35");
        await Expect(doel.Streefwaarde(2020)).ToHaveValueAsync("1.234,5");
    }

    [Test]
    public async Task Realisatie_VeelThen35Percent_KeptWithMessageThenSaved()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/doelstellingen/8");

        await page.FillFieldAsync("Realisatie 2018 Totaal", "veel");
        await Expect(Field(page, "Realisatie 2018 Totaal")).ToHaveValueAsync("veel");
        await Expect(page.GetByText("Vul een getal in, bijv. 1.234,5")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).Not.ToContainTextAsync("opgeslagen");

        await page.FillFieldAsync("Realisatie 2018 Totaal", "35%");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Realisatie 2018 (Totaal) opgeslagen: 35");
        await Expect(Field(page, "Realisatie 2018 Totaal")).ToHaveValueAsync("35");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(Field(page, "Realisatie 2018 Totaal")).ToHaveValueAsync("35");
    }

    [Test]
    public async Task InzetCel_VeelKeptWithMessageAndNotSaved_ThenThousandsReadAsMeant()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await new ProjectenPage(page, app, Samples.SamenNoord).OpenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Noord Helpt Noord" }).ClickAsync();
        var totaal = await page.GetByTestId("project-totaal").TextContentAsync();
        var cel = page.GetByTestId("inzet-regel").First.Locator("input").First;

        await cel.FillAsync("veel");
        await cel.PressAsync("Tab");
        await Expect(cel).ToHaveValueAsync("veel");
        await Expect(page.GetByTestId("inzet-regel").First).ToContainTextAsync("Vul een getal in, bijv. 1.234,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inzet opslaan" }).ClickAsync();
        await Expect(page.GetByText("Niet opgeslagen: verbeter eerst de rood gemarkeerde velden.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Inzet opgeslagen.")).ToHaveCountAsync(0);
        await Expect(cel).ToHaveValueAsync("veel");
        await Expect(page.GetByTestId("project-totaal")).ToHaveTextAsync(totaal!);

        await cel.FillAsync("1.250");
        await cel.PressAsync("Tab");
        await Expect(cel).ToHaveValueAsync("1.250,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inzet opslaan" }).ClickAsync();
        await Expect(page.GetByText("Inzet opgeslagen.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("inzet-regel").First.Locator("input").First).ToHaveValueAsync("1.250,00");
    }

    [Test]
    public async Task Startjaar_20x6_KeptWithDutchMessageAndNothingSaved()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/bewerken");
        var startjaar = Field(page, "Startjaar");
        var voor = await startjaar.InputValueAsync();

        await page.FillFieldAsync("Startjaar", "20x6");
        await Expect(startjaar).ToHaveValueAsync("20x6");
        await Expect(page.GetByText("Vul een heel getal in, bijv. 2026")).ToBeVisibleAsync();
        await Expect(page.GetByText("Not a valid number")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Niet opgeslagen: verbeter eerst de rood gemarkeerde velden.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Programma opgeslagen.")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("startjaar-20x6");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(startjaar).ToHaveValueAsync(voor);
    }

    [Test]
    public async Task BijeenkomstDatumEnTijd_TypedAsShown_AcceptedAndUnreadableKeptWithMessage()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/bijeenkomsten/nieuw");
        await page.FillFieldAsync("Titel", "Werksessie maart");

        await page.FillFieldAsync("Datum", "morgen");
        await Expect(Field(page, "Datum")).ToHaveValueAsync("morgen");
        await Expect(page.GetByText("Vul een datum in, bijv. 1 maart 2026 of 01-03-2026")).ToBeVisibleAsync();
        await page.FillFieldAsync("Begintijd", "half tien");
        await Expect(page.GetByText("Vul een tijd in, bijv. 9:30")).ToBeVisibleAsync();
        await page.ScreenshotAsync("bijeenkomst-datum-morgen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Niet opgeslagen: verbeter eerst de rood gemarkeerde velden.")).ToBeVisibleAsync();

        await page.FillFieldAsync("Datum", "01-03-2026");
        await Expect(Field(page, "Datum")).ToHaveValueAsync("1 maart 2026");
        await page.FillFieldAsync("Datum", "1 maart 2026");
        await page.FillFieldAsync("Begintijd", "09.30");
        await Expect(Field(page, "Begintijd")).ToHaveValueAsync("9:30");
        await page.FillFieldAsync("Eindtijd", "11:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Bijeenkomst aangemaakt.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Werksessie maart");
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("1 maart 2026")).First).ToBeVisibleAsync();
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("09[:.]30|9[:.]30")).First).ToBeVisibleAsync();
    }

    [Test]
    public async Task ProjectStartdatum_CalendarButton_OpensADutchCalendarAndPicks()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/projecten/nieuw");

        await page.FillFieldAsync("Startdatum", "1-3-2019");
        await Expect(Field(page, "Startdatum")).ToHaveValueAsync("1-3-2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kalender openen" }).First.ClickAsync();
        await Expect(page.GetByText("maart 2019").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("project-kalender");
        await page.GetByRole(AriaRole.Button, new() { Name = "15", Exact = true }).First.ClickAsync();
        await Expect(Field(page, "Startdatum")).ToHaveValueAsync("15-3-2019");
    }
}
