// 300 phones join one live session and submit 3 bijdragen each, with plain HTTP form posts (antiforgery token and
// cookies like a browser), while the facilitator's wall and the beamer page are open in a real Chromium. Prints latency figures and
// whether the wall shows every bijdrage. Usage: LiveSessie <baseUrl> <programmaId> <bijeenkomstId> <code> [deelnemers] [perDeelnemer] [seconden]
// Options for the several-instances bench (tests/bench/meerdere-instanties.sh), anywhere on the line:
//   --wand-url URL          the walls' address when it differs from the phones' (the facilitator pinned to one instance)
//   --herhaal N             a form post that fails is tried again up to N times, as a phone's user would (default 0:
//                           every failure counts at once): after no answer or a proxy's error page the same form again
//                           (back, send again: the same idempotency key); after the app's "form refused" page (an
//                           antiforgery token this instance cannot read) the page reloaded and the text sent anew
//   --bevestigd FILE        writes every bijdrage the app acknowledged, "key<TAB>text" a line, for the database check
//   --instantie-header NAME the response header naming the instance that answered: reports phones per instance
//   --wacht SECONDS         how long each wall may take to show every acknowledged bijdrage (default 30)
//   --proef-url URL         afterwards, one more phone sends --proeven N (default 5) bijdragen to this address directly
//                           (another instance than the walls'), one at a time: the delay until the walls show each
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

var opties = new Dictionary<string, string>();
var posities = new List<string>();
for (var a = 0; a < args.Length; a++)
    if (args[a].StartsWith("--", StringComparison.Ordinal) && a + 1 < args.Length) opties[args[a][2..]] = args[++a];
    else posities.Add(args[a]);
var baseUrl = posities[0].TrimEnd('/');
var (programmaId, bijeenkomstId, code) = (posities[1], posities[2], posities[3]);
var deelnemers = posities.Count > 4 ? int.Parse(posities[4]) : 300;
var perDeelnemer = posities.Count > 5 ? int.Parse(posities[5]) : 3;
var seconden = posities.Count > 6 ? int.Parse(posities[6]) : 60;
var wandUrl = opties.GetValueOrDefault("wand-url", baseUrl).TrimEnd('/');
var herhaal = int.Parse(opties.GetValueOrDefault("herhaal", "0"));
var bevestigdPad = opties.GetValueOrDefault("bevestigd");
var instantieHeader = opties.GetValueOrDefault("instantie-header");
var wachtMs = int.Parse(opties.GetValueOrDefault("wacht", "30")) * 1000;
var proefUrl = opties.GetValueOrDefault("proef-url")?.TrimEnd('/');
var proeven = int.Parse(opties.GetValueOrDefault("proeven", "5"));
var browserPad = Environment.GetEnvironmentVariable("PROGRAMMAPLANNER_BROWSER") ?? "/usr/bin/chromium";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = browserPad, Headless = true,
    Args = ["--no-sandbox", "--disable-gpu"] });
