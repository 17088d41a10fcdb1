using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>
/// The yearly update round end to end: the facilitator opens a round, a member of Civic Amsterdam (invited and linked to
/// that partner on the Leden page) fills in and submits Civic's rapportage, the facilitator returns it with a reason, the
/// partner corrects it and submits again, the facilitator accepts it and the figure counts.
/// </summary>
[Category("Browser")]
public class RapportagesBrowserTests
{
    private const string Doel = "Mantelzorgers in beeld en ondersteund";
    private const string Project = "Mantelzorg dichtbij";

    [Test]
    public async Task Round_PartnerSubmits_FacilitatorReturnsThenAccepts_FigureCounts()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var partner = await InviteCivicMemberAsync(app, facilitator);

        // The facilitator opens the round over 2020: every partner has an open rapportage.
        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/rapportages");
        await facilitator.GetByLabel("Jaar", new() { Exact = true }).FillAsync("2020");
        await facilitator.GetByLabel("Uiterlijk indienen op").FillAsync("1 maart 2021");
        await facilitator.GetByLabel("Uiterlijk indienen op").PressAsync("Tab");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ronde openen" }).ClickAsync();
        var ronde = facilitator.GetByTestId("ronde-2020");
        await Expect(ronde.GetByTestId("ronde-rij")).ToHaveCountAsync(9);
        // The deadline (1 maart 2021) lies before today: whoever has not submitted is te laat.
        await Expect(Rij(ronde, "Civic Amsterdam").GetByTestId("rapportage-status")).ToHaveTextAsync(new Regex("^\\s*open\\s*te laat\\s*$"));

        // The partner's member finds its own rapportage and fills it in.
        await partner.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/rapportages");
        await Expect(partner.GetByTestId("mijn-rapportages")).ToContainTextAsync("Rapportages van Civic Amsterdam");
        await Expect(partner.GetByText("Rapportageronde openen")).ToHaveCountAsync(0);
        await Expect(partner.GetByRole(AriaRole.Link, new() { Name = "Rapportage van Stichting DOCK over 2020 bekijken" })).ToHaveCountAsync(0);
        await partner.ScreenshotAsync("rapportages-partner");
        await partner.GetByRole(AriaRole.Link, new() { Name = "Uw rapportage over 2020" }).ClickAsync();
        await partner.GetByRole(AriaRole.Heading, new() { Name = "Rapportage van Civic Amsterdam over 2020", Level = 1 }).WaitForAsync();
        await partner.FillFieldAsync($"Realisatie 2020 {Doel} Totaal", "1.040");
        await partner.FillFieldAsync($"Realisatie 2020 {Doel} Oud-Noord", "veel");
        await Expect(partner.GetByText("Vul een getal in, bijv. 1.234,5")).ToBeVisibleAsync();
        await partner.FillFieldAsync($"Realisatie 2020 {Doel} Oud-Noord", "390");
        await partner.FillFieldAsync($"Besteed in euro {Project}", "12.500,50");
        await partner.FillFieldAsync($"Besteed in uren {Project}", "120");
        await partner.SelectAsync(partner.GetByLabel($"Status 2020 {Project}"), "op schema");
        await partner.SelectAsync(partner.GetByLabel("Stand mijlpaal Mantelzorgenquête 2020"), "gehaald");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync();
        await Expect(partner.GetByTestId("rapportage-status").First).ToContainTextAsync("ingediend");
        await Expect(partner.GetByTestId("rapportage-stappen")).ToContainTextAsync("Ingediend door Rita Rapport");

