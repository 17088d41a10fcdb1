using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Signing in and out, a programme of another coalition refused, an invitation passed on and accepted, sessions ended.</summary>
[Category("Browser")]
public class SignInBrowserTests
{
    [Test]
    public async Task Login_OtherCoalitionRefused_Logout()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();

        await page.GotoAsync(app.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(new Regex("/inloggen"));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("E-mailadres").FillAsync(Demo.Centrum);
        await page.GetByLabel("Wachtwoord").FillAsync("niet het wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Het e-mailadres of het wachtwoord klopt niet.");
        await page.ScreenshotAsync("inloggen-fout");
        await page.AssertAccessibleAsync();

        await page.SignInAsync(Demo.Centrum);
        await page.WaitForInteractiveAsync();
        var kaarten = page.GetByTestId("programma-kaart");
        await Expect(kaarten).ToHaveCountAsync(1);
        await Expect(kaarten).ToContainTextAsync("Door verbinden en delen samen kracht");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nieuw programma" })).ToHaveCountAsync(0);

        // Samen Noord belongs to another coalition: its pages and its downloads are refused.
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/partners");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geen toegang", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Stichting DOCK")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("geen-toegang");
        await page.AssertAccessibleAsync();
        var download = await page.Context.APIRequest.GetAsync($"{app.BaseUrl}/programmas/{Samples.SamenNoord}/export.json");
        Assert.That(download.Status, Is.EqualTo(403));
        Assert.That(await download.TextAsync(), Is.EqualTo("U hebt geen toegang tot dit programma."));

        await page.GetByTestId("afmelden").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inloggen\\?afgemeld=true"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("U bent afgemeld.");
        await page.GotoAsync(app.BaseUrl + "/programmas/1");
        await Expect(page).ToHaveURLAsync(new Regex("/inloggen"));
    }

    [Test]
    public async Task FiveWrongPasswords_TheFormSaysTheWaitInDutch_NotThatTheAccountExists()
    {
        await using var app = await AppProcess.StartAsync(true, null, "--Aanmelding:PogingenPerMinuut=100");
        var page = await BrowserFixture.NewPageAsync();

        foreach (var email in new[] { Demo.Lezer, "niemand@demo.local" })
        {
            for (var i = 1; i <= 5; i++)
            {
                await page.GotoAsync(app.BaseUrl + "/inloggen");
                await page.GetByLabel("E-mailadres").FillAsync(email);
                await page.GetByLabel("Wachtwoord").FillAsync($"gok {i}");
                await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            }
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw.");
        }
        await Expect(page.GetByText("geblokkeerd")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("inloggen-te-veel-pogingen");
        await page.AssertAccessibleAsync();
    }

    [Test]
    public async Task Invitation_FacilitatorPassesTheLinkOn_InviteeSetsPasswordAndReadsThePlan()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        await facilitator.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/leden");
        await Expect(facilitator.GetByTestId("leden-tabel")).ToContainTextAsync("Bea Beheer");

        await facilitator.GetByLabel("E-mailadres").FillAsync("nieuw.lid@civic.nl");
        await facilitator.SelectAsync(facilitator.GetByTestId("uitnodiging-rol"), "lezer");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();
        var link = await facilitator.GetByTestId("link-doorgeven").GetByRole(AriaRole.Textbox).InputValueAsync();
        Assert.That(link, Does.StartWith(app.BaseUrl + "/uitnodiging?token="));
        await Expect(facilitator.GetByTestId("open-uitnodigingen")).ToContainTextAsync("nieuw.lid@civic.nl als lezer");
        await facilitator.ScreenshotAsync("leden");
        await facilitator.AssertAccessibleAsync();

        var lid = await BrowserFixture.NewPageAsync(390, 844);
        await lid.GotoAsync(link);
        await Expect(lid.GetByText("voor het programma Samen Noord als lezer")).ToBeVisibleAsync();
        await lid.GetByLabel("Uw naam").FillAsync("Nina Nieuw");
        await lid.GetByLabel("Nieuw wachtwoord").FillAsync("kort");
        await lid.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await Expect(lid.Locator("#wachtwoord-fout")).ToContainTextAsync("minstens 12 tekens");
        await lid.AssertAccessibleAsync();
        await lid.GetByLabel("Nieuw wachtwoord").FillAsync("drie lange woorden");
        await lid.GetByLabel("Herhaal het wachtwoord").FillAsync("drie lange woorden");
        await lid.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await lid.WaitForInteractiveAsync();
        await Expect(lid.GetByTestId("programma-kaart")).ToContainTextAsync("Uw rol: lezer");

        // The link worked once.
        var tweede = await BrowserFixture.NewPageAsync();
        await tweede.GotoAsync(link);
        await Expect(tweede.GetByTestId("link-fout")).ToContainTextAsync("Deze link is al gebruikt");
    }

    [Test]
    public async Task Account_EndTheOtherSession_ThatBrowserIsSignedOut()
    {
        await using var app = await AppProcess.StartAsync();
        var laptop = await BrowserFixture.NewPageAsync();
        var telefoon = await BrowserFixture.NewPageAsync(390, 844);
        await telefoon.OpenAsync(app, "/", Demo.Redacteur);
        await laptop.OpenAsync(app, "/account", Demo.Redacteur);

        var sessies = laptop.GetByTestId("sessie");
        await Expect(sessies).ToHaveCountAsync(2);
        await laptop.ScreenshotAsync("account");
        await laptop.AssertAccessibleAsync();
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Overal elders afmelden" }).ClickAsync();
        await Expect(sessies).ToHaveCountAsync(1);

        await telefoon.GotoAsync(app.BaseUrl + "/programmas/1");
        await Expect(telefoon).ToHaveURLAsync(new Regex("/inloggen"));
    }

    [Test]
    public async Task TooManyOpenWindows_TheNextOneSaysSo()
    {
        await using var app = await AppProcess.StartAsync(true, null, "--Aanmelding:MaximaalOpenVensters=1");
        var eerste = await BrowserFixture.NewPageAsync();
        await eerste.OpenAsync(app, "/");
        await Expect(eerste.GetByTestId("programma-kaart").First).ToBeVisibleAsync();

        var tweede = await eerste.Context.NewPageAsync();
        await tweede.GotoAsync(app.BaseUrl + "/");
        await tweede.WaitForInteractiveAsync();
        await Expect(tweede.GetByRole(AriaRole.Heading, new() { Name = "Te veel vensters open" })).ToBeVisibleAsync();

        await tweede.CloseAsync();
        await eerste.ReloadAsync();
        await eerste.WaitForInteractiveAsync();
        await Expect(eerste.GetByTestId("programma-kaart").First).ToBeVisibleAsync();
    }
}
