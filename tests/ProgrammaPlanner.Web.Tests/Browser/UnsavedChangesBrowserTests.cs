using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>
/// Nothing a user types is lost: two users (two browser contexts) in the same programme. A types in a form without
/// leaving the field, B saves; the live refresh must leave A's text alone, tell A when B saved the same item, and
/// leaving a page with unsaved changes asks first.
/// </summary>
[Category("Browser")]
public class UnsavedChangesBrowserTests
{
    [SetUp]
    public void WaitLonger() => SetDefaultExpectTimeout(15_000);

    [TearDown]
    public async Task CloseAsync() => await BrowserFixture.CloseContextsAsync();

    [TestCase("/projecten", "Wijsneuzen na school", "Doel", "Project opgeslagen.")]
    [TestCase("/speerpunten", "Meer kinderen doen mee aan naschoolse activiteiten", "Omschrijving (SMART)", "Doelstelling opgeslagen.")]
    public async Task TypingInAField_OtherUserSavesElsewhere_TextStaysAndIsSaved(string lijst, string link, string veld, string opgeslagen)
    {
        await using var app = await AppProcess.StartAsync();
        var a = await OpenAsync(app, Demo.Beheerder, lijst);
        await a.Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        var field = a.Page.GetByLabel(veld, new() { Exact = true });
        await Expect(field).Not.ToHaveValueAsync("");
        var tekst = "Door A getypt en nog niet verlaten " + Guid.NewGuid().ToString("N")[..6];
        await field.FillAsync(tekst); // an input event, no change: the user is still in the field

        var b = await OpenAsync(app, Demo.Redacteur, "/bewerken");
        await SaveGebiedAsync(b, "Noord (door B)");
        await Expect(a.Page.GetByText("Noord (door B)")).ToBeVisibleAsync(); // A's page has had its live refresh

        await Expect(field).ToHaveValueAsync(tekst);
        await a.Page.ScreenshotAsync("typen-na-verversing");
        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(a.Snackbar(opgeslagen)).ToBeVisibleAsync();
        await a.Page.ReloadAsync();
        await a.Page.WaitForInteractiveAsync();
        await Expect(a.Page.GetByLabel(veld, new() { Exact = true })).ToHaveValueAsync(tekst);
    }

    /// <summary>A second tab of the same user is a circuit of its own, refreshed like any other user's page.</summary>
    [Test]
    public async Task TypingInAField_SameUserSavesInSecondTab_TextStays()
    {
        await using var app = await AppProcess.StartAsync();
        var a = await OpenAsync(app, Demo.Beheerder, "/projecten");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school", Exact = true }).ClickAsync();
        var field = a.Page.GetByLabel("Doel", new() { Exact = true });
        await Expect(field).Not.ToHaveValueAsync("");
        await field.FillAsync("Getypt in het eerste tabblad");

        var tweede = new ProgrammaPage(await a.Page.Context.NewPageAsync(), app);
        await tweede.Page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/bewerken");
        await SaveGebiedAsync(tweede, "Noord (tweede tabblad)");
        await Expect(a.Page.GetByText("Noord (tweede tabblad)")).ToBeVisibleAsync();

        await Expect(field).ToHaveValueAsync("Getypt in het eerste tabblad");
    }