        // The facilitator returns it with a reason; nothing counts yet.
        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/rapportages");
        await Expect(Rij(facilitator.GetByTestId("ronde-2020"), "Civic Amsterdam").GetByTestId("rapportage-status")).ToContainTextAsync("ingediend");
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Rapportage van Civic Amsterdam over 2020 bekijken" }).ClickAsync();
        await Expect(facilitator.GetByLabel($"Realisatie 2020 {Doel} Totaal")).ToBeDisabledAsync();
        await facilitator.ScreenshotAsync("rapportage-beoordelen");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Terugsturen" }).ClickAsync();
        var dialoog = facilitator.GetByRole(AriaRole.Dialog);
        await dialoog.GetByRole(AriaRole.Button, new() { Name = "Terugsturen" }).ClickAsync();
        await Expect(dialoog).ToContainTextAsync("Geef de reden");
        await dialoog.GetByLabel("Reden").FillAsync("Oud-Noord lijkt hoog; graag nakijken");
        await dialoog.GetByRole(AriaRole.Button, new() { Name = "Terugsturen" }).ClickAsync();
        await Expect(facilitator.GetByTestId("rapportage-status").First).ToContainTextAsync("teruggestuurd");
        await Expect(TeltNu(facilitator)).ToHaveTextAsync("–");

        // The partner sees the reason and its figures, corrects one and submits again.
        await partner.ReloadAsync();
        await partner.WaitForInteractiveAsync();
        await Expect(partner.GetByTestId("teruggestuurd-reden")).ToContainTextAsync("Oud-Noord lijkt hoog; graag nakijken");
        await Expect(partner.GetByLabel($"Realisatie 2020 {Doel} Totaal")).ToHaveValueAsync("1.040");
        await partner.FillFieldAsync($"Realisatie 2020 {Doel} Oud-Noord", "380");
        await partner.ScreenshotAsync("rapportage-formulier");
        await partner.AssertAccessibleAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync();
        await Expect(partner.GetByTestId("rapportage-status").First).ToContainTextAsync("ingediend");

