using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>A participant changes and then withdraws their own bijdrage from the phone; the facilitator's wall follows live.</summary>
[Category("Browser")]
public class EigenBijdrageBrowserTests
{
    [Test]
    public async Task PhoneEditsThenWithdrawsOwnBijdrage_WallFollows()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app);
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/wand");
        var phone = await BrowserFixture.NewPageAsync(375, 740);
        await JoinAsync(phone, app, code);
        await SubmitAsync(phone, "Zwemles", "idee");
        await SubmitAsync(phone, "Blijft staan", "ambitie");
        var kaarten = facilitator.GetByTestId("kaart-tekst");
        await Expect(kaarten).ToHaveCountAsync(2);

        // Wijzigen: a form prefilled with soort and text; an empty text is refused at the field and the form stays.
        var mijn = phone.GetByTestId("mijn-bijdrage").Filter(new() { HasText = "Zwemles" });
        await mijn.GetByRole(AriaRole.Link, new() { Name = "Wijzigen" }).ClickAsync();
        var tekst = phone.GetByLabel("Wijzig de tekst");
        await Expect(tekst).ToHaveValueAsync("Zwemles");
        await Expect(mijn.GetByLabel("idee", new() { Exact = true })).ToBeCheckedAsync();
        await mijn.GetByLabel("zorg", new() { Exact = true }).CheckAsync();
        await tekst.FillAsync("   ");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(phone.Locator("#eigen-tekst-fout")).ToContainTextAsync("het tekstvak is leeg");
        await Expect(phone.GetByTestId("mijn-bijdrage").Filter(new() { Has = phone.GetByLabel("Wijzig de tekst") })
            .GetByLabel("zorg", new() { Exact = true })).ToBeCheckedAsync();
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("deelnemen-eigen-wijzigen-fout");

        await phone.GetByLabel("Wijzig de tekst").FillAsync("Elk kind een zwemdiploma");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(phone.GetByTestId("eigen-klaar")).ToHaveTextAsync("Uw bijdrage is gewijzigd.");
        var gewijzigd = phone.GetByTestId("mijn-bijdrage").Filter(new() { HasText = "Elk kind een zwemdiploma" });
        await Expect(gewijzigd).ToContainTextAsync("zorg: Elk kind een zwemdiploma");
        await Expect(kaarten.Filter(new() { HasText = "Elk kind een zwemdiploma" })).ToBeVisibleAsync(new() { Timeout = 3000 });
        await Expect(kaarten.Filter(new() { HasText = "Zwemles" })).ToHaveCountAsync(0);

        // Intrekken: a second page state asks first; "Nee" leaves it, "Ja" removes it from the phone and the wall.
        await gewijzigd.GetByRole(AriaRole.Link, new() { Name = "Intrekken" }).ClickAsync();
        await Expect(gewijzigd).ToContainTextAsync("Weet u het zeker?");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("deelnemen-eigen-intrekken");
        await gewijzigd.GetByRole(AriaRole.Link, new() { Name = "Nee, laten staan" }).ClickAsync();
        await Expect(phone.GetByTestId("mijn-bijdrage")).ToHaveCountAsync(2);
        await gewijzigd.GetByRole(AriaRole.Link, new() { Name = "Intrekken" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ja, intrekken" }).ClickAsync();
        await Expect(phone.GetByTestId("eigen-klaar")).ToHaveTextAsync("Uw bijdrage is ingetrokken.");
        await Expect(phone.GetByTestId("mijn-bijdrage")).ToHaveCountAsync(1);
        await Expect(phone.GetByTestId("mijn-bijdrage")).ToContainTextAsync("ambitie: Blijft staan");
        await Expect(kaarten).ToHaveTextAsync(["Blijft staan"], new() { Timeout = 3000 });
        Assert.That(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(375), "no sideways scrolling");
        await phone.ScreenshotAsync("deelnemen-eigen-ingetrokken");
        await facilitator.ScreenshotAsync("wand-na-intrekken");
    }

    [Test]
    public async Task ForgedIdOrInputClosedMeanwhile_PostAnsweredInDutch_NothingChanged()
    {
        const string code = "ACD349";
        await using var app = await AppProcess.StartAsync();
        await using var c = new SqliteConnection($"Data Source={app.DatabaseFile}");
        await c.ExecuteAsync(
            """
            INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd, code, invoer_open)
            SELECT id, 'dialoogtafel', 'Dialoogtafel wonen', '2026-03-01', '10:00', '12:00', @code, 1 FROM programma ORDER BY id LIMIT 1;
            """, new { code });
        var url = $"/deelnemen?code={code}";
        async Task<(HttpClient Http, string Pagina)> MeedoenAsync(string tekst)
        {
            var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
            var (_, pagina) = await DeelnameStoringTests.JoinAsync(http, url, await http.GetStringAsync(url));
            (_, pagina) = await DeelnameStoringTests.PostAsync(http, url, pagina, "bijdrage", [new("Bijdrage.Soort", "idee"), new("Bijdrage.Tekst", tekst)]);
            return (http, pagina);
        }
        using var fatima = (await MeedoenAsync("Van Fatima")).Http;
        using var jan = (await MeedoenAsync("Van Jan")).Http;
        var eigen = await c.ExecuteScalarAsync<long>("SELECT id FROM bijdrage WHERE tekst = 'Van Fatima'");
        var vanJan = await c.ExecuteScalarAsync<long>("SELECT id FROM bijdrage WHERE tekst = 'Van Jan'");
        const string stand = "SELECT group_concat(id || soort || tekst || version, '|') FROM bijdrage";
        var voor = await c.ExecuteScalarAsync<string>(stand);

        // Jan's id in Fatima's own edit form, and in her confirm form: the same answer as for an unknown id.
        var bewerk = $"{url}&bewerk={eigen}";
        var (status, html) = await DeelnameStoringTests.PostAsync(fatima, bewerk, await fatima.GetStringAsync(bewerk), "eigen-wijzigen",
            [new("Wijziging.BijdrageId", vanJan.ToString()), new("Wijziging.Soort", "zorg"), new("Wijziging.Tekst", "Overgenomen")]);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("De bijdrage bestaat niet (meer)."));
        var intrek = $"{url}&intrekken={eigen}";
        (_, html) = await DeelnameStoringTests.PostAsync(fatima, intrek, await fatima.GetStringAsync(intrek), "eigen-intrekken",
            [new("Intrekking.BijdrageId", vanJan.ToString())]);
        Assert.That(html, Does.Contain("De bijdrage bestaat niet (meer)."));
        Assert.That(await c.ExecuteScalarAsync<string>(stand), Is.EqualTo(voor));

        // The facilitator closes input while the phone shows the edit form: the post is answered, not refused by the framework.
        var formulier = await fatima.GetStringAsync(bewerk);
        await c.ExecuteAsync("UPDATE bijeenkomst SET invoer_open = 0 WHERE code = @code", new { code });
        (status, html) = await DeelnameStoringTests.PostAsync(fatima, bewerk, formulier, "eigen-wijzigen",
            [new("Wijziging.Soort", "zorg"), new("Wijziging.Tekst", "Te laat")]);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("Deze bijeenkomst is gesloten voor invoer."));
        Assert.That(html, Does.Not.Contain("data-testid=\"eigen-wijzigen\""), "read-only: no more Wijzigen once input closed");
        Assert.That(await c.ExecuteScalarAsync<string>(stand), Is.EqualTo(voor));
    }
}