    [Test]
    public async Task TypingInProject_OtherUserSavesSameProject_ToldOnScreen_TextKept_SaveOffersConflictChoice()
    {
        await using var app = await AppProcess.StartAsync();
        var a = await OpenAsync(app, Demo.Beheerder, "/projecten");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school", Exact = true }).ClickAsync();
        var doel = a.Page.GetByLabel("Doel", new() { Exact = true });
        await Expect(doel).Not.ToHaveValueAsync("");
        await doel.FillAsync("Het doel zoals A het ziet");

        var b = await OpenAsync(app, Demo.Redacteur, "/projecten");
        await b.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school", Exact = true }).ClickAsync();
        await Expect(b.Page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Wijsneuzen na school");
        await b.Page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Wijsneuzen na school (B)");
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(b.Snackbar("Project opgeslagen.")).ToBeVisibleAsync();
        await Expect(a.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wijsneuzen na school (B)");

        await Expect(doel).ToHaveValueAsync("Het doel zoals A het ziet");
        await Expect(a.Page.GetByTestId("elders-opgeslagen")).ToContainTextAsync("intussen door iemand anders opgeslagen");
        await a.Page.ScreenshotAsync("typen-zelfde-project");
        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        var keuze = a.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Intussen gewijzigd" });
        await Expect(keuze).ToBeVisibleAsync();
        await a.Page.ScreenshotAsync("typen-zelfde-project-keuze");
        await keuze.GetByRole(AriaRole.Button, new() { Name = "Mijn wijzigingen houden" }).ClickAsync();
        await Expect(doel).ToHaveValueAsync("Het doel zoals A het ziet");
    }

    [Test]
    public async Task TypingInAmbitie_OtherUserSavesProgramma_ToldOnScreen_TextKept_SaveOffersReload()
    {
        await using var app = await AppProcess.StartAsync();
        var a = await OpenAsync(app, Demo.Beheerder, "/bewerken");
        var ambitie = a.Page.GetByLabel("Ambitie", new() { Exact = true });
        await Expect(ambitie).Not.ToHaveValueAsync("");
        await ambitie.FillAsync("De ambitie van A, nog niet opgeslagen");

        var b = await OpenAsync(app, Demo.Redacteur, "/bewerken");
        await SaveGebiedAsync(b, "Noord (door B)");
        await Expect(a.Page.GetByText("Noord (door B)")).ToBeVisibleAsync();

        await Expect(ambitie).ToHaveValueAsync("De ambitie van A, nog niet opgeslagen");
        await Expect(a.Page.GetByTestId("elders-opgeslagen")).ToBeVisibleAsync();
        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        var keuze = a.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Intussen gewijzigd" });
        await keuze.GetByRole(AriaRole.Button, new() { Name = "Opnieuw laden" }).ClickAsync();
        await Expect(a.Page.GetByLabel("Gebied", new() { Exact = true })).ToHaveValueAsync("Noord (door B)");
        await Expect(a.Page.GetByTestId("elders-opgeslagen")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task LeavingWithUnsavedText_InAppLink_AsksFirst_StayKeepsText_LeaveGoes()
    {
        await using var app = await AppProcess.StartAsync();
        var a = await OpenAsync(app, Demo.Beheerder, "/projecten");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school", Exact = true }).ClickAsync();
        var doel = a.Page.GetByLabel("Doel", new() { Exact = true });
        await Expect(doel).Not.ToHaveValueAsync("");
        await doel.FillAsync("Nog niet opgeslagen");

        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Partners en wijken" }).ClickAsync();
        var vraag = a.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "niet opgeslagen" });
        await Expect(vraag).ToBeVisibleAsync();
        await a.Page.ScreenshotAsync("verlaten-vraag");
        await vraag.GetByRole(AriaRole.Button, new() { Name = "Blijven" }).ClickAsync();
        await Expect(doel).ToHaveValueAsync("Nog niet opgeslagen");
        Assert.That(a.Page.Url, Does.Contain("/projecten/"));

        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Partners en wijken" }).ClickAsync();
        await vraag.GetByRole(AriaRole.Button, new() { Name = "Pagina verlaten" }).ClickAsync();
        await Expect(a.Page).ToHaveURLAsync(new Regex(@"/partners$"));
    }

    [Test]
    public async Task LeavingWithUnsavedInzet_InAppLinkAsks_ClosingTheTabAsks()
    {
        await using var app = await AppProcess.StartAsync();
        var a = await OpenAsync(app, Demo.Beheerder, "/projecten");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school", Exact = true }).ClickAsync();
        var cel = new ProjectPage(a.Page).Euro(2018, "Stichting Wijsneus", "subsidie");
        await Expect(cel).ToHaveValueAsync("72.000,00");
        await cel.FillAsync("73.000");
        await cel.PressAsync("Tab");

        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Projecten", Exact = true }).ClickAsync();
        var vraag = a.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "niet opgeslagen" });
        await vraag.GetByRole(AriaRole.Button, new() { Name = "Blijven" }).ClickAsync();
        await Expect(cel).ToHaveValueAsync("73.000,00");

        var gevraagd = new TaskCompletionSource<string>();
        a.Page.Dialog += async (_, dialog) =>
        {
            gevraagd.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };
        await a.Page.CloseAsync(new() { RunBeforeUnload = true });
        Assert.That(await gevraagd.Task.WaitAsync(TimeSpan.FromSeconds(15)), Is.EqualTo(DialogType.BeforeUnload));
    }

