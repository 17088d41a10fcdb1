using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>
/// The UI offers each role only what it may do (the core refuses the rest anyway): a lezer reads everything and changes
/// nothing, a redacteur edits the content but not the process (sessions, versions), which is the facilitator's.
/// </summary>
[Category("Browser")]
public class RollenBrowserTests
{
    /// <summary>Names of controls that change something. A lezer may see none of them, as button or as link.</summary>
    private static readonly Regex Wijzigend = new(
        "toevoegen|bewerken|verwijderen|opslaan|omhoog|omlaag|vastleggen|hernoemen|^nieuwe? |openen|sluiten|goedkeuren|afwijzen|importeren|kies bijdrage",
        RegexOptions.IgnoreCase);

    [Test]
    public async Task Lezer_SamenNoord_SeesEverything_NoControlThatChangesIt_EditPagesReadOnly()
    {
        await using var app = await AppProcess.StartAsync();
        // The facilitator prepares what only exists after use: a session open for input, a version ter besluitvorming.
        var facilitator = await BrowserFixture.NewPageAsync();
        var (bijeenkomst, code) = await BijeenkomstenPages.CreateAndOpenAsync(facilitator, app);
        await new PlanversiesPage(facilitator, app, Samples.SamenNoord).FreezeAsync(1);

        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, "/", Demo.Lezer);
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await Expect(page.GetByTestId("boom-speerpunt")).ToHaveCountAsync(4);
        await AssertNothingEditableAsync(page);

        await noord.GoToAsync("/partners", "Partners en wijken");
        await Expect(page.GetByTestId("partners-tabel").Locator("tbody tr")).ToHaveCountAsync(9);
        await Expect(page.GetByTestId("wijk-rij")).ToHaveCountAsync(3);
        await AssertNothingEditableAsync(page);

        await noord.GoToAsync("/speerpunten", "Speerpunten en doelstellingen");
        await Expect(page.GetByTestId("speerpunt-kaart")).ToHaveCountAsync(4);
        await AssertNothingEditableAsync(page);

