using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class InbrengBrowserTests
{
    [Test]
    public async Task AfterTheSession_AnonymousPhoneOpensTheLink_SeesEveryFate_NotTheHiddenText()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app);
        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await JoinAsync(phone, app, code);
        await SubmitAsync(phone, "Jongeren een eigen plek in de wijk", "ambitie");
        await Expect(phone.GetByTestId("ontvangen")).ToBeVisibleAsync();
        await SubmitAsync(phone, "Een nieuw zwembad", "idee");
        await Expect(phone.GetByTestId("mijn-bijdrage")).ToHaveCountAsync(2);
        await SubmitAsync(phone, "Buurman Jansen van nummer 12 is het probleem", "zorg");
        await Expect(phone.GetByTestId("mijn-bijdrage")).ToHaveCountAsync(3);

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/wand");
        await BewerkAsync(facilitator, "Jongeren een eigen plek");
        await facilitator.SelectAsync("Soort element", "speerpunt");
        await facilitator.GetByLabel("Naam van het nieuwe speerpunt").FillAsync("Jeugd in Noord");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Maak speerpunt van deze bijdrage" }).ClickAsync();
        await Expect(facilitator.GetByTestId("gekoppeld")).ToContainTextAsync("speerpunt 'Jeugd in Noord'");

        await BewerkAsync(facilitator, "Een nieuw zwembad");
        await facilitator.GetByLabel("Reden", new() { Exact = true }).FillAsync("Past niet binnen het budget van het programma");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Markeren als niet overgenomen" }).ClickAsync();
        await Expect(facilitator.GetByTestId("wand-kaart").Filter(new() { HasText = "zwembad" })).ToContainTextAsync("niet overgenomen");

        await BewerkAsync(facilitator, "Buurman Jansen");
        await facilitator.GetByLabel("Reden om te verbergen").FillAsync("Noemt een persoon");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Verbergen op de openbare pagina" }).ClickAsync();
        await Expect(facilitator.GetByTestId("verborgen")).ToContainTextAsync("Noemt een persoon");
        await Expect(facilitator.GetByTestId("kaart-verborgen")).ToHaveCountAsync(1);

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Invoer sluiten" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Openbare pagina maken" }).ClickAsync();
        await Expect(facilitator.GetByTestId("inbreng-qr")).ToBeVisibleAsync();
        var url = await facilitator.GetByTestId("inbreng-link").GetByRole(AriaRole.Textbox).InputValueAsync();
        Assert.That(url, Does.Match($"^{Regex.Escape(app.BaseUrl)}/inbreng/[A-Za-z0-9_-]{{22}}$"));
        await facilitator.ScreenshotAsync("inbreng-link");
        await facilitator.AssertAccessibleAsync();

        // The phone that took part finds the link where the closed code is refused.
        await phone.GotoAsync($"{app.BaseUrl}/deelnemen?code={code}");
        await Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("gesloten voor invoer");
        await phone.GetByTestId("deelname-inbreng").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(phone).ToHaveURLAsync(url);
        await phone.AssertAccessibleAsync();

        // Someone who was in the room, on their own phone, not signed in.
        var bewoner = await BrowserFixture.NewPageAsync(390, 844);
        var antwoord = await bewoner.GotoAsync(url);
        Assert.That(antwoord!.Status, Is.EqualTo(200));
        Assert.That(new Uri(bewoner.Url).AbsolutePath, Does.StartWith("/inbreng/"), "no sign-in asked");
        await Expect(bewoner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat is er met uw inbreng gedaan?");
        await Expect(bewoner.GetByTestId("lot-overgenomen")).ToContainTextAsync("Jongeren een eigen plek in de wijk");
        await Expect(bewoner.GetByTestId("lot-overgenomen").GetByTestId("geworden")).ToHaveTextAsync("Werd speerpunt “Jeugd in Noord”");
        await Expect(bewoner.GetByTestId("lot-niet-overgenomen")).ToContainTextAsync("Een nieuw zwembad");
        await Expect(bewoner.GetByTestId("lot-niet-overgenomen")).ToContainTextAsync("Reden: Past niet binnen het budget van het programma");
        await Expect(bewoner.GetByTestId("inbreng-verborgen")).ToContainTextAsync("Eén bijdrage is niet getoond");
        var html = await bewoner.ContentAsync();
        Assert.That(html, Does.Not.Contain("Jansen").And.Not.Contain("Noemt een persoon").And.Not.Contain("@demo.local"));
        Assert.That(await bewoner.Locator("script[src*='blazor']").CountAsync(), Is.Zero, "plain HTML, no live connection");
        await bewoner.ScreenshotAsync("inbreng-telefoon");
        await bewoner.AssertAccessibleAsync();

        var onbekend = await bewoner.GotoAsync($"{app.BaseUrl}/inbreng/bestaatnietbestaatniet12");
        Assert.That(onbekend!.Status, Is.EqualTo(404));
        await Expect(bewoner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deze pagina bestaat niet (meer)");
        await bewoner.AssertAccessibleAsync();

        // Members see the hidden one, marked, and the same link on the overview.
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/overzicht");
        await Expect(facilitator.GetByTestId("verborgen-marker")).ToContainTextAsync("niet openbaar: Noemt een persoon");
        await Expect(facilitator.GetByTestId("inbreng-link").GetByRole(AriaRole.Textbox)).ToHaveValueAsync(url);
        await facilitator.ScreenshotAsync("inbreng-overzicht");
        await facilitator.AssertAccessibleAsync();
    }

    private static async Task BewerkAsync(IPage page, string tekst)
    {
        var kaart = page.GetByTestId("wand-kaart").Filter(new() { HasText = tekst });
        await kaart.GetByRole(AriaRole.Button, new() { Name = "Bewerken" }).ClickAsync();
        // The panel shows this card (not still the one edited before) before anything is typed into it.
        await Expect(page.GetByLabel("Tekst", new() { Exact = true })).ToHaveValueAsync(new Regex("^" + Regex.Escape(tekst)));
    }
}
