using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>The years after vaststelling on a project: besteed next to begroot, voortgang per jaar, a vertraagde mijlpaal; the dashboard's budget.</summary>
[Category("Browser")]
public class BestedingBrowserTests
{
    [SetUp]
    public void WaitLonger() => SetDefaultExpectTimeout(15_000);

    [Test]
    public async Task Project_BesteedVoortgangVertraagdeMijlpaal_SavedAndShownOnTheDashboard()
    {
        await using var app = await AppProcess.StartAsync();
        var lijst = new ProjectenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await lijst.OpenAsync();
        await lijst.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school" }).ClickAsync();
        var page = lijst.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wijsneuzen na school");

        // Besteed: 2020 was budgeted at € 54.000 and 900 uur; the verschil is in words while typing, and after saving.
        var euro2020 = page.GetByLabel("Besteed euro 2020 Stichting Wijsneus", new() { Exact = true });
        var rij2020 = page.GetByTestId("besteding-regel").Filter(new() { Has = euro2020 });
        await page.FillFieldAsync("Besteed euro 2020 Stichting Wijsneus", "60.000");
        await page.FillFieldAsync("Besteed uren 2020 Stichting Wijsneus", "850");
        await Expect(rij2020.GetByTestId("besteding-verschil")).ToContainTextAsync("€ 6.000,00 boven begroting");
        await Expect(rij2020.GetByTestId("besteding-verschil")).ToContainTextAsync("50 uur onder begroting");
        await page.FillFieldAsync("Besteed euro 2019 SPIN", "1.500"); // SPIN budgeted only uren
        await page.GetByRole(AriaRole.Button, new() { Name = "Besteding opslaan" }).ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Besteding opgeslagen." })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("project-besteed")).Not.ToHaveTextAsync("€ 0,00");

        // Voortgang: vertraagd without a toelichting is refused at the field, with one it is saved.
        await page.GetByRole(AriaRole.Button, new() { Name = "Voortgang 2019 bewerken" }).ClickAsync();
        await page.SelectAsync("Status 2019", "vertraagd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voortgang opslaan" }).ClickAsync();
        var form = page.GetByTestId("voortgang-form");
        await Expect(Veld(page, "Toelichting 2019")).ToContainTextAsync("Licht toe waarom het project vertraagd is in 2019."); // at the field
        await page.FillFieldAsync("Toelichting 2019", "Twee scholen stopten; nieuwe scholen gezocht.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voortgang opslaan" }).ClickAsync();
        await Expect(form).ToHaveCountAsync(0);
        var jaar2019 = page.GetByTestId("voortgang-jaar").Filter(new() { HasText = "2019" });
        await Expect(jaar2019).ToContainTextAsync("vertraagd");
        await Expect(jaar2019).ToContainTextAsync("Twee scholen stopten; nieuwe scholen gezocht.");

        // A vertraagde mijlpaal asks for its nieuwe datum and shows it on the tijdlijn.
        var mijlpaal = page.GetByTestId("mijlpaal").Filter(new() { HasText = "Ouderavonden in alle drie de gebieden" });
        await mijlpaal.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("bewerken$") }).ClickAsync();
        await page.SelectAsync("Status van de mijlpaal", "vertraagd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        await Expect(Veld(page, "Nieuwe datum")).ToContainTextAsync("Vul de nieuwe datum in waarop de vertraagde mijlpaal verwacht wordt.");
        await page.FillFieldAsync("Nieuwe datum", "12-3-2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        await Expect(page.GetByTestId("mijlpaal-form")).ToHaveCountAsync(0);
        await Expect(mijlpaal.GetByTestId("mijlpaal-status")).ToHaveTextAsync("vertraagd → 12 maart 2019");
        await Expect(mijlpaal).ToContainTextAsync("1 maart 2019"); // the planned datum stays

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByLabel("Besteed euro 2020 Stichting Wijsneus", new() { Exact = true })).ToHaveValueAsync("60.000,00");
        await Expect(page.GetByLabel("Besteed uren 2020 Stichting Wijsneus", new() { Exact = true })).ToHaveValueAsync("850");
        await Expect(jaar2019).ToContainTextAsync("Twee scholen stopten");
        await Expect(mijlpaal.GetByTestId("mijlpaal-status")).ToHaveTextAsync("vertraagd → 12 maart 2019");
        await page.ScreenshotAsync("project-besteed");
        await page.GetByTestId("voortgang").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", "project-voortgang.png") });
        await page.AssertAccessibleAsync();

        // The dashboard's budget: begroot stays the plan's total, besteed and the verschil next to it.
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 }).WaitForAsync();
        await Expect(page.GetByTestId("budget-totaal")).ToContainTextAsync("€ 1.272.250,75");
        var wijsneus = page.GetByTestId("besteed-rij").Filter(new() { HasText = "Stichting Wijsneus" });
        await Expect(wijsneus).ToContainTextAsync("€ 216.000,00");
        await Expect(wijsneus).ToContainTextAsync("onder begroting");
        var spin = page.GetByTestId("besteed-rij").Filter(new() { HasText = "SPIN" });
        await Expect(spin).ToContainTextAsync("boven begroting"); // over budget in words, not only in colour
        await Expect(spin.GetByTestId("over-budget")).ToHaveCountAsync(1);
        var jaar2020 = page.GetByTestId("besteed-jaar").Filter(new() { HasText = "2020" });
        await Expect(jaar2020).ToContainTextAsync("€ 320.250,00");
        await Expect(jaar2020).ToContainTextAsync("€ 60.000,00");
        await Expect(jaar2020).ToContainTextAsync("€ 260.250,00 onder begroting");
        await Expect(page.GetByTestId("besteed-samenvatting")).ToContainTextAsync("van € 1.272.250,75 begroot");
        await page.ScreenshotAsync("dashboard-besteed");
        await page.AssertAccessibleAsync();
    }

    /// <summary>The MudBlazor field around the input with this label: its helper line holds the field's message.</summary>
    private static ILocator Veld(IPage page, string label) =>
        page.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) }).Last;
}