        // The facilitator accepts: the figures count.
        await facilitator.ReloadAsync();
        await facilitator.WaitForInteractiveAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Accepteren" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Accepteren" }).ClickAsync();
        await Expect(facilitator.GetByTestId("rapportage-status").First).ToContainTextAsync("geaccepteerd");
        await Expect(TeltNu(facilitator)).ToHaveTextAsync("1.040");
        await Expect(facilitator.GetByTestId("rapportage-stappen").Locator("li")).ToHaveCountAsync(4);

        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/rapportages");
        await Expect(Rij(facilitator.GetByTestId("ronde-2020"), "Civic Amsterdam").GetByTestId("rapportage-status")).ToContainTextAsync("geaccepteerd");
        await facilitator.ScreenshotAsync("rapportages-ronde");
        await facilitator.AssertAccessibleAsync();

        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}");
        await Expect(facilitator.GetByTestId("dashboard-rapportages")).ToContainTextAsync("Rapportageronde 2020");
        await Expect(facilitator.GetByTestId("aantal-geaccepteerd")).ToHaveTextAsync("1");
        await Expect(facilitator.GetByTestId("aantal-open")).ToHaveTextAsync("8");
        // Per status the partners that have it, the late ones marked.
        await Expect(facilitator.GetByTestId("partners-geaccepteerd")).ToHaveTextAsync(new Regex("^\\s*Civic Amsterdam\\s*$"));
        await Expect(facilitator.GetByTestId("partners-open")).ToContainTextAsync("Stichting DOCK (te laat)");
        await Expect(facilitator.GetByTestId("partners-open")).Not.ToContainTextAsync("Civic Amsterdam");
        await Expect(facilitator.GetByTestId("partners-ingediend")).ToHaveCountAsync(0);
        var map = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(map);
        await facilitator.GetByTestId("dashboard-rapportages").ScreenshotAsync(new() { Path = Path.Combine(map, "dashboard-rapportages.png") });
        await facilitator.AssertAccessibleAsync();
    }

    [Test]
    public async Task DoelstellingNobodyReports_ListedInTheOpenRound_TheFacilitatorChoosesWhoReportsIt()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/rapportages");

        // Projects of two trekkers serve both doelstellingen; the sample chose Stichting DOCK for the first, nobody reports the second.
        var niemand = facilitator.GetByTestId("ronde-2019").GetByTestId("niemand-rapporteert");
        await Expect(niemand).ToContainTextAsync("Meer vrijwilligers in Noord");
        await Expect(niemand).Not.ToContainTextAsync("Meer kwetsbare bewoners zetten een stap");
        await Expect(facilitator.GetByTestId("rapporteur-rij").Filter(new() { HasText = "Meer kwetsbare bewoners zetten een stap" })
            .GetByTestId("rapporteur-reden")).ToHaveTextAsync("gekozen door de facilitator");
        var vrijwilligers = facilitator.GetByTestId("rapporteur-rij").Filter(new() { HasText = "Meer vrijwilligers in Noord" });
        await Expect(vrijwilligers.GetByTestId("rapporteur-reden"))
            .ToHaveTextAsync("projecten van De Regenboog Groep en Vrijwilligers Centrale Amsterdam dragen eraan bij; kies wie rapporteert");
        await Expect(facilitator.GetByTestId("rapporteur-rij").Filter(new() { HasText = "Sneller hulp bij geldzorgen" }).GetByTestId("rapporteur-reden"))
            .ToHaveTextAsync("trekker van de projecten die eraan bijdragen");

        await facilitator.SelectAsync(facilitator.GetByLabel("Wie rapporteert Meer vrijwilligers in Noord"), "Vrijwilligers Centrale Amsterdam");
        await Expect(vrijwilligers.GetByTestId("rapporteur-reden")).ToHaveTextAsync("gekozen door de facilitator");
        await Expect(niemand).ToHaveCountAsync(0);
        await facilitator.ReloadAsync();
        await facilitator.WaitForInteractiveAsync();
        await Expect(facilitator.GetByLabel("Wie rapporteert Meer vrijwilligers in Noord")).ToHaveValueAsync("Vrijwilligers Centrale Amsterdam");
        await facilitator.ScreenshotAsync("rapporteurs");
        await facilitator.AssertAccessibleAsync();
    }

    private static ILocator Rij(ILocator ronde, string partner) => ronde.GetByTestId("ronde-rij").Filter(new() { HasText = partner });

    /// <summary>"Telt nu" of the doelstelling's total: the counted realisatie.</summary>
    private static ILocator TeltNu(IPage page) =>
        page.GetByTestId("rapportage-doelstelling").Filter(new() { HasText = Doel }).GetByTestId("telt-nu").First;

    /// <summary>Invites a new member as bestuurder, lets them make an account, and links them to Civic Amsterdam on the Leden page.</summary>
    private static async Task<IPage> InviteCivicMemberAsync(AppProcess app, IPage facilitator)
    {
        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/leden");
        await facilitator.GetByLabel("E-mailadres").FillAsync("rita@civic.nl");
        await facilitator.SelectAsync(facilitator.GetByTestId("uitnodiging-rol"), "bestuurder");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();
        var link = await facilitator.GetByTestId("link-doorgeven").GetByRole(AriaRole.Textbox).InputValueAsync();

        var lid = await BrowserFixture.NewPageAsync();
        await lid.GotoAsync(link);
        await lid.GetByLabel("Uw naam").FillAsync("Rita Rapport");
        await lid.GetByLabel("Nieuw wachtwoord").FillAsync("drie lange woorden");
        await lid.GetByLabel("Herhaal het wachtwoord").FillAsync("drie lange woorden");
        await lid.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await lid.WaitForInteractiveAsync();
        await Expect(lid.GetByTestId("programma-kaart").First).ToBeVisibleAsync();

        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/leden");
        await facilitator.SelectAsync(facilitator.GetByLabel("Partner namens wie Rita Rapport besluit"), "Civic Amsterdam");
        await Expect(facilitator.Locator(".mud-snackbar").Filter(new() { HasText = "Opgeslagen." })).ToBeVisibleAsync();
        return lid;
    }
}
