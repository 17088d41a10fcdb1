using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>A bestuurder invited for a partner approves for it right after accepting, and confirms the approval first.</summary>
[Category("Browser")]
public class BestuurderOnboardingBrowserTests
{
    [Test]
    public async Task InviteBestuurderForPartner_AcceptsAndApproves_AfterConfirming_CancelRecordsNothing()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        await new PlanversiesPage(facilitator, app, Samples.SamenNoord).FreezeAsync(1);

        // One step: the invitation names the partner.
        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/leden");
        await Expect(facilitator.GetByTestId("uitnodiging-partner")).ToHaveCountAsync(0); // only for a bestuurder
        await facilitator.GetByLabel("E-mailadres").FillAsync("rob@civic.nl");
        await facilitator.SelectAsync(facilitator.GetByTestId("uitnodiging-rol"), "bestuurder");
        await facilitator.SelectAsync(facilitator.GetByTestId("uitnodiging-partner"), "Civic Amsterdam");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();
        var link = await facilitator.GetByTestId("link-doorgeven").GetByRole(AriaRole.Textbox).InputValueAsync();
        await Expect(facilitator.GetByTestId("open-uitnodigingen")).ToContainTextAsync("rob@civic.nl als bestuurder namens Civic Amsterdam");

        var rob = await BrowserFixture.NewPageAsync();
        await rob.GotoAsync(link);
        await Expect(rob.GetByText("voor het programma Samen Noord als bestuurder namens Civic Amsterdam")).ToBeVisibleAsync();
        await rob.GetByLabel("Uw naam").FillAsync("Rob de Vries");
        await rob.GetByLabel("Nieuw wachtwoord").FillAsync("drie lange woorden");
        await rob.GetByLabel("Herhaal het wachtwoord").FillAsync("drie lange woorden");
        await rob.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await rob.WaitForInteractiveAsync();
        await Expect(rob.GetByTestId("programma-kaart").First).ToBeVisibleAsync();

        // The partner names someone else as its bestuurder: the Leden page says so, with a way to fix it.
        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/leden");
        var waarschuwing = facilitator.GetByRole(AriaRole.Row).Filter(new() { HasText = "rob@civic.nl" }).GetByTestId("naam-wijkt-af");
        await Expect(waarschuwing).ToContainTextAsync("Bij Civic Amsterdam staat Marloes Visser als bestuurder; dit account is van Rob de Vries.");
        await Expect(waarschuwing.GetByRole(AriaRole.Link)).ToHaveTextAsync("pas de bestuurder van Civic Amsterdam aan");
        await facilitator.ScreenshotAsync("leden-bestuurder-namens");
        await facilitator.AssertAccessibleAsync();

        // Rob approves for Civic Amsterdam; the first time he cancels the confirmation and nothing is recorded.
        await rob.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/versies/1");
        await Expect(rob.GetByRole(AriaRole.Heading, new() { Name = "Uw besluit namens Civic Amsterdam" })).ToBeVisibleAsync();
        var rij = rob.GetByTestId("partner-besluiten").Locator("tr", new() { HasText = "Civic Amsterdam" });
        await rob.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        var bevestig = rob.GetByRole(AriaRole.Dialog);
        await Expect(bevestig).ToContainTextAsync("Versie 1 goedkeuren namens Civic Amsterdam?");
        await bevestig.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
        await Expect(bevestig).ToHaveCountAsync(0);
        await Expect(rij).Not.ToContainTextAsync("goedgekeurd");
        await Expect(rob.GetByRole(AriaRole.Heading, new() { Name = "Uw besluit namens Civic Amsterdam" })).ToBeVisibleAsync();

        await rob.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await bevestig.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Expect(rob.GetByText("Goedgekeurd namens Civic Amsterdam.")).ToBeVisibleAsync();
        await Expect(rij).ToContainTextAsync("goedgekeurd");
        await Expect(rob.GetByTestId("waarom-geen-besluit")).ToHaveTextAsync("Namens Civic Amsterdam is over deze versie al besloten (goedgekeurd).");
    }
}
