using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class BijeenkomstenBrowserTests
{
    [Test]
    public async Task PhoneJoinsAndSubmits_WallShowsItWithinASecond_HtmlShownAsText()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app);
        await facilitator.ScreenshotAsync("bijeenkomst-open");
        await facilitator.AssertAccessibleAsync();
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/wand");

        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await JoinAsync(phone, app, code);
        Assert.That(await phone.Locator("script[src*='blazor']").CountAsync(), Is.Zero, "the join page needs no Blazor script or live connection");
        await phone.AssertAccessibleAsync();

        const string tekst = "<b>Zwemles</b> voor elk kind <script>window.__geraakt = 1</script>";
        await SubmitAsync(phone, tekst);
        await Expect(phone.GetByTestId("ontvangen")).ToBeVisibleAsync();
        var klok = Stopwatch.StartNew();
        var kaart = facilitator.GetByTestId("kaart-tekst").Filter(new() { HasText = "Zwemles" });
        await Expect(kaart).ToBeVisibleAsync(new() { Timeout = 1000 });
        TestContext.Out.WriteLine($"Kaart op de wand na {klok.ElapsedMilliseconds} ms");

        Assert.That(await kaart.InnerTextAsync(), Is.EqualTo(tekst), "HTML is shown as text");
        Assert.That(await phone.GetByTestId("mijn-bijdrage").InnerTextAsync(), Does.Contain(tekst));
        Assert.That(await facilitator.EvaluateAsync<bool>("() => window.__geraakt === undefined"), Is.True);
        Assert.That(await phone.EvaluateAsync<bool>("() => window.__geraakt === undefined"), Is.True);
        await phone.ScreenshotAsync("deelnemen-telefoon");
        await facilitator.ScreenshotAsync("wand");
        await facilitator.AssertAccessibleAsync();
    }

    [Test]
    public async Task SameFormPostedTwice_StoredOnce()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app);
        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await JoinAsync(phone, app, code);

        // What a phone on a bad connection does: the same form (same hidden idempotency key) arrives twice.
        var form = await phone.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries(new FormData(document.querySelector('textarea#tekst').form))");
        form["Bijdrage.Tekst"] = "Eén loket voor geldzorgen";
        var data = phone.Context.APIRequest.CreateFormData();
        foreach (var (k, v) in form) data.Set(k, v);
        for (var i = 0; i < 2; i++)
        {
            var r = await phone.Context.APIRequest.PostAsync($"{app.BaseUrl}/deelnemen?code={code}", new() { Form = data });
            var body = await r.TextAsync();
            var meldingen = string.Join(" | ",
                System.Text.RegularExpressions.Regex.Matches(body, "class=\"fout\"[^>]*>([^<]*)").Select(m => m.Groups[1].Value));
            Assert.That(r.Status, Is.EqualTo(200), body.Length > 300 ? body[..300] : body);
            Assert.That(body, Does.Contain("data-testid=\"ontvangen\""), meldingen);
        }

        await phone.GotoAsync($"{app.BaseUrl}/deelnemen?code={code}");
        Assert.That(await phone.GetByTestId("mijn-bijdrage").CountAsync(), Is.EqualTo(1));
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/wand");
        await Expect(facilitator.GetByTestId("kaart-tekst")).ToHaveCountAsync(1);
    }

    [Test]
    public async Task BadInput_ClearDutchMessages_NothingStored()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app);
        var phone = await BrowserFixture.NewPageAsync(390, 844);

        await phone.GotoAsync($"{app.BaseUrl}/deelnemen?code=QQQQQQ");
        await Expect(phone.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Deze code kennen we niet. Controleer de code op het scherm: 6 letters en cijfers.");
        await phone.AssertAccessibleAsync();

        await JoinAsync(phone, app, code);
        await SubmitAsync(phone, "   ");
        await Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("het tekstvak is leeg");
        await SubmitAsync(phone, new string('x', 1001));
        await Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("1001 tekens, maximaal 1000");
        await phone.ScreenshotAsync("deelnemen-fout");
        await phone.AssertAccessibleAsync();

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Invoer sluiten" }).ClickAsync();
        await Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Openen voor invoer" })).ToBeVisibleAsync();
        await SubmitAsync(phone, "Te laat");
        await Expect(phone.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Deze bijeenkomst is gesloten voor invoer. Vraag de gespreksleider om een nieuwe code.");

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/overzicht");
        Assert.That(await facilitator.GetByTestId("overzicht-rij").CountAsync(), Is.Zero);
    }

    [Test]
    public async Task BijdrageBecomesDoelstelling_TraceVisibleOnOverviewAndHerkomst()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app);
        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await JoinAsync(phone, app, code);
        await SubmitAsync(phone, "Minder jongeren met schulden", "ambitie");

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/wand");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Bewerken" }).First.ClickAsync();
        await facilitator.GetByLabel("Indicator").FillAsync("Jongeren met problematische schulden");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Maak doelstelling van deze bijdrage" }).ClickAsync();
        await Expect(facilitator.GetByTestId("gekoppeld")).ToContainTextAsync("doelstelling 'Minder jongeren met schulden'");
        await facilitator.ScreenshotAsync("wand-omgezet");

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/overzicht");
        await Expect(facilitator.GetByTestId("geworden")).ToHaveTextAsync("doelstelling 'Minder jongeren met schulden'");
        await facilitator.AssertAccessibleAsync();
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/herkomst");
        var element = facilitator.GetByTestId("herkomst-element").Filter(new() { HasText = "doelstelling: Minder jongeren met schulden" });
        await Expect(element.GetByTestId("herkomst-bijdrage")).ToContainTextAsync("Minder jongeren met schulden — Stichting DOCK, Dialoogtafel jeugd");
        await facilitator.ScreenshotAsync("herkomst");
        await facilitator.AssertAccessibleAsync();

        // The doelstelling itself says where it came from.
        await element.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(facilitator.GetByTestId("herkomst").GetByTestId("komt-voort-uit")).ToContainTextAsync("Minder jongeren met schulden — Stichting DOCK");
        await facilitator.AssertAccessibleAsync();
    }

    [Test]
    public async Task FacilitatorPages_Accessible()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var (id, _) = await CreateAndOpenAsync(page, app);
        foreach (var pad in new[] { "bijeenkomsten", "bijeenkomsten/nieuw", $"bijeenkomsten/{id}/bewerken", "prioritering" })
        {
            await page.OpenAsync(app, $"/programmas/{SamenNoord}/{pad}");
            await page.ScreenshotAsync("a11y-" + pad.Replace('/', '-'));
            await page.AssertAccessibleAsync();
        }
        var ics = await page.Context.APIRequest.GetAsync($"{app.BaseUrl}/programmas/{SamenNoord}/bijeenkomsten/{id}/agenda.ics");
        Assert.That(await ics.TextAsync(), Does.Contain("SUMMARY:Dialoogtafel jeugd").And.Contain("BEGIN:VEVENT"));
    }
}
