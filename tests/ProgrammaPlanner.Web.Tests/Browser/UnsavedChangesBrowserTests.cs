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
