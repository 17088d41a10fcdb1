using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>A partner proposes a change instead of editing; the facilitator sees the difference and takes it over.</summary>
[Category("Browser")]
public class VoorstellenBrowserTests
{
    private const long SamenNoord = 2;
    private const string Erbij = "Ook in de zomervakantie.";

    [Test]
    public async Task BestuurderProposesDoel_FacilitatorSeesDifferenceAndAccepts_ProjectShowsIt_BestuurderSeesOvergenomen()
    {
        await using var app = await AppProcess.StartAsync();
        var bestuurder = await BrowserFixture.NewPageAsync();
        await bestuurder.OpenAsync(app, $"/programmas/{SamenNoord}/projecten", Demo.Bestuurder);
        var link = bestuurder.GetByTestId("project-rij").First.GetByRole(AriaRole.Link).First;
        var project = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        var projectUrl = new Uri(await WaitForProjectUrlAsync(bestuurder)).AbsolutePath;

        await bestuurder.Locator("[data-testid=voorstel-knop][data-veld=project-doel]").ClickAsync();
        var dialog = bestuurder.GetByTestId("voorstel-dialog");
        var veld = dialog.GetByLabel("Voorgestelde tekst");
        await Expect(veld).Not.ToHaveValueAsync("");
        var oud = await veld.InputValueAsync();
        await Expect(dialog.GetByTestId("voorstel-huidig")).ToContainTextAsync(oud[..Math.Min(40, oud.Length)]);
        await veld.FillAsync(oud + " " + Erbij);
        await dialog.GetByLabel("Toelichting (waarom?)").FillAsync("Kinderen zwemmen dan het meest.");
        await bestuurder.ScreenshotAsync("voorstel-dialog");
        await bestuurder.AssertAccessibleAsync();
        await bestuurder.GetByRole(AriaRole.Button, new() { Name = "Voorstel indienen" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.That(await bestuurder.GetByLabel("Doel", new() { Exact = true }).InputValueAsync(), Is.EqualTo(oud), "proposing changes nothing yet");

        var facilitator = await BrowserFixture.NewPageAsync();
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}");
        await Expect(facilitator.GetByTestId("dashboard-voorstellen")).ToContainTextAsync("1 voorstel van een partner wacht op een besluit.");
        await facilitator.GetByTestId("dashboard-voorstellen").GetByRole(AriaRole.Link, new() { Name = "Naar de voorstellen" }).ClickAsync();
        var voorstel = facilitator.GetByTestId("voorstel");
        await Expect(voorstel).ToHaveCountAsync(1);
        await Expect(voorstel).ToContainTextAsync(project);
        await Expect(voorstel.Locator("ins")).ToHaveTextAsync("erbij: " + Erbij);
        await Expect(voorstel.Locator("del")).ToHaveCountAsync(0);
        await Expect(voorstel).ToContainTextAsync("Kinderen zwemmen dan het meest.");
        await facilitator.ScreenshotAsync("voorstellen-open");
        await facilitator.AssertAccessibleAsync();
        await voorstel.GetByRole(AriaRole.Button, new() { Name = "Overnemen" }).ClickAsync();
        await Expect(voorstel.GetByTestId("voorstel-status")).ToHaveTextAsync("overgenomen");

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/logboek");
        var regel = facilitator.Locator("tr").Filter(new() { Has = facilitator.GetByTestId("logboek-opdracht").GetByText("Voorstel overgenomen") });
        await Expect(regel).ToContainTextAsync($"overgenomen: doel van het project '{project}'");
        await Expect(regel).ToContainTextAsync("Voorstel van ");

        await facilitator.OpenAsync(app, projectUrl);
        await Expect(facilitator.GetByLabel("Doel", new() { Exact = true })).ToHaveValueAsync(oud + " " + Erbij);

        await bestuurder.OpenAsync(app, $"/programmas/{SamenNoord}/voorstellen", Demo.Bestuurder);
        await Expect(bestuurder.GetByTestId("voorstel").GetByTestId("voorstel-status")).ToHaveTextAsync("overgenomen");
        await bestuurder.ScreenshotAsync("voorstellen-eigen");

        var lezer = await BrowserFixture.NewPageAsync();
        await lezer.OpenAsync(app, projectUrl, Demo.Lezer);
        await Expect(lezer.GetByTestId("opmerkingen-knop")).ToBeVisibleAsync();
        await Expect(lezer.GetByTestId("voorstel-knop")).ToHaveCountAsync(0);
    }

    private static async Task<string> WaitForProjectUrlAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/projecten/\d+$"));
        await page.GetByTestId("voorstel-knop").First.WaitForAsync();
        return page.Url;
    }
}