    [Test]
    public async Task NothingTyped_LeavingDoesNotAsk()
    {
        await using var app = await AppProcess.StartAsync();
        var a = await OpenAsync(app, Demo.Beheerder, "/projecten");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school", Exact = true }).ClickAsync();
        await Expect(a.Page.GetByLabel("Doel", new() { Exact = true })).Not.ToHaveValueAsync("");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Partners en wijken" }).ClickAsync();
        await Expect(a.Page).ToHaveURLAsync(new Regex(@"/partners$"));
    }

    /// <summary>Back in the browser with unsaved text asks first, like an in-app link: Blijven keeps the text, Pagina verlaten goes back.</summary>
    [Test]
    public async Task LeavingWithUnsavedText_BrowserBack_AsksFirst_StayKeepsText_LeaveGoesBack()
    {
        await using var app = await AppProcess.StartAsync();
        var a = await OpenAsync(app, Demo.Beheerder, "/projecten");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Wijsneuzen na school", Exact = true }).ClickAsync();
        await Expect(a.Page).ToHaveURLAsync(new Regex(@"/projecten/\d+$"));
        var doel = a.Page.GetByLabel("Doel", new() { Exact = true });
        await Expect(doel).Not.ToHaveValueAsync("");
        await doel.FillAsync("Nog niet opgeslagen, dan terug");

        await a.Page.GoBackAsync();
        var vraag = a.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "niet opgeslagen" });
        await Expect(vraag).ToBeVisibleAsync();
        await vraag.GetByRole(AriaRole.Button, new() { Name = "Blijven" }).ClickAsync();
        await Expect(vraag).ToHaveCountAsync(0);
        await Expect(a.Page).ToHaveURLAsync(new Regex(@"/projecten/\d+$"));
        await Expect(doel).ToHaveValueAsync("Nog niet opgeslagen, dan terug");

        await a.Page.GoBackAsync();
        await vraag.GetByRole(AriaRole.Button, new() { Name = "Pagina verlaten" }).ClickAsync();
        await Expect(a.Page).ToHaveURLAsync(new Regex(@"/projecten$"));
    }

    /// <summary>
    /// Every form asks before its typed text is left behind, the small ones too: the freeze toelichting (plan and
    /// voortgang), the paper approval and the bestuurder's own decision on a version, opening a rapportage round, the
    /// reason for rejecting a proposal, a cluster name on the wall, the password and the invite. Saving does not ask.
    /// </summary>
    [Test]
    public async Task EveryForm_TypedAndLeft_AsksFirst()
    {
        await using var app = await AppProcess.StartAsync();
        await using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText =
                $"""
                 INSERT INTO voorstel (programma_id, veld, element_id, partner_id, indiener_naam, oude_waarde, nieuwe_waarde, ingediend_op)
                 SELECT {Samples.SamenNoord}, 'project-doel', MIN(p.id), (SELECT MIN(id) FROM partner WHERE programma_id = {Samples.SamenNoord}),
                        'Bestuurder', 'oud', 'nieuw', '2026-01-01T10:00:00Z'
                 FROM project p WHERE p.programma_id = {Samples.SamenNoord}
                 """;
            await cmd.ExecuteNonQueryAsync();
        }
        var page = await BrowserFixture.NewPageAsync();
        var programma = $"/programmas/{Samples.SamenNoord}";

        await page.OpenAsync(app, $"{programma}/versies");
        await AsksBeforeLeavingAsync(page, page.GetByLabel("Toelichting bij deze versie"));
        await page.GetByTestId("versie-vastleggen").ClickAsync(); // saving goes on without asking
        await Expect(page).ToHaveURLAsync(new Regex($"{programma}/versies/1$"));
        // The version's documents are printed in the background (Chromium) just after freezing; the page settles after that.
        await Expect(page.GetByTestId("document-pdf-ter-besluitvorming")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await AsksBeforeLeavingAsync(page, page.GetByLabel("Opmerking (niet verplicht)"));

        var bestuurder = await BrowserFixture.NewPageAsync();
        await bestuurder.OpenAsync(app, $"{programma}/versies/1", Demo.Bestuurder);
        await AsksBeforeLeavingAsync(bestuurder, bestuurder.GetByLabel("Opmerking (niet verplicht)"));

        await page.OpenAsync(app, $"{programma}/voortgang?jaar=2018");
        await AsksBeforeLeavingAsync(page, page.GetByLabel("Toelichting bij deze versie"));

        await page.OpenAsync(app, $"{programma}/rapportages");
        await AsksBeforeLeavingAsync(page, page.GetByLabel("Toelichting voor de partners"));

        await page.OpenAsync(app, $"{programma}/voorstellen");
        await page.GetByTestId("voorstel").GetByRole(AriaRole.Button, new() { Name = "Afwijzen" }).ClickAsync();
        await AsksBeforeLeavingAsync(page, page.GetByLabel("Reden van afwijzen"));

        var (bijeenkomst, code) = await BijeenkomstenPages.CreateAndOpenAsync(page, app);
        var telefoon = await BrowserFixture.NewPageAsync();
        await BijeenkomstenPages.JoinAsync(telefoon, app, code);
        await BijeenkomstenPages.SubmitAsync(telefoon, "Een loket voor geldzorgen");
        await page.OpenAsync(app, $"{programma}/bijeenkomsten/{bijeenkomst}/wand");
        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Kies bijdrage ") }).First.CheckAsync();
        await AsksBeforeLeavingAsync(page, page.GetByLabel("Clusternaam"));

        await page.OpenAsync(app, "/account");
        await AsksBeforeLeavingAsync(page, page.GetByLabel("Huidig wachtwoord"));

        await page.OpenAsync(app, "/beheer/gebruikers");
        await AsksBeforeLeavingAsync(page, page.GetByLabel("E-mailadres"));
    }

    /// <summary>Types in the field, follows an in-app link away: the question comes; Blijven keeps the text on the same address.</summary>
    private static async Task AsksBeforeLeavingAsync(IPage page, ILocator veld)
    {
        var tekst = "Getypt, niet opgeslagen " + Guid.NewGuid().ToString("N")[..6];
        await Expect(veld).ToBeEditableAsync();
        // The page's navigation lock tells the browser about itself just after the first render; no user types and
        // leaves within that moment, a test would.
        await page.WaitForTimeoutAsync(500);
        await veld.FillAsync(tekst);
        var adres = page.Url;
        await page.EvaluateAsync("() => { const a = document.createElement('a'); a.href = '/'; a.textContent = 'weg'; a.id = 'weg';"
                                 + " document.querySelector('.mud-main-content').appendChild(a); }");
        await page.Locator("#weg").ClickAsync();
        var vraag = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "niet opgeslagen" });
        await Expect(vraag).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await vraag.GetByRole(AriaRole.Button, new() { Name = "Blijven" }).ClickAsync();
        await Expect(vraag).ToHaveCountAsync(0);
        await Expect(veld).ToHaveValueAsync(tekst);
        Assert.That(page.Url, Is.EqualTo(adres));
        await page.Locator("#weg").EvaluateAsync("a => a.remove()");
    }

    private static async Task<ProgrammaPage> OpenAsync(AppProcess app, string email, string onderdeel)
    {
        var page = new ProgrammaPage(await BrowserFixture.NewPageAsync(), app);
        await page.Page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}{onderdeel}", email);
        return page;
    }

    private static async Task SaveGebiedAsync(ProgrammaPage b, string gebied)
    {
        var field = b.Page.GetByLabel("Gebied", new() { Exact = true });
        await Expect(field).Not.ToHaveValueAsync("");
        await field.FillAsync(gebied);
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(b.Snackbar("Programma opgeslagen.")).ToBeVisibleAsync();
    }
}