var facilitator = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
var wand = await facilitator.NewPageAsync();
await wand.GotoAsync($"{wandUrl}/programmas/{programmaId}/bijeenkomsten/{bijeenkomstId}/wand");
// The facilitator signs in first (the bench starts the app with the demo accounts).
await wand.GetByLabel("E-mailadres").FillAsync("beheerder@demo.local");
await wand.GetByLabel("Wachtwoord").FillAsync("demo-wachtwoord");
await wand.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
await wand.Locator("#blazor-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
var beamer = await facilitator.NewPageAsync(); // signed in as the facilitator too
await beamer.SetViewportSizeAsync(1920, 1080);
await beamer.GotoAsync($"{wandUrl}/programmas/{programmaId}/bijeenkomsten/{bijeenkomstId}/beamer");
await beamer.Locator("#blazor-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
Console.WriteLine("Wand en beamer open.");

var submitMs = new List<double>();
var joinMs = new List<double>();
var fouten = new List<string>();
var bevestigd = new List<string>();
var mislukt = new Dictionary<string, int>(); // failed attempts by answer, the ones sent again included
var (herhaaldGelukt, herladenGelukt, herhaaldOpgegeven) = (0, 0, 0);
var instanties = new Dictionary<int, List<string>>(); // per phone: the instances that answered it, in order
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
        string pagina;
        using (var eerste = await http.GetAsync(url))
        {
            Noteer(i, eerste);
            pagina = await eerste.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        }
        var partners = Regex.Matches(pagina, "<option value=\"(\\d+)\"").Select(m => m.Groups[1].Value).Where(v => v != "0").ToList();
        var klok = Stopwatch.StartNew();
        var (status, html, _) = await PostAsync(http, i, url, pagina, "aanmelden",
            [new("Aanmelding.PartnerId", partners[i % partners.Count]), new("Aanmelding.Naam", $"Deelnemer {i}")], "U doet mee voor");
        lock (gate) joinMs.Add(klok.Elapsed.TotalMilliseconds);
        if (status != HttpStatusCode.OK || !html.Contains("U doet mee voor")) { lock (gate) fouten.Add($"aanmelden {i}: {(int)status}"); return; }
        for (var j = 1; j <= perDeelnemer; j++)
        {
            await Task.Delay(rnd.Next(1000, 6000));
            var sleutel = Regex.Match(html, "name=\"Bijdrage.Sleutel\" value=\"([^\"]+)\"").Groups[1].Value;
            var tekst = $"Bench deelnemer {i} bijdrage {j}";
            klok.Restart();
            (status, var antwoord, var verstuurd) = await PostAsync(http, i, url, html, "bijdrage",
                [new("Bijdrage.Sleutel", sleutel), new("Bijdrage.Soort", new[] { "ambitie", "belang", "idee", "zorg" }[j % 4]),
                    new("Bijdrage.Tekst", tekst)], "data-testid=\"ontvangen\"");
            var ms = klok.Elapsed.TotalMilliseconds;
            lock (gate) { submitMs.Add(ms); if (totaal.Elapsed > laatste) laatste = totaal.Elapsed; }
            if (status != HttpStatusCode.OK
                || !antwoord.Contains("data-testid=\"ontvangen\"")) { lock (gate) fouten.Add($"bijdrage {i}.{j}: {(int)status}"); return; }
            lock (gate) bevestigd.Add($"{verstuurd}\t{tekst}");
            html = antwoord;
        }
    }
    catch (Exception e) { lock (gate) fouten.Add($"deelnemer {i}: {e.GetType().Name} {e.Message}"); }
}).ToList();
await Task.WhenAll(taken);
var klaar = totaal.Elapsed;

// Both walls: wait until each shows every acknowledged bijdrage (they update themselves; no reload), timed from the
// last submit. Without failures that is every bijdrage sent; a post stored but not acknowledged (an instance stopped
// before it answered) may show as well. A wall that never gets there times out and is reported.
var verwacht = bevestigd.Count;
async Task<long> WachtAsync(IPage pagina, string teller, string naam, int doel, Stopwatch klok)
{
    var gezien = "";
    while (klok.ElapsedMilliseconds < wachtMs)
    {
        try
        {
            // A wall that shows an error instead (its circuit failed) has no counter: that is waited out and reported too.
            var rest = Math.Max(1, wachtMs - klok.ElapsedMilliseconds);
            gezien = (await pagina.GetByTestId(teller).TextContentAsync(new() { Timeout = rest }) ?? "").Trim();
        }
        catch (TimeoutException) { gezien = "geen teller op de pagina"; }
        if (Regex.Match(gezien, @"^\d+") is { Success: true } m && int.Parse(m.Value) >= doel) return klok.ElapsedMilliseconds;
        await Task.Delay(50);
    }
    lock (gate) fouten.Add($"{naam}: na {wachtMs / 1000} s niet alle {doel} bijdragen, wel '{gezien}'");
    return -1;
}
var wandKlok = Stopwatch.StartNew();
var wandMs = WachtAsync(wand, "wand-aantal", "wand", verwacht, wandKlok);
var beamerMs = WachtAsync(beamer, "beamer-aantal", "beamer", verwacht, wandKlok);
await Task.WhenAll(wandMs, beamerMs);

