using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>
/// Every page with an id in its address, opened with an id that does not exist or belongs to another programma, as a
/// member and as a non-member: the page says "niet gevonden" or "geen toegang", never "Er ging iets mis", and the
/// app logs no error. Also when the user gets there by in-app (enhanced) navigation.
/// </summary>
[Category("Browser")]
public class VreemdeIdsBrowserTests
{
    private const string Onbekend = "99999";

    [Test]
    public async Task UnknownOrForeignIdInUrl_NietGevondenOrGeenToegang_NoErrorInLog()
    {
        await using var app = await AppProcess.StartAsync();
        var ids = await IdsAsync(app.DatabaseFile);
        var eigen = $"/programmas/{ids.Eigen}";
        var vreemd = $"/programmas/{ids.Vreemd}";
        var alsLid = new[]
        {
            $"{eigen}/projecten/{ids.Project}", $"{eigen}/projecten/{Onbekend}",
            $"{eigen}/doelstellingen/{ids.Doelstelling}", $"{eigen}/doelstellingen/{Onbekend}",
            $"{eigen}/partners/{ids.Partner}", $"{eigen}/partners/{Onbekend}",
            $"{eigen}/bijeenkomsten/{ids.Bijeenkomst}", $"{eigen}/bijeenkomsten/{Onbekend}",
            $"{eigen}/bijeenkomsten/{ids.Bijeenkomst}/bewerken", $"{eigen}/bijeenkomsten/{Onbekend}/bewerken",
            $"{eigen}/bijeenkomsten/{ids.Bijeenkomst}/wand", $"{eigen}/bijeenkomsten/{Onbekend}/wand",
            $"{eigen}/bijeenkomsten/{ids.Bijeenkomst}/overzicht", $"{eigen}/bijeenkomsten/{Onbekend}/overzicht",
            $"{eigen}/versies/{Onbekend}", $"/programmas/{Onbekend}", $"/programmas/{Onbekend}/projecten/{ids.Project}",
            $"{eigen}/rapportages/{Onbekend}", $"{eigen}/rapportages/{ids.Rapportage}",
            $"{eigen}/voortgang/2026/versies/{Onbekend}", $"{eigen}/voortgang/{Onbekend}/versies/1",
            $"{eigen}/versies/vergelijk?a={Onbekend}&b=99998", $"{eigen}/versies/vergelijk?a=1&b={Onbekend}",
        };
        var alsNietLid = new[]
        {
            vreemd, $"{vreemd}/projecten/{ids.Project}", $"{vreemd}/doelstellingen/{ids.Doelstelling}", $"{vreemd}/partners/{ids.Partner}",
            $"{vreemd}/bijeenkomsten/{ids.Bijeenkomst}", $"{vreemd}/bijeenkomsten/{ids.Bijeenkomst}/wand", $"{vreemd}/versies/1",
            $"{vreemd}/voorstellen", $"{vreemd}/rapportages", $"{vreemd}/rapportages/{ids.Rapportage}", $"{vreemd}/voortgang",
            $"{vreemd}/voortgang/2026/versies/1", $"{vreemd}/versies/vergelijk?a=1&b=2",
        };

        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, eigen, Demo.Centrum);
        var fouten = new List<string>();
        foreach (var pad in alsLid.Concat(alsNietLid))
        {
            await page.GotoAsync(app.BaseUrl + pad);
            await page.WaitForInteractiveAsync();
            await Task.Delay(300); // the interactive render after the prerender
            var tekst = await page.Locator(".mud-main-content").InnerTextAsync();
            if (!tekst.Contains("niet gevonden", StringComparison.OrdinalIgnoreCase) && !tekst.Contains("Geen toegang") || tekst.Contains("Er ging iets mis"))
                fouten.Add($"{pad} ({new Uri(page.Url).AbsolutePath}): {tekst.Replace('\n', ' ')[..Math.Min(200, tekst.Length)]}");
        }

