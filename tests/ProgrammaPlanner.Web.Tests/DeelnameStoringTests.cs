using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// A participant's join that fails in the database (SQLite itself refuses the write) says it did not work and to try
/// again; it never blames the phone's cookies. Trying again once the fault is gone works.
/// </summary>
[Category("Browser")]
public class DeelnameStoringTests
{
    private const string Code = "ACD346";

    [Test]
    public async Task Join_DatabaseRefusesTheWrite_SaysTryAgainNotCookies()
    {
        await using var app = await AppProcess.StartAsync();
        await using (var c = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await c.ExecuteAsync(
                """
                INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd, code, invoer_open)
                SELECT id, 'dialoogtafel', 'Dialoogtafel wonen', '2026-03-01', '10:00', '12:00', @Code, 1 FROM programma ORDER BY id LIMIT 1;
                INSERT INTO bijeenkomst_partner (bijeenkomst_id, partner_id, uitgenodigd)
                SELECT b.id, p.id, 1 FROM bijeenkomst b JOIN partner p ON p.programma_id = b.programma_id WHERE b.code = @Code;
                CREATE TRIGGER injected_fault BEFORE INSERT ON deelnemer BEGIN SELECT RAISE(ABORT, 'test: injected fault'); END;
                """, new { Code });
        }
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
        var url = $"/deelnemen?code={Code}";
        var pagina = await http.GetStringAsync(url);

        var (status, html) = await JoinAsync(http, url, pagina);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("Meedoen is niet gelukt").And.Contain("Probeer het opnieuw"));
        Assert.That(html, Does.Not.Contain("cookie").IgnoreCase);
        Assert.That(html, Does.Contain("Voor welke organisatie doet u mee?"), "the form stays, to try again");

        await using (var c = new SqliteConnection($"Data Source={app.DatabaseFile}"))
            await c.ExecuteAsync("DROP TRIGGER injected_fault");
        (status, html) = await JoinAsync(http, url, html);
        Assert.That(html, Does.Contain("U doet mee voor"));
    }

    /// <summary>Posts the join form the way a browser does: its hidden fields (antiforgery, _handler) plus the first partner.</summary>
    private static async Task<(HttpStatusCode, string)> JoinAsync(HttpClient http, string url, string pagina)
    {
        var form = Regex.Match(pagina, "<form[^>]*>(?:(?!</form>).)*?name=\"_handler\" value=\"aanmelden\"(?:(?!</form>).)*</form>",
            RegexOptions.Singleline).Value;
        Assert.That(form, Is.Not.Empty, pagina);
        var partner = Regex.Matches(form, "<option value=\"(\\d+)\"").Select(m => m.Groups[1].Value).First(v => v != "0");
        var velden = Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Append(new("Aanmelding.PartnerId", partner)).Append(new("Aanmelding.Naam", "Fatima"));
        using var inhoud = new FormUrlEncodedContent(velden);
        using var r = await http.PostAsync(url, inhoud);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }
}
