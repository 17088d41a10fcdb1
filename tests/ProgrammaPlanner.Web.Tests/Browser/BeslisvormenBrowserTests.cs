using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>The facilitator opens a 100-points round on the wall, a phone divides its points, the wall shows the result live.</summary>
[Category("Browser")]
public class BeslisvormenBrowserTests
{
    [Test]
    public async Task FacilitatorOpensPointsRound_PhoneDivides100_WallShowsTheResult()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app);
        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await JoinAsync(phone, app, code);
        await SubmitAsync(phone, "Een loket voor geldzorgen");
        await Expect(phone.GetByTestId("ontvangen")).ToBeVisibleAsync();
        await SubmitAsync(phone, "Huiswerkklas in de bibliotheek");
        await Expect(phone.GetByTestId("ontvangen")).ToBeVisibleAsync();

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/wand");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Puntenronde openen (100 punten)" }).ClickAsync();
        await Expect(facilitator.GetByTestId("puntenronde-open")).ToContainTextAsync("Puntenronde 1 loopt (alle bijdragen): 0 deelnemers");

        await phone.GotoAsync($"{app.BaseUrl}/deelnemen?code={code}");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Puntenronde 1 is open: verdeel uw 100 punten" }).ClickAsync();
        await phone.GetByLabel("Een loket voor geldzorgen").FillAsync("60");
        await phone.GetByLabel("Huiswerkklas in de bibliotheek").FillAsync("30");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Punten versturen" }).ClickAsync();
        await Expect(phone.GetByTestId("nog-te-verdelen")).ToHaveTextAsync(
            "U verdeelde 90 punten: nog 10 te verdelen. Het moeten er precies 100 zijn.");
        await Expect(phone.GetByTestId("punten-ontvangen")).ToHaveCountAsync(0);
        await Expect(facilitator.GetByTestId("puntenronde-uitslag")).ToHaveCountAsync(0);

        await phone.GetByLabel("Huiswerkklas in de bibliotheek").FillAsync("40");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Punten versturen" }).ClickAsync();
        await Expect(phone.GetByTestId("punten-ontvangen")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("nog-te-verdelen")).ToHaveTextAsync("Alle 100 punten zijn verdeeld.");
        await phone.ScreenshotAsync("punten-telefoon");
        await phone.AssertAccessibleAsync();

        var uitslag = facilitator.GetByTestId("puntenronde-uitslag");
        await Expect(uitslag.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync(
            new System.Text.RegularExpressions.Regex(@"Een loket voor geldzorgen \(Stichting DOCK\)\s*60\s*Stichting DOCK 60"));
        await Expect(facilitator.GetByTestId("puntenronde-open")).ToContainTextAsync("1 deelnemer heeft 100 punten verdeeld");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Puntenronde sluiten" }).ClickAsync();
        await Expect(facilitator.GetByTestId("puntenronde-open")).ToHaveCountAsync(0);
        await Expect(uitslag).ToContainTextAsync("Huiswerkklas in de bibliotheek");
        await facilitator.ScreenshotAsync("wand-puntenronde");
        await facilitator.AssertAccessibleAsync();
    }
}