        Assert.That(fouten, Is.Empty, string.Join("\n", fouten));
        Assert.That(app.Log, Does.Not.Contain("fail:"), app.Log);
    }

    [Test]
    public async Task InAppNavigationToAForeignPage_ShowsTheMessage_NotAnEmptyPage()
    {
        await using var app = await AppProcess.StartAsync();
        var ids = await IdsAsync(app.DatabaseFile);
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{ids.Eigen}", Demo.Centrum);

        foreach (var pad in new[] { $"/programmas/{ids.Vreemd}/projecten/{ids.Project}", $"/programmas/{ids.Eigen}/projecten/{ids.Project}",
                     $"/programmas/{ids.Eigen}/bijeenkomsten/{Onbekend}", $"/programmas/{ids.Eigen}/doelstellingen/{ids.Doelstelling}",
                     $"/programmas/{ids.Eigen}/versies/{Onbekend}", $"/programmas/{ids.Vreemd}",
                     $"/programmas/{ids.Eigen}/rapportages/{ids.Rapportage}", $"/programmas/{ids.Vreemd}/voorstellen",
                     $"/programmas/{ids.Eigen}/voortgang/2026/versies/{Onbekend}" })
        {
            await page.OpenAsync(app, $"/programmas/{ids.Eigen}/projecten");
            // An in-app link, as a user would follow it: Blazor's enhanced navigation, no page load.
            await page.EvaluateAsync("pad => { const a = document.createElement('a'); a.href = pad; a.textContent = 'ga'; a.id = 'vreemd';"
                                     + " document.querySelector('.mud-main-content').appendChild(a); }", pad);
            await page.Locator("#vreemd").ClickAsync();
            await Expect(page).ToHaveURLAsync(app.BaseUrl + pad);
            var melding = new System.Text.RegularExpressions.Regex("niet gevonden|Geen toegang", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            await Expect(page.Locator(".mud-main-content h1").Filter(new() { HasTextRegex = melding })).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(app.BaseUrl + pad); // stays on the address the user followed
        }
        Assert.That(app.Log, Does.Not.Contain("fail:"), app.Log);
    }

    private sealed record Ids(long Eigen, long Vreemd, long Project, long Doelstelling, long Partner, long Bijeenkomst, long Rapportage);

    /// <summary>
    /// The programma of the Centrum account, another one, and ids of things in that other one (a session and a rapportage
    /// are added, the samples have none).
    /// </summary>
    private static async Task<Ids> IdsAsync(string databaseFile)
    {
        await using var c = new SqliteConnection($"Data Source={databaseFile}");
        await c.OpenAsync();
        async Task<long> Scalar(string sql)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return (long)(await cmd.ExecuteScalarAsync())!;
        }
        var eigen = await Scalar("SELECT l.programma_id FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id WHERE g.email = 'centrum@demo.local'");
        var vreemd = await Scalar($"SELECT MIN(id) FROM programma WHERE id <> {eigen}");
        var bijeenkomst = await Scalar(
            $"""
             INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd)
             VALUES ({vreemd}, 'dialoogtafel', 'Elders', '2026-03-01', '19:00', '21:00') RETURNING id
             """);
        var partner = await Scalar($"SELECT MIN(id) FROM partner WHERE programma_id = {vreemd}");
        var ronde = await Scalar(
            $"""
             INSERT INTO rapportageronde (programma_id, jaar, uiterlijk, geopend_op, geopend_door)
             VALUES ({vreemd}, 2099, '2099-06-01', '2026-01-01T00:00:00Z', 'test') RETURNING id
             """);
        var rapportage = await Scalar($"INSERT INTO rapportage (ronde_id, partner_id, status) VALUES ({ronde}, {partner}, 'open') RETURNING id");
        return new Ids(eigen, vreemd, await Scalar($"SELECT MIN(id) FROM project WHERE programma_id = {vreemd}"),
            await Scalar($"SELECT MIN(d.id) FROM doelstelling d WHERE d.programma_id = {vreemd}"), partner, bijeenkomst, rapportage);
    }
}
