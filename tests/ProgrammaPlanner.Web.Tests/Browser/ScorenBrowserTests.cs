using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>A partner scores on its phone through its personal link; the facilitator sees it as klaar.</summary>
[Category("Browser")]
public class ScorenBrowserTests
{
    private const long SamenNoord = 2;

    [Test]
    public async Task PhoneScoresThroughPersonalLink_FacilitatorSeesPartnerKlaar_RenewedLinkStopsWorking()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/prioritering");
        await facilitator.GetByLabel("Nieuw criterium").FillAsync("Impact");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Expect(facilitator.GetByTestId("criterium")).ToHaveCountAsync(1);
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ronde openen" }).ClickAsync();
        await Expect(facilitator.GetByTestId("ronde-status")).ToContainTextAsync("De ronde is open");
        var civic = facilitator.GetByTestId("voortgang-rij").Filter(new() { HasText = "Civic Amsterdam" });
        await Expect(civic.GetByTestId("voortgang-status")).ToHaveTextAsync("nog niet gescoord");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Link maken voor Civic Amsterdam" }).ClickAsync();
        var url = await facilitator.GetByTestId("scorelink").Locator("input").InputValueAsync();
        Assert.That(url, Does.StartWith($"{app.BaseUrl}/scoren/"));
        await Expect(facilitator.GetByTestId("scorelink-qr")).ToBeVisibleAsync();

        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await phone.GotoAsync(url);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Scoren voor Civic Amsterdam");
        Assert.That(await phone.Locator("script[src*='blazor']").CountAsync(), Is.Zero, "the scoring page needs no live connection");
        var vragen = phone.Locator("fieldset.score");
        var aantal = await vragen.CountAsync();
        Assert.That(aantal, Is.GreaterThan(1), "one question per candidate project");
        var knop = await vragen.First.Locator("label").First.BoundingBoxAsync();
        Assert.That(knop!.Height, Is.GreaterThanOrEqualTo(44), "a touch target of at least 44 px");
        await phone.ScreenshotAsync("scoren-telefoon-leeg");
        await phone.AssertAccessibleAsync();

        for (var i = 0; i < aantal; i++)
            await vragen.Nth(i).Locator("label").Nth(i % 5).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Scores opslaan" }).ClickAsync();
        await Expect(phone.GetByTestId("scores-ontvangen")).ToBeVisibleAsync();
        await Expect(vragen.Nth(1).Locator("input:checked")).ToHaveValueAsync("2");
        await phone.ScreenshotAsync("scoren-telefoon-opgeslagen");

        await Expect(civic.GetByTestId("voortgang-status")).ToHaveTextAsync("klaar");
        await Expect(facilitator.GetByTestId("voortgang-rij").Filter(new() { HasText = "Stichting DOCK" }).GetByTestId("voortgang-status"))
            .ToHaveTextAsync("nog niet gescoord");
        await facilitator.ScreenshotAsync("prioritering-ronde");
        await facilitator.AssertAccessibleAsync();

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Nieuwe link voor Civic Amsterdam" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Nieuwe link maken" }).ClickAsync();
        await Expect(facilitator.GetByTestId("scorelink").Locator("input")).Not.ToHaveValueAsync(url);
        await phone.GotoAsync(url);
        await Expect(phone.GetByTestId("link-onbekend")).ToBeVisibleAsync();
        Assert.That(await phone.ContentAsync(), Does.Not.Contain("Civic Amsterdam"), "a dead link tells nothing about the partner");
    }
}