// In a busy room every reload of a wall also brings what arrived at the other instance; a bijdrage sent to that other
// instance while the room is quiet can reach the walls only through the notification between instances.
var proefMs = new List<long>();
if (proefUrl is not null && wandMs.Result >= 0 && beamerMs.Result >= 0)
{
    try
    {
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(proefUrl), Timeout = TimeSpan.FromSeconds(30) };
        var url = $"/deelnemen?code={code}";
        var pagina = await http.GetStringAsync(url);
        var partner = Regex.Match(pagina, "<option value=\"([1-9]\\d*)\"").Groups[1].Value;
        var (_, html, _) = await PostAsync(http, 0, url, pagina, "aanmelden",
            [new("Aanmelding.PartnerId", partner), new("Aanmelding.Naam", "Proef")], "U doet mee voor");
        for (var k = 1; k <= proeven; k++)
        {
            await Task.Delay(1000);
            var sleutel = Regex.Match(html, "name=\"Bijdrage.Sleutel\" value=\"([^\"]+)\"").Groups[1].Value;
            var tekst = $"Bench proef {k}";
            var (status, antwoord, verstuurd) = await PostAsync(http, 0, url, html, "bijdrage",
                [new("Bijdrage.Sleutel", sleutel), new("Bijdrage.Soort", "idee"), new("Bijdrage.Tekst", tekst)], "data-testid=\"ontvangen\"");
            if (status != HttpStatusCode.OK || !antwoord.Contains("data-testid=\"ontvangen\"")) { fouten.Add($"proef {k}: {(int)status}"); break; }
            bevestigd.Add($"{verstuurd}\t{tekst}");
            html = antwoord;
            var klok = Stopwatch.StartNew();
            var ms = await Task.WhenAll(WachtAsync(wand, "wand-aantal", $"wand (proef {k})", verwacht + k, klok),
                WachtAsync(beamer, "beamer-aantal", $"beamer (proef {k})", verwacht + k, klok));
            if (ms.Any(m => m < 0)) break;
            proefMs.Add(ms.Max());
        }
    }
    catch (Exception e) { fouten.Add($"proef: {e.GetType().Name} {e.Message}"); }
}
if (bevestigdPad is not null) await File.WriteAllLinesAsync(bevestigdPad, bevestigd);
var opWand = await wand.GetByTestId("kaart-tekst").Filter(new() { HasText = "Bench deelnemer" }).CountAsync();
var opBeamer = await beamer.GetByTestId("beamer-kaart-tekst").Filter(new() { HasText = "Bench deelnemer" }).CountAsync();

submitMs.Sort();
joinMs.Sort();
double P(List<double> l, double p) => l.Count == 0 ? double.NaN : l[Math.Min(l.Count - 1, (int)Math.Ceiling(p * l.Count) - 1)];
string Vertraging(long ms) => ms < 0 ? $"niet binnen {wachtMs / 1000} s" : $"{ms} ms na de laatste bijdrage";
Console.WriteLine(
    $"deelnemers={deelnemers} bijdragen/deelnemer={perDeelnemer} duur={klaar.TotalSeconds:0.0}s (laatste bijdrage op {laatste.TotalSeconds:0.0}s)");
Console.WriteLine($"aanmelden: n={joinMs.Count} p50={P(joinMs, .5):0.0}ms p95={P(joinMs, .95):0.0}ms max={joinMs.LastOrDefault():0.0}ms");
Console.WriteLine($"bijdrage:  n={submitMs.Count} p50={P(submitMs, .5):0.0}ms p95={P(submitMs, .95):0.0}ms " +
    $"p99={P(submitMs, .99):0.0}ms max={submitMs.LastOrDefault():0.0}ms");
