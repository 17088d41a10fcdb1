using Microsoft.Playwright;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Hoofdstukken;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class HoofdstukkenTests
{
    [Test]
    public async Task Samenvatting_AndRisicoRow_SavedAndShownAfterReload_ReadOnlyForALezer()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var centrum = await ProgrammaPage.OpenAsync(page, app, "Door verbinden en delen samen kracht"); // its chapters are still empty
        await page.GetByRole(AriaRole.Link, new() { Name = "Hoofdstukken", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Hoofdstukken", Level = 1 }).WaitForAsync();

        var samenvatting = await OpenPanelAsync(page, Hoofdstuksoort.Samenvatting, "Samenvatting");
        await Expect(samenvatting.GetByTestId("hoofdstuk-status")).ToHaveTextAsync("Leeg: staat niet in het plan");
        await samenvatting.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Samen maken we **Noord** sterker.\n\n- meer ontmoeting\n- minder schulden");
        await samenvatting.GetByLabel("Gevraagd besluit").FillAsync("Het programmaplan vast te stellen.");
        // the preview renders the markup as the plan does
        await Expect(samenvatting.GetByTestId("voorbeeld").Locator("strong")).ToHaveTextAsync("Noord");
        await Expect(samenvatting.GetByTestId("voorbeeld").Locator("li")).ToHaveCountAsync(2);
        await samenvatting.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(centrum.Snackbar("Hoofdstuk 'Samenvatting' opgeslagen.")).ToBeVisibleAsync();
        await Expect(samenvatting.GetByTestId("hoofdstuk-status")).ToHaveTextAsync("Wordt afgedrukt");

        var risicos = await OpenPanelAsync(page, Hoofdstuksoort.Risicos, "Risico's en beheersmaatregelen");
        await risicos.GetByRole(AriaRole.Button, new() { Name = "Rij toevoegen" }).ClickAsync();
        await risicos.GetByLabel("Risico 1", new() { Exact = true }).FillAsync("Partners haken af");
        await risicos.GetByLabel("Kans 1").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "middel" }).ClickAsync();
        // the choice has reached the server before the form is saved (under load the option's click can come late)
        await Expect(risicos.GetByLabel("Kans 1")).ToContainTextAsync("middel");
        await risicos.GetByLabel("Beheersmaatregel 1").FillAsync("Elk kwartaal een partneroverleg");
        await risicos.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(risicos.GetByTestId("hoofdstuk-status")).ToHaveTextAsync("Wordt afgedrukt");
        await page.ScreenshotAsync("hoofdstukken");
        await page.AssertAccessibleAsync();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        samenvatting = await OpenPanelAsync(page, Hoofdstuksoort.Samenvatting, "Samenvatting");
        await Expect(samenvatting.GetByLabel("Gevraagd besluit")).ToHaveValueAsync("Het programmaplan vast te stellen.");
        risicos = await OpenPanelAsync(page, Hoofdstuksoort.Risicos, "Risico's en beheersmaatregelen");
        await Expect(risicos.GetByTestId("hoofdstuk-rij")).ToHaveCountAsync(1);
        await Expect(risicos.GetByLabel("Risico 1", new() { Exact = true })).ToHaveValueAsync("Partners haken af");

        var opgeslagen = await LoadAsync(app, centrum.Id);
        var s = opgeslagen.Standaard.Single(h => h.Soort.Soort == Hoofdstuksoort.Samenvatting);
        Assert.That(s.Velden.Single(v => v.Naam == "besluit").Waarde, Is.EqualTo("Het programmaplan vast te stellen."));
        Assert.That(s.Tekst, Does.StartWith("Samen maken we **Noord** sterker."));
        var rij = opgeslagen.Standaard.Single(h => h.Soort.Soort == Hoofdstuksoort.Risicos).Rows.Single().Cellen.ToDictionary(c => c.Naam, c => c.Waarde);
        Assert.That((rij["risico"], rij["kans"], rij["impact"], rij["maatregel"]),
            Is.EqualTo(("Partners haken af", "middel", "", "Elk kwartaal een partneroverleg")));

        // the plan prints them: the samenvatting first, with the decision asked; the risico's after Financiën
        await page.GetByRole(AriaRole.Link, new() { Name = "Programmaplan", Exact = true }).ClickAsync();
        var plan = page.FrameLocator("[data-testid=plan-voorbeeld]");
        await Expect(plan.Locator("h2#h1")).ToHaveTextAsync("1 Samenvatting");
        await Expect(plan.Locator(".gevraagd-besluit")).ToContainTextAsync("Het programmaplan vast te stellen.");
        await Expect(plan.GetByRole(AriaRole.Heading, new() { Name = "Risico's en beheersmaatregelen" })).ToBeVisibleAsync();

        // a lezer sees the same chapters, read-only, without a button that changes them
        var lezer = await BrowserFixture.NewPageAsync();
        await lezer.OpenAsync(app, $"/programmas/{centrum.Id}/hoofdstukken", Demo.Lezer);
        await Expect(lezer.GetByTestId("alleen-bekijken")).ToHaveTextAsync("U kunt dit alleen bekijken (rol: lezer).");
        var gelezen = await OpenPanelAsync(lezer, Hoofdstuksoort.Samenvatting, "Samenvatting");
        await Expect(gelezen.GetByLabel("Gevraagd besluit")).ToHaveValueAsync("Het programmaplan vast te stellen.");
        await Expect(gelezen.GetByLabel("Gevraagd besluit")).Not.ToBeEditableAsync();
        Assert.That(await lezer.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).CountAsync(), Is.Zero);
        Assert.That(await lezer.GetByRole(AriaRole.Button, new() { Name = "Rij toevoegen" }).CountAsync(), Is.Zero);
        Assert.That(await lezer.GetByRole(AriaRole.Button, new() { Name = "Hoofdstuk toevoegen" }).CountAsync(), Is.Zero);
    }

    [Test]
    public async Task RisicoRow_OnlyAMaatregel_MessageAtTheRow_NothingStored()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var centrum = await ProgrammaPage.OpenAsync(page, app, "Door verbinden en delen samen kracht"); // its chapters are still empty
        await centrum.GoToAsync("/hoofdstukken", "Hoofdstukken");

        var risicos = await OpenPanelAsync(page, Hoofdstuksoort.Risicos, "Risico's en beheersmaatregelen");
        await risicos.GetByRole(AriaRole.Button, new() { Name = "Rij toevoegen" }).ClickAsync();
        await risicos.GetByRole(AriaRole.Button, new() { Name = "Rij toevoegen" }).ClickAsync();
        await risicos.GetByLabel("Risico 1", new() { Exact = true }).FillAsync("Te weinig vrijwilligers");
        await risicos.GetByLabel("Beheersmaatregel 2").FillAsync("Wervingscampagne in het voorjaar");
        await risicos.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(risicos.GetByTestId("hoofdstuk-rij").Nth(1).GetByTestId("rij-melding"))
            .ToHaveTextAsync("Vul in deze rij ook 'Risico' in, of maak de rij leeg.");
        await Expect(risicos.GetByTestId("hoofdstuk-rij").Nth(0).GetByTestId("rij-melding")).ToHaveCountAsync(0);
        await Expect(risicos.GetByTestId("hoofdstuk-status")).ToHaveTextAsync("Leeg: staat niet in het plan");
        await page.ScreenshotAsync("hoofdstukken-fout");
        var opgeslagen = (await LoadAsync(app, centrum.Id)).Standaard.Single(h => h.Soort.Soort == Hoofdstuksoort.Risicos);
        Assert.That((opgeslagen.Version, opgeslagen.Rows.Count), Is.EqualTo((0, 0)));

        // deleting the bad row lets the good one be saved
        await risicos.GetByRole(AriaRole.Button, new() { Name = "Rij 2 verwijderen" }).ClickAsync();
        await risicos.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(risicos.GetByTestId("hoofdstuk-status")).ToHaveTextAsync("Wordt afgedrukt");
        await Expect(risicos.GetByTestId("rij-melding")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task EigenHoofdstuk_AddRenameMoveUpDelete()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var centrum = await ProgrammaPage.OpenAsync(page, app, "Door verbinden en delen samen kracht"); // its chapters are still empty
        await centrum.GoToAsync("/hoofdstukken", "Hoofdstukken");

        var toevoegen = page.GetByTestId("eigen-hoofdstuk-toevoegen");
        await toevoegen.GetByLabel("Titel nieuw hoofdstuk").FillAsync("Inspraak");
        await toevoegen.GetByLabel("Na hoofdstuk").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Visie", Exact = true }).ClickAsync();
        await Expect(toevoegen.GetByLabel("Na hoofdstuk")).ToContainTextAsync("Visie"); // the choice reached the server before adding
        await toevoegen.GetByRole(AriaRole.Button, new() { Name = "Hoofdstuk toevoegen" }).ClickAsync();
        await Expect(page.GetByTestId("eigen-hoofdstuk")).ToHaveCountAsync(1);
        await toevoegen.GetByLabel("Titel nieuw hoofdstuk").FillAsync("Woordenlijst");
        await toevoegen.GetByRole(AriaRole.Button, new() { Name = "Hoofdstuk toevoegen" }).ClickAsync();
        await Expect(page.GetByTestId("eigen-hoofdstuk-plaats")).ToHaveTextAsync(["na Visie", "na Hoe verder"]);

        // the same title twice is refused at the field
        await toevoegen.GetByLabel("Titel nieuw hoofdstuk").FillAsync("Inspraak");
        await toevoegen.GetByRole(AriaRole.Button, new() { Name = "Hoofdstuk toevoegen" }).ClickAsync();
        await Expect(toevoegen.GetByText("Er is in dit plan al een hoofdstuk met de titel 'Inspraak'. Kies een andere titel.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Hoofdstuk 1 bewerken" }).ClickAsync();
        var form = page.GetByTestId("eigen-hoofdstuk-form");
        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync("Inspraak van bewoners");
        await form.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Bewoners praten mee in de *wijkraad*.");
        await Expect(form.Locator("em")).ToHaveTextAsync("wijkraad");
        await form.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByTestId("eigen-hoofdstuk-titel")).ToHaveTextAsync(["Inspraak van bewoners", "Woordenlijst"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Hoofdstuk 2 omhoog" }).ClickAsync();
        await Expect(page.GetByTestId("eigen-hoofdstuk-titel")).ToHaveTextAsync(["Woordenlijst", "Inspraak van bewoners"]);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hoofdstuk 1 omlaag" })).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Hoofdstuk 1 verwijderen" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).ClickAsync();
        await Expect(page.GetByTestId("eigen-hoofdstuk-titel")).ToHaveTextAsync(["Inspraak van bewoners"]);

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("eigen-hoofdstuk-titel")).ToHaveTextAsync(["Inspraak van bewoners"]);
        var eigen = (await LoadAsync(app, centrum.Id)).Eigen.Single();
        Assert.That((eigen.Titel, eigen.Plaats, eigen.Tekst),
            Is.EqualTo(("Inspraak van bewoners", Hoofdstuksoort.Visie, "Bewoners praten mee in de *wijkraad*.")));
    }

    /// <summary>Expands the chapter's panel (when closed) and returns it.</summary>
    private static async Task<ILocator> OpenPanelAsync(IPage page, string soort, string titel)
    {
        var panel = page.GetByTestId($"hoofdstuk-{soort}");
        var form = panel.GetByTestId("hoofdstuk-form");
        if (!await form.IsVisibleAsync()) await panel.GetByRole(AriaRole.Heading, new() { Name = titel, Exact = true }).ClickAsync();
        await Expect(form).ToBeVisibleAsync();
        return panel;
    }

    /// <summary>What is stored, as the core reads it.</summary>
    private static async Task<GetHoofdstukken.Model> LoadAsync(AppProcess app, long programmaId)
    {
        await using var c = await new Db($"Data Source={app.DatabaseFile}").OpenAsync();
        return await GetHoofdstukken.LoadAsync(c, null, programmaId);
    }
}