        // a doelstelling: its form and realisaties read-only, no save or delete
        await page.GetByTestId("doelstelling-rij").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("alleen-bekijken")).ToHaveTextAsync("U kunt dit alleen bekijken (rol: lezer).");
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).Not.ToBeEditableAsync();
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).Not.ToHaveValueAsync("");
        await Expect(page.GetByLabel(new Regex("^Realisatie \\d{4} Totaal$")).First).Not.ToBeEditableAsync();
        await AssertNothingEditableAsync(page);

        await noord.GoToAsync("/projecten", "Projecten");
        await Expect(page.GetByTestId("project-rij")).ToHaveCountAsync(6);
        await AssertNothingEditableAsync(page);

        // a project: its form, inzet, mijlpalen and risico's read-only
        await page.GetByTestId("project-rij").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("alleen-bekijken")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).Not.ToBeEditableAsync();
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).Not.ToHaveValueAsync("");
        await Expect(page.GetByLabel("Doel", new() { Exact = true })).Not.ToBeEditableAsync();
        var inzet = page.Locator("#inzet-form input:not([type=hidden])");
        for (var i = 0; i < await inzet.CountAsync(); i++) await Expect(inzet.Nth(i)).Not.ToBeEditableAsync();
        await AssertNothingEditableAsync(page);
        await page.ScreenshotAsync("rollen-lezer-project");
        await page.AssertAccessibleAsync();

        await noord.GoToAsync("/samenwerking", "Samenwerking");
        await Expect(page.GetByTestId("basisvoorwaarde")).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("orgaan")).ToHaveCountAsync(3);
        await AssertNothingEditableAsync(page);

        await noord.GoToAsync("/bijeenkomsten", "Bijeenkomsten");
        await Expect(page.GetByTestId("bijeenkomst-rij")).ToHaveCountAsync(1);
        await AssertNothingEditableAsync(page);
        await page.GetByTestId("bijeenkomst-rij").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/bijeenkomsten/{bijeenkomst}$"));
        await Expect(page.GetByTestId("deelnamecode")).ToHaveTextAsync(code); // the code is on the projector anyway
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wand" })).ToBeVisibleAsync();
        await AssertNothingEditableAsync(page);

        await noord.GoToAsync("/prioritering", "Prioritering");
        await Expect(page.GetByTestId("criterium").First.Or(page.GetByText("Voeg eerst criteria en projecten toe."))).ToBeVisibleAsync();
        await AssertNothingEditableAsync(page);

        await noord.GoToAsync("/versies", "Versies en besluitvorming");
        await Expect(page.GetByTestId("versie-1")).ToBeVisibleAsync();
        await AssertNothingEditableAsync(page);
        await page.OpenAsync(app, $"/programmas/{noord.Id}/versies/1");
        await Expect(page.GetByTestId("partner-besluiten").Locator("tbody tr")).ToHaveCountAsync(9);
        await Expect(page.GetByText("Uw besluit namens")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Papieren goedkeuring vastleggen")).ToHaveCountAsync(0);
        await AssertNothingEditableAsync(page);

        await noord.GoToAsync("/uitwisseling", "Import en export");
        await Expect(page.GetByTestId("export-knop")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-form")).ToHaveCountAsync(0);
        await AssertNothingEditableAsync(page);

        // the programma's own page: the data, read-only, with one line that says why
        await noord.GoToAsync("/bewerken", "Programma");
        await Expect(page.GetByTestId("alleen-bekijken")).ToHaveTextAsync("U kunt dit alleen bekijken (rol: lezer).");
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync(new Regex("."));
        foreach (var veld in new[] { "Naam", "Motto", "Gebied", "Startjaar", "Eindjaar", "Aanleiding", "Ambitie" })
            await Expect(page.GetByLabel(veld, new() { Exact = true })).Not.ToBeEditableAsync();
        await AssertNothingEditableAsync(page);
        await page.ScreenshotAsync("rollen-lezer-programma");
        await page.AssertAccessibleAsync();
    }

    [Test]
    public async Task Redacteur_EditsTheContent_ButSeesNoFacilitatorControls()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (bijeenkomst, code) = await BijeenkomstenPages.CreateAndOpenAsync(facilitator, app);
        var telefoon = await BrowserFixture.NewPageAsync(390, 844);
        await BijeenkomstenPages.JoinAsync(telefoon, app, code);
        await BijeenkomstenPages.SubmitAsync(telefoon, "Een huiskamer per buurt voor jongeren");
        await Expect(telefoon.GetByText("Een huiskamer per buurt voor jongeren")).ToBeVisibleAsync();
        await new PlanversiesPage(facilitator, app, Samples.SamenNoord).FreezeAsync(1);

        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, "/", Demo.Redacteur);
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");

        // the content: a redacteur adds a basisvoorwaarde and a speerpunt
        await noord.GoToAsync("/samenwerking", "Samenwerking");
        await page.GetByLabel("Nieuwe basisvoorwaarde").FillAsync("We leren van wat werkt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Basisvoorwaarde toevoegen" }).ClickAsync();
        await Expect(page.GetByTestId("basisvoorwaarde")).ToHaveCountAsync(6);
        await Expect(page.GetByTestId("basisvoorwaarde-tekst").Last).ToHaveTextAsync("We leren van wat werkt");

        await noord.GoToAsync("/speerpunten", "Speerpunten en doelstellingen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw speerpunt" }).ClickAsync();
        await page.GetByTestId("speerpunt-form").GetByLabel("Naam").FillAsync("Digitale inclusie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByTestId("speerpunt-kaart")).ToHaveCountAsync(5);

        await noord.GoToAsync("/bewerken", "Programma bewerken");
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToBeEditableAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("alleen-bekijken")).ToHaveCountAsync(0);

        // the process is the facilitator's: no freezing a version, no paper approvals, no approving at all
        await noord.GoToAsync("/versies", "Versies en besluitvorming");
        await Expect(page.GetByTestId("versie-1")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("versie-vastleggen")).ToHaveCountAsync(0);
        await page.OpenAsync(app, $"/programmas/{noord.Id}/versies/1");
        await Expect(page.GetByTestId("partner-besluiten")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("papier-vastleggen")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Uw besluit namens")).ToHaveCountAsync(0);

        // a session: the redacteur edits it, but opening/closing input, votes and the wall's cards are the facilitator's
        await page.OpenAsync(app, $"/programmas/{noord.Id}/bijeenkomsten/{bijeenkomst}");
        await Expect(page.GetByTestId("deelnamecode")).ToHaveTextAsync(code);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bewerken" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Besluit toevoegen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Invoer sluiten" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Wand" }).ClickAsync();
        await Expect(page.GetByTestId("wand-kaart")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("kaart-tekst")).ToHaveTextAsync("Een huiskamer per buurt voor jongeren");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Kies bijdrage") })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Bijdrage \\d+ bewerken$") })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" })).ToHaveCountAsync(0);

        await noord.GoToAsync("/prioritering", "Prioritering");
        await Expect(page.GetByText("Criteria en gewichten")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Nieuw criterium")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("is doorbraakproject$") })).ToHaveCountAsync(0);
    }

    /// <summary>No button or link on the page that would change something (the lezer's view).</summary>
    private static async Task AssertNothingEditableAsync(IPage page)
    {
        var namen = new List<string>();
        foreach (var rol in new[] { AriaRole.Button, AriaRole.Link, AriaRole.Checkbox })
            namen.AddRange(await page.GetByRole(rol, new() { NameRegex = Wijzigend })
                .EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-label') || e.textContent.trim())"));
        Assert.That(namen, Is.Empty, $"Een lezer ziet op {page.Url} knoppen om te wijzigen.");
        Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).CountAsync(), Is.Zero);
    }
}
