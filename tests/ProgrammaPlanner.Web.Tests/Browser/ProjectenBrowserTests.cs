using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class ProjectenBrowserTests
{
    // The machine is shared: a navigation can take a few seconds. Wait for the visible result, a little longer.
    [SetUp]
    public void WaitLonger() => SetDefaultExpectTimeout(15_000);

    [Test]
    public async Task ProjectList_Sample_ShowsProjectsWithTotalsAndFilters_AndIsAccessible()
    {
        await using var app = await AppProcess.StartAsync();
        var lijst = new ProjectenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await lijst.OpenAsync();

        await Expect(lijst.Rows).ToHaveCountAsync(6);
        var wijsneuzen = lijst.Row("Wijsneuzen na school");
        await Expect(wijsneuzen).ToContainTextAsync("1 oktober 2017 – 30 september 2020");
        await Expect(wijsneuzen).ToContainTextAsync("€ 226.000,00");
        await Expect(wijsneuzen).ToContainTextAsync("Stichting Wijsneus");
        await lijst.Page.ScreenshotAsync("projecten");
        await lijst.Page.AssertAccessibleAsync();

        await lijst.FilterAsync("Doorbraakproject", "Geen doorbraakprojecten");
        await Expect(lijst.Rows).ToHaveCountAsync(1);
        await Expect(lijst.Rows).ToContainTextAsync("Noord Helpt Noord");

        await lijst.FilterAsync("Doorbraakproject", "Alle projecten");
        await lijst.FilterAsync("Speerpunt", "Kinderen en jongeren groeien goed op");
        await Expect(lijst.Rows).Not.ToHaveCountAsync(6); // the filtered list has arrived (Wijsneuzen is in both)
        await Expect(lijst.Row("Wijsneuzen na school")).ToHaveCountAsync(1);
        var perSpeerpunt = await lijst.Rows.CountAsync();
        Assert.That(perSpeerpunt, Is.InRange(1, 5));

        await lijst.FilterAsync("Status", "afgerond");
        await Expect(lijst.Page.GetByTestId("geen-projecten")).ToContainTextAsync("Geen projecten die aan dit filter voldoen");

        await lijst.FilterAsync("Status", "Alle statussen");
        await lijst.FilterAsync("Speerpunt", "Alle speerpunten");
        await lijst.FilterAsync("Partner", "SPIN");
        await Expect(lijst.Row("Wijsneuzen na school")).ToHaveCountAsync(1);
        await lijst.Page.ScreenshotAsync("projecten-gefilterd");
    }

    [Test]
    public async Task ProjectDetail_Sample_RendersEverything_AccessibleOnDesktopAndPhone()
    {
        await using var app = await AppProcess.StartAsync();
        var lijst = new ProjectenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await lijst.OpenAsync();
        await lijst.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school" }).ClickAsync();
        var page = lijst.Page;

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wijsneuzen na school");
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Wijsneuzen na school");
        await Expect(page.GetByTestId("partners-keuze").GetByLabel("SPIN", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByTestId("doelstellingen-keuze").GetByLabel("Meer kinderen doen mee aan naschoolse activiteiten")).ToBeCheckedAsync();
        await Expect(page.GetByTestId("inzet-totaal")).ToContainTextAsync("€ 226.000,00");
        await Expect(page.GetByTestId("inzet-totaal")).ToContainTextAsync("4.400 uur");
        await Expect(new ProjectPage(page).Euro(2018, "Stichting Wijsneus", "subsidie")).ToHaveValueAsync("72.000,00");
        await Expect(page.GetByTestId("mijlpaal")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("mijlpaal").First).ToContainTextAsync("15 januari 2018");
        await Expect(page.GetByTestId("risico")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("project");
        await page.AssertAccessibleAsync();

        var telefoon = await BrowserFixture.NewPageAsync(390, 844);
        await telefoon.OpenAsync(app, new Uri(page.Url).AbsolutePath);
        await Expect(telefoon.GetByTestId("inzet-totaal")).ToContainTextAsync("€ 226.000,00");
        await telefoon.ScreenshotAsync("project-telefoon");
        await telefoon.AssertAccessibleAsync();
        var breedte = await telefoon.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.That(breedte, Is.LessThanOrEqualTo(390),
            "De pagina mag op een telefoon niet horizontaal scrollen (alleen brede tabellen binnen hun eigen vak):\n" + await telefoon.UitstekendAsync());
    }

    [Test]
    public async Task CreateProject_WithInzetMijlpaalRisico_ReloadFindsEverythingWithTotals()
    {
        await using var app = await AppProcess.StartAsync();
        var lijst = new ProjectenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await lijst.OpenAsync();
        await lijst.Page.GetByRole(AriaRole.Link, new() { Name = "Nieuw project" }).ClickAsync();
        var project = new ProjectPage(lijst.Page);
        var page = project.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nieuw project");
        await page.AssertAccessibleAsync();

        await project.FillAsync("Digitaal Noord", "Bewoners leren online hun zaken regelen in de buurthuizen.", "Stichting DOCK",
            ["SPIN", "Civic Amsterdam"], ["Meer vrijwilligers in Noord", "Sneller hulp bij geldzorgen"], "1-10-2017", "30-9-2019", "in voorbereiding",
                doorbraak: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Project aanmaken" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/projecten/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Digitaal Noord");

        await project.AddInzetRegelAsync("Civic Amsterdam", "subsidie");
        await page.FillFieldAsync("Euro 2018 Civic Amsterdam, subsidie", "12.500,50");
        await page.FillFieldAsync("Uren 2018 Civic Amsterdam, subsidie", "40");
        await page.FillFieldAsync("Euro 2019 Civic Amsterdam, subsidie", "1000,25");
        await project.AddInzetRegelAsync("Stichting DOCK", "eigen middelen");
        await page.FillFieldAsync("Uren 2019 Stichting DOCK, eigen middelen", "12,5");
        await Expect(page.GetByTestId("inzet-totaal")).ToContainTextAsync("€ 13.500,75");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inzet opslaan" }).ClickAsync();
        await Expect(page.GetByTestId("project-totaal")).ToHaveTextAsync("€ 13.500,75");

        await project.AddMijlpaalAsync("Eerste digicafé open", "15-3-2018", "gehaald");
        await project.AddRisicoAsync("Te weinig laptops", "hoog", "middel", "Laptops lenen via de bibliotheek.");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Digitaal Noord");
        await Expect(page.GetByLabel("Startdatum")).ToHaveValueAsync("1-10-2017");
        await Expect(page.GetByLabel("Einddatum")).ToHaveValueAsync("30-9-2019");
        await Expect(page.GetByLabel("Doorbraakproject")).ToBeCheckedAsync();
        await Expect(page.GetByTestId("partners-keuze").GetByLabel("SPIN", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByTestId("partners-keuze").GetByLabel("Stichting Doras", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Expect(page.GetByTestId("doelstellingen-keuze").GetByLabel("Sneller hulp bij geldzorgen")).ToBeCheckedAsync();
        await Expect(project.Euro(2018, "Civic Amsterdam", "subsidie")).ToHaveValueAsync("12.500,50");
        await Expect(project.Uren(2019, "Stichting DOCK", "eigen middelen")).ToHaveValueAsync("12,5");
        await Expect(page.GetByTestId("jaar-totaal").Nth(1)).ToContainTextAsync("€ 12.500,50");
        await Expect(page.GetByTestId("inzet-totaal")).ToContainTextAsync("€ 13.500,75");
        await Expect(page.GetByTestId("inzet-totaal")).ToContainTextAsync("52,5 uur");
        await Expect(page.GetByTestId("mijlpaal")).ToContainTextAsync("15 maart 2018");
        await Expect(page.GetByTestId("mijlpaal")).ToContainTextAsync("Eerste digicafé open");
        await Expect(page.GetByTestId("risico")).ToContainTextAsync("Laptops lenen via de bibliotheek.");
        await page.ScreenshotAsync("project-nieuw");
        await page.AssertAccessibleAsync();

        await lijst.OpenAsync();
        var rij = lijst.Row("Digitaal Noord");
        await Expect(rij).ToContainTextAsync("€ 13.500,75");
        await Expect(rij).ToContainTextAsync("1 oktober 2017 – 30 september 2019");
        await Expect(rij).ToContainTextAsync("in voorbereiding");
        await lijst.FilterAsync("Partner", "Civic Amsterdam");
        await Expect(lijst.Row("Digitaal Noord")).ToHaveCountAsync(1);
    }

    [Test]
    public async Task BadInput_NoNameOrSubCentAmount_ShowsFieldMessagesAndSavesNothing_DeleteAsksFirst()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/projecten/nieuw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Project aanmaken" }).ClickAsync();
        await Expect(page.GetByText("Geef het project een naam.")).ToBeVisibleAsync();
        Assert.That(page.Url, Does.EndWith("/projecten/nieuw"));

        var lijst = new ProjectenPage(page, app, Samples.SamenNoord);
        await lijst.OpenAsync();
        await Expect(lijst.Rows).ToHaveCountAsync(6);
        await page.GetByRole(AriaRole.Link, new() { Name = "Noord Helpt Noord" }).ClickAsync();
        var project = new ProjectPage(page);
        var totaal = await page.GetByTestId("project-totaal").TextContentAsync();
        var eerste = page.GetByTestId("inzet-regel").First.Locator("input").First;
        await eerste.FillAsync("12,555");
        await eerste.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inzet opslaan" }).ClickAsync();
        await Expect(page.GetByTestId("inzet-regel").First).ToContainTextAsync("hele centen");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("project-totaal")).ToHaveTextAsync(totaal!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Project verwijderen" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Noord Helpt Noord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Project verwijderen" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/projecten$"));
        await Expect(lijst.Rows).ToHaveCountAsync(5);
        _ = project;
    }
}
