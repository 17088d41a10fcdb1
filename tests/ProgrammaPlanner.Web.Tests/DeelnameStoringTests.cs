using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using ProgrammaPlanner.TestSupport;

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

        // The same for a bijdrage: the text stays in the form, the message says to try again.
        await using (var c = new SqliteConnection($"Data Source={app.DatabaseFile}"))
            await c.ExecuteAsync("CREATE TRIGGER injected_fault BEFORE INSERT ON bijdrage BEGIN SELECT RAISE(ABORT, 'test: injected fault'); END");
        (status, html) = await PostAsync(http, url, html, "bijdrage", [new("Bijdrage.Soort", "idee"), new("Bijdrage.Tekst", "Een loket voor geldzorgen")]);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("Uw bijdrage is niet opgeslagen door een storing").And.Contain("Een loket voor geldzorgen"));
        Assert.That(html, Does.Not.Contain("cookie").IgnoreCase);
        Assert.That(html, Does.Not.Contain("data-testid=\"ontvangen\""));
    }

    [Test]
    public async Task Bijdrage_DatabaseAway_TextAndKeyKept_SentAgainWhenBack_StoredOnce()
    {
        PostgresTestServer.EnsureServer();
        var database = PostgresTestServer.CreateDatabase();
        try
        {
            await using var app = await AppProcess.StartOnPostgresAsync(database);
            await using var beheer = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Database = "postgres", Pooling = false }.ToString());
            await beheer.OpenAsync();
            var naam = new NpgsqlConnectionStringBuilder(database).Database;
            var direct = new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ToString(); // the outage ends pooled ones
            await using (var c = new NpgsqlConnection(direct))
                await c.ExecuteAsync(
                    """
                    INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd, code, invoer_open)
                    SELECT id, 'dialoogtafel', 'Dialoogtafel wonen', '2026-03-01', '10:00', '12:00', @Code, 1 FROM programma ORDER BY id LIMIT 1;
                    INSERT INTO bijeenkomst_partner (bijeenkomst_id, partner_id, uitgenodigd)
                    SELECT b.id, p.id, 1 FROM bijeenkomst b JOIN partner p ON p.programma_id = b.programma_id WHERE b.code = @Code;
                    """, new { Code });
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
            var url = $"/deelnemen?code={Code}";
            KeyValuePair<string, string>[] bijdrage = [new("Bijdrage.Soort", "idee"), new("Bijdrage.Tekst", "Een loket voor geldzorgen")];
            var (_, html) = await JoinAsync(http, url, await http.GetStringAsync(url));
            var sleutel = Regex.Match(html, "name=\"Bijdrage.Sleutel\" value=\"([^\"]+)\"").Groups[1].Value;

            // As a server restart does: every session ends, and no new one is let in for now.
            await beheer.ExecuteAsync($"ALTER DATABASE {naam} ALLOW_CONNECTIONS false");
            await beheer.ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @naam", new { naam });
            var (status, weg) = await PostAsync(http, url, html, "bijdrage", bijdrage);

            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), weg);
            Assert.That(weg, Does.Contain("De bijeenkomst is even niet bereikbaar door een storing")
                .And.Contain("Uw bijdrage is niet opgeslagen door een storing").And.Contain("Een loket voor geldzorgen"));
            Assert.That(weg, Does.Contain($"name=\"Bijdrage.Sleutel\" value=\"{sleutel}\""), "the same key: sent again, it is stored once");

            await beheer.ExecuteAsync($"ALTER DATABASE {naam} ALLOW_CONNECTIONS true");
            var (_, terug) = await PostAsync(http, url, weg, "bijdrage", bijdrage);
            var (_, nogmaals) = await PostAsync(http, url, weg, "bijdrage", bijdrage);

            Assert.That(terug, Does.Contain("data-testid=\"ontvangen\""), terug);
            Assert.That(nogmaals, Does.Contain("data-testid=\"ontvangen\""), "a second send of the same form (the phone never saw the first answer)");
            await using (var c = new NpgsqlConnection(direct))
                Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bijdrage WHERE tekst = 'Een loket voor geldzorgen'"), Is.EqualTo(1));
        }
        finally
        {
            PostgresTestServer.DropDatabase(database);
        }
    }

    /// <summary>Posts the join form for the first partner.</summary>
    internal static Task<(HttpStatusCode, string)> JoinAsync(HttpClient http, string url, string pagina)
    {
        var partner = Regex.Matches(pagina, "<option value=\"(\\d+)\"").Select(m => m.Groups[1].Value).First(v => v != "0");
        return PostAsync(http, url, pagina, "aanmelden", [new("Aanmelding.PartnerId", partner), new("Aanmelding.Naam", "Fatima")]);
    }

    /// <summary>Posts a form the way a browser does: the hidden fields of the named form (antiforgery, _handler) plus the fields.</summary>
    internal static async Task<(HttpStatusCode, string)> PostAsync(HttpClient http, string url, string pagina, string formulier,
        KeyValuePair<string, string>[] velden)
    {
        var form = Regex.Match(pagina, $"<form[^>]*>(?:(?!</form>).)*?name=\"_handler\" value=\"{formulier}\"(?:(?!</form>).)*</form>",
            RegexOptions.Singleline).Value;
        Assert.That(form, Is.Not.Empty, pagina);
        var verborgen = Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(kv => velden.All(v => v.Key != kv.Key));
        using var inhoud = new FormUrlEncodedContent(verborgen.Concat(velden));
        using var r = await http.PostAsync(url, inhoud);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }
}
