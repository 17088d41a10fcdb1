using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using ProgrammaPlanner.Web.Tests.Browser;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.DeelnameStoringTests;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// The participant's dot-vote on a phone: a number that cannot be read ("2,5", "-1", "veel") is refused at its field in
/// Dutch, nothing is saved and the page never says the votes were received; what was typed stays to be corrected.
/// </summary>
[Category("Browser")]
public class StemmenPageTests
{
    private const string Code = "STM346";

    [TestCase("2,5")]
    [TestCase("-1")]
    [TestCase("veel")]
    public async Task UnreadableNumber_RefusedAtTheField_NothingSaved_ThenAReadableOneIsReceived(string getypt)
    {
        await using var app = await AppProcess.StartAsync();
        await using (var c = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await c.ExecuteAsync(
                """
                INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd, code, invoer_open)
                SELECT id, 'dialoogtafel', 'Dialoogtafel wonen', '2026-03-01', '10:00', '12:00', @Code, 1 FROM programma ORDER BY id LIMIT 1;
                """, new { Code });
        }
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
        var url = $"/deelnemen?code={Code}";
        var (_, html) = await JoinAsync(http, url, await http.GetStringAsync(url));
        Assert.That(html, Does.Contain("U doet mee voor"));
        (_, html) = await PostAsync(http, url, html, "bijdrage", [new("Bijdrage.Soort", "idee"), new("Bijdrage.Tekst", "Een loket voor geldzorgen")]);
        (_, html) = await PostAsync(http, url, html, "bijdrage", [new("Bijdrage.Soort", "idee"), new("Bijdrage.Tekst", "Huiswerkklas in de bibliotheek")]);
        await using (var c = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await c.ExecuteAsync(
                """
                INSERT INTO stemronde (programma_id, bijeenkomst_id, nummer, stemmen_per_deelnemer)
                SELECT programma_id, id, 1, 3 FROM bijeenkomst WHERE code = @Code
                """, new { Code });
        }
        var stemmen = $"/deelnemen/stemmen?code={Code}";
        var pagina = await http.GetStringAsync(stemmen);
        var velden = Regex.Matches(pagina, "<input[^>]*id=\"(stem-\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.That(velden, Has.Count.EqualTo(2), pagina);
        Assert.That(pagina, Does.Not.Contain("type=\"number\""), "a browser empties a number field it cannot read: the server would never see the typed text");

        var (status, antwoord) = await PostAsync(http, stemmen, pagina, "stemmen", [new(velden[0], "1"), new(velden[1], getypt)]);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), antwoord);
        Assert.That(antwoord, Does.Not.Contain("Uw stemmen zijn ontvangen"));
        Assert.That(antwoord, Does.Contain("Uw stemmen zijn niet verstuurd"));
        var fout = Regex.Match(antwoord, $"<p class=\"fout\" id=\"{velden[1]}-fout\"[^>]*>([^<]*)</p>");
        Assert.That(fout.Success, antwoord);
        Assert.That(WebUtility.HtmlDecode(fout.Groups[1].Value), Is.EqualTo("Vul een heel aantal stemmen in, 0 of meer, bijv. 2."));
        var veld = $"<input[^>]*id=\"{velden[1]}\"[^>]*value=\"{Regex.Escape(WebUtility.HtmlEncode(getypt))}\"[^>]*aria-invalid=\"true\"";
        Assert.That(antwoord, Does.Match(veld), "what was typed stays, marked");
        Assert.That(antwoord, Does.Not.Contain($"id=\"{velden[0]}-fout\""));
        Assert.That(await StemmenAsync(app), Is.Zero, "nothing is saved, the readable field included");

        (status, antwoord) = await PostAsync(http, stemmen, antwoord, "stemmen", [new(velden[0], "1"), new(velden[1], "2")]);
        Assert.That(antwoord, Does.Contain("Uw stemmen zijn ontvangen"));
        Assert.That(antwoord, Does.Not.Contain("data-testid=\"stem-fout\""));
        Assert.That(await StemmenAsync(app), Is.EqualTo(3));
    }

    /// <summary>In a real browser (a phone's): what is typed reaches the server, is refused at its field and can be corrected.</summary>
    [Test]
    public async Task InTheBrowser_VeelTyped_MessageAtTheField_ThenTwoIsReceived()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var (_, code) = await BijeenkomstenPages.CreateAndOpenAsync(page, app);
        var telefoon = await BrowserFixture.NewPageAsync();
        await telefoon.SetViewportSizeAsync(390, 844);
        await BijeenkomstenPages.JoinAsync(telefoon, app, code);
        await BijeenkomstenPages.SubmitAsync(telefoon, "Een loket voor geldzorgen");
        await Expect(telefoon.GetByTestId("ontvangen")).ToBeVisibleAsync();
        await using (var c = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await c.ExecuteAsync(
                """
                INSERT INTO stemronde (programma_id, bijeenkomst_id, nummer, stemmen_per_deelnemer)
                SELECT programma_id, id, 1, 3 FROM bijeenkomst WHERE code = @code
                """, new { code });
        }
        await telefoon.GotoAsync($"{app.BaseUrl}/deelnemen/stemmen?code={code}");
        var veld = telefoon.GetByLabel("Een loket voor geldzorgen");
        await veld.FillAsync("veel");
        await telefoon.GetByRole(AriaRole.Button, new() { Name = "Stemmen versturen" }).ClickAsync();

        await Expect(telefoon.GetByTestId("stem-fout")).ToHaveTextAsync("Vul een heel aantal stemmen in, 0 of meer, bijv. 2.");
        await Expect(veld).ToHaveValueAsync("veel");
        await Expect(telefoon.GetByTestId("stemmen-ontvangen")).ToHaveCountAsync(0);
        await telefoon.ScreenshotAsync("stemmen-onleesbaar");
        await telefoon.AssertAccessibleAsync();
        Assert.That(await StemmenAsync(app), Is.Zero);

        await veld.FillAsync("2");
        await telefoon.GetByRole(AriaRole.Button, new() { Name = "Stemmen versturen" }).ClickAsync();
        await Expect(telefoon.GetByTestId("stemmen-ontvangen")).ToBeVisibleAsync();
        Assert.That(await StemmenAsync(app), Is.EqualTo(2));
    }

    private static async Task<long> StemmenAsync(AppProcess app)
    {
        await using var c = new SqliteConnection($"Data Source={app.DatabaseFile}");
        return await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM stem");
    }
}
