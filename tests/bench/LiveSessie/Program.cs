// 300 phones join one live session and submit 3 bijdragen each, with plain HTTP form posts (antiforgery token and
// cookies like a browser), while the facilitator's wall and the beamer page are open in a real Chromium. Prints latency figures and
// whether the wall shows every bijdrage. Usage: LiveSessie <baseUrl> <programmaId> <bijeenkomstId> <code> [deelnemers] [perDeelnemer] [seconden]
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

var baseUrl = args[0].TrimEnd('/');
var (programmaId, bijeenkomstId, code) = (args[1], args[2], args[3]);
var deelnemers = args.Length > 4 ? int.Parse(args[4]) : 300;
var perDeelnemer = args.Length > 5 ? int.Parse(args[5]) : 3;
var seconden = args.Length > 6 ? int.Parse(args[6]) : 60;
var browserPad = Environment.GetEnvironmentVariable("PROGRAMMAPLANNER_BROWSER") ?? "/usr/bin/chromium";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = browserPad, Headless = true,
    Args = ["--no-sandbox", "--disable-gpu"] });
var facilitator = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
var wand = await facilitator.NewPageAsync();
await wand.GotoAsync($"{baseUrl}/programmas/{programmaId}/bijeenkomsten/{bijeenkomstId}/wand");
// The facilitator signs in first (the bench starts the app with the demo accounts).
await wand.GetByLabel("E-mailadres").FillAsync("beheerder@demo.local");
await wand.GetByLabel("Wachtwoord").FillAsync("demo-wachtwoord");
await wand.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
await wand.Locator("#blazor-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
var beamer = await facilitator.NewPageAsync(); // signed in as the facilitator too
await beamer.SetViewportSizeAsync(1920, 1080);
await beamer.GotoAsync($"{baseUrl}/programmas/{programmaId}/bijeenkomsten/{bijeenkomstId}/beamer");
await beamer.Locator("#blazor-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
Console.WriteLine("Wand en beamer open.");

var submitMs = new List<double>();
var joinMs = new List<double>();
var fouten = new List<string>();
var gate = new object();
var totaal = Stopwatch.StartNew();
var laatste = TimeSpan.Zero;

// Arrivals spread over the first ~60% of the window; each phone then types for 1–6 s between bijdragen.
var venster = TimeSpan.FromSeconds(seconden * 0.6);
var taken = Enumerable.Range(1, deelnemers).Select(async i =>
{
    await Task.Delay(TimeSpan.FromMilliseconds(venster.TotalMilliseconds * i / deelnemers));
    var rnd = new Random(i);
    using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
    try
    {
        var url = $"/deelnemen?code={code}";
        var pagina = await http.GetStringAsync(url);
        var partners = Regex.Matches(pagina, "<option value=\"(\\d+)\"").Select(m => m.Groups[1].Value).Where(v => v != "0").ToList();
        var klok = Stopwatch.StartNew();
        var (status, html) = await PostAsync(http, url, pagina, "aanmelden",
            [new("Aanmelding.PartnerId", partners[i % partners.Count]), new("Aanmelding.Naam", $"Deelnemer {i}")]);
        lock (gate) joinMs.Add(klok.Elapsed.TotalMilliseconds);
        if (status != HttpStatusCode.OK || !html.Contains("U doet mee voor")) { lock (gate) fouten.Add($"aanmelden {i}: {(int)status}"); return; }
        for (var j = 1; j <= perDeelnemer; j++)
        {
            await Task.Delay(rnd.Next(1000, 6000));
            var sleutel = Regex.Match(html, "name=\"Bijdrage.Sleutel\" value=\"([^\"]+)\"").Groups[1].Value;
            klok.Restart();
            (status, var antwoord) = await PostAsync(http, url, html, "bijdrage",
                [new("Bijdrage.Sleutel", sleutel), new("Bijdrage.Soort", new[] { "ambitie", "belang", "idee", "zorg" }[j % 4]),
                    new("Bijdrage.Tekst", $"Bench deelnemer {i} bijdrage {j}")]);
            var ms = klok.Elapsed.TotalMilliseconds;
            lock (gate) { submitMs.Add(ms); if (totaal.Elapsed > laatste) laatste = totaal.Elapsed; }
            if (status != HttpStatusCode.OK
                || !antwoord.Contains("data-testid=\"ontvangen\"")) { lock (gate) fouten.Add($"bijdrage {i}.{j}: {(int)status}"); return; }
            html = antwoord;
        }
    }
    catch (Exception e) { lock (gate) fouten.Add($"deelnemer {i}: {e.GetType().Name} {e.Message}"); }
}).ToList();
await Task.WhenAll(taken);
var klaar = totaal.Elapsed;

// Both walls: wait until each shows every bijdrage (they update themselves; no reload), timed from the last submit.
var verwacht = deelnemers * perDeelnemer;
var wandKlok = Stopwatch.StartNew();
async Task<long> WachtAsync(IPage pagina, string teller, string naam)
{
    try { await Assertions.Expect(pagina.GetByTestId(teller)).ToContainTextAsync($"{verwacht} bijdragen", new() { Timeout = 30_000 }); }
    catch (Exception e) { lock (gate) fouten.Add($"{naam}: " + e.Message.Split('\n')[0]); }
    return wandKlok.ElapsedMilliseconds;
}
var wandMs = WachtAsync(wand, "wand-aantal", "wand");
var beamerMs = WachtAsync(beamer, "beamer-aantal", "beamer");
await Task.WhenAll(wandMs, beamerMs);
var opWand = await wand.GetByTestId("kaart-tekst").Filter(new() { HasText = "Bench deelnemer" }).CountAsync();
var opBeamer = await beamer.GetByTestId("beamer-kaart-tekst").Filter(new() { HasText = "Bench deelnemer" }).CountAsync();

submitMs.Sort();
joinMs.Sort();
double P(List<double> l, double p) => l.Count == 0 ? double.NaN : l[Math.Min(l.Count - 1, (int)Math.Ceiling(p * l.Count) - 1)];
Console.WriteLine(
    $"deelnemers={deelnemers} bijdragen/deelnemer={perDeelnemer} duur={klaar.TotalSeconds:0.0}s (laatste bijdrage op {laatste.TotalSeconds:0.0}s)");
Console.WriteLine($"aanmelden: n={joinMs.Count} p50={P(joinMs, .5):0.0}ms p95={P(joinMs, .95):0.0}ms max={joinMs.LastOrDefault():0.0}ms");
Console.WriteLine($"bijdrage:  n={submitMs.Count} p50={P(submitMs, .5):0.0}ms p95={P(submitMs, .95):0.0}ms " +
    $"p99={P(submitMs, .99):0.0}ms max={submitMs.LastOrDefault():0.0}ms");
Console.WriteLine($"wand: {opWand} kaarten met 'Bench deelnemer' zichtbaar, {wandMs.Result} ms na de laatste bijdrage");
Console.WriteLine($"beamer: {opBeamer} kaarten met 'Bench deelnemer' zichtbaar, {beamerMs.Result} ms na de laatste bijdrage");
Console.WriteLine($"fouten={fouten.Count}");
foreach (var f in fouten.Take(20)) Console.WriteLine("  " + f);
return fouten.Count == 0 && opWand == verwacht && opBeamer == verwacht ? 0 : 1;

// Posts a form the way a browser does: the hidden fields of the named form (antiforgery token, _handler) plus the fields.
static async Task<(HttpStatusCode, string)> PostAsync(HttpClient http, string url, string pagina, string formulier, KeyValuePair<string, string>[] velden)
{
    var form = Regex.Match(pagina, $"<form[^>]*>(?:(?!</form>).)*?name=\"_handler\" value=\"{formulier}\"(?:(?!</form>).)*</form>",
        RegexOptions.Singleline).Value;
    var verborgen = Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
        .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
        .Where(kv => velden.All(v => v.Key != kv.Key));
    using var inhoud = new FormUrlEncodedContent(verborgen.Concat(velden));
    using var r = await http.PostAsync(url, inhoud);
    return (r.StatusCode, await r.Content.ReadAsStringAsync());
}