Console.WriteLine($"bevestigd: {verwacht} van {deelnemers * perDeelnemer} bijdragen");
Console.WriteLine($"wand: {opWand} kaarten met 'Bench deelnemer' zichtbaar, {Vertraging(wandMs.Result)}");
Console.WriteLine($"beamer: {opBeamer} kaarten met 'Bench deelnemer' zichtbaar, {Vertraging(beamerMs.Result)}");
if (proefUrl is not null)
{
    proefMs.Sort();
    Console.WriteLine(wandMs.Result < 0 || beamerMs.Result < 0
        ? "proef: overgeslagen, de wanden toonden de sessie zelf al niet"
        : $"proef, {proeven} losse bijdragen rechtstreeks naar {proefUrl}: {proefMs.Count} op wand en beamer"
            + (proefMs.Count == 0 ? "" : $", na p50={proefMs[(proefMs.Count - 1) / 2]} ms max={proefMs[^1]} ms")
            + (proefMs.Count < proeven ? $"; de volgende niet binnen {wachtMs / 1000} s" : ""));
}
if (instantieHeader is not null)
{
    // Per instance: the phones it answered first, and those that then went on at another (after one stopped).
    var eerst = instanties.Values.Where(l => l.Count > 0).GroupBy(l => l[0]).OrderBy(g => g.Key);
    Console.WriteLine("telefoons per instantie (eerste antwoord): " + string.Join(", ", eerst.Select(g => $"{g.Key}={g.Count()}")));
    var gewisseld = instanties.Values.Where(l => l.Distinct().Count() > 1).ToList();
    Console.WriteLine($"telefoons die van instantie wisselden: {gewisseld.Count} ("
        + string.Join(", ", gewisseld.GroupBy(l => $"{l[0]} -> {l[^1]}").Select(g => $"{g.Key}: {g.Count()}")) + ")");
}
if (herhaal > 0 || mislukt.Count > 0)
{
    Console.WriteLine($"mislukte pogingen: {mislukt.Values.Sum()} ("
        + string.Join(", ", mislukt.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {kv.Value}")) + ")");
    if (herhaal > 0)
        Console.WriteLine($"opnieuw verstuurd en toen gelukt: {herhaaldGelukt} (waarvan na het opnieuw laden van de pagina: {herladenGelukt}); "
            + $"na {herhaal} keer opnieuw opgegeven: {herhaaldOpgegeven}");
}
Console.WriteLine($"fouten={fouten.Count}");
foreach (var f in fouten.Take(20)) Console.WriteLine("  " + f);
return fouten.Count == 0 && opWand >= verwacht && opBeamer >= verwacht && verwacht == deelnemers * perDeelnemer ? 0 : 1;

// Which instance answered this phone (the last address when the proxy went on to the next one).
void Noteer(int deelnemer, HttpResponseMessage r)
{
    if (instantieHeader is null || !r.Headers.TryGetValues(instantieHeader, out var waarden)) return;
    var instantie = waarden.First().Split(',')[^1].Trim();
    lock (gate)
    {
        if (!instanties.TryGetValue(deelnemer, out var lijst)) instanties[deelnemer] = lijst = [];
        if (lijst.Count == 0 || lijst[^1] != instantie) lijst.Add(instantie);
    }
}

// Posts a form the way a browser does: the hidden fields of the named form (antiforgery token, _handler) plus the fields.
// A failed post (no answer, or an answer without the expected text) is tried again up to --herhaal times (see above).
// Returns the answer and the idempotency key last sent (a reload gives a new one).
async Task<(HttpStatusCode, string, string)> PostAsync(HttpClient http, int deelnemer, string url, string pagina, string formulier,
    KeyValuePair<string, string>[] velden, string gelukt)
{
    var herladen = false;
    string Sleutel() => velden.FirstOrDefault(v => v.Key == "Bijdrage.Sleutel").Value ?? "";
    for (var poging = 0; ; poging++)
    {
        var form = Regex.Match(pagina, $"<form[^>]*>(?:(?!</form>).)*?name=\"_handler\" value=\"{formulier}\"(?:(?!</form>).)*</form>",
            RegexOptions.Singleline).Value;
        var verborgen = Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(kv => velden.All(v => v.Key != kv.Key));
        string uitkomst;
        try
        {
            using var inhoud = new FormUrlEncodedContent(verborgen.Concat(velden));
            using var r = await http.PostAsync(url, inhoud);
            Noteer(deelnemer, r);
            var html = await r.Content.ReadAsStringAsync();
            if (r.StatusCode == HttpStatusCode.OK && html.Contains(gelukt))
            {
                if (poging > 0) lock (gate) { herhaaldGelukt++; if (herladen) herladenGelukt++; }
                return (r.StatusCode, html, Sleutel());
            }
            var geweigerd = r.StatusCode == HttpStatusCode.BadRequest && html.Contains("Het formulier kon niet worden verwerkt");
            uitkomst = $"{formulier} {(int)r.StatusCode}{(geweigerd ? " formulier geweigerd" : "")}";
            if (poging >= herhaal) { Tel(uitkomst, poging); return (r.StatusCode, html, Sleutel()); }
            if (geweigerd)
            {
                // The user reloads, as the Dutch page asks: a fresh form (token and, for a bijdrage, a new key).
                using var opnieuw = await http.GetAsync(url);
                Noteer(deelnemer, opnieuw);
                pagina = await opnieuw.Content.ReadAsStringAsync();
                herladen = true;
                if (formulier == "bijdrage")
                {
                    var nieuweSleutel = Regex.Match(pagina, "name=\"Bijdrage.Sleutel\" value=\"([^\"]+)\"").Groups[1].Value;
                    velden = velden.Select(v => v.Key == "Bijdrage.Sleutel" ? new(v.Key, nieuweSleutel) : v).ToArray();
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            uitkomst = $"{formulier} {e.GetType().Name}";
            if (poging >= herhaal) { Tel(uitkomst, poging); throw; }
        }
        Tel(uitkomst, -1);
        await Task.Delay(500 * (poging + 1)); // the user reads the error page, then presses again
    }
}

void Tel(string uitkomst, int opgegevenNa)
{
    lock (gate)
    {
        mislukt[uitkomst] = mislukt.GetValueOrDefault(uitkomst) + 1;
        if (opgegevenNa > 0) herhaaldOpgegeven++;
    }
}
