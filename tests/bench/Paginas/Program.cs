// How fast every page of the large generated programme becomes interactive in Chromium, signed in as its facilitator.
// Usage: Paginas <baseUrl> [keer=5], or Paginas --schrijf FILE to write the large programme's import file. The app must run with the large programme
// as its only sample and the demo
// accounts (tests/bench/paginas.sh does that). "Interactive": the circuit is up (the layout's marker), the page's
// h1 is there and no progress bar is left, measured from the start of the navigation.
using System.Diagnostics;
using Microsoft.Playwright;

if (args is ["--schrijf", var bestand])
{
    Directory.CreateDirectory(Path.GetDirectoryName(bestand)!);
    await File.WriteAllTextAsync(bestand, ProgrammaPlanner.TestSupport.GrootProgramma.Json());
    return 0;
}

var baseUrl = args[0].TrimEnd('/');
var keer = args.Length > 1 ? int.Parse(args[1]) : 5;
var browserPad = Environment.GetEnvironmentVariable("PROGRAMMAPLANNER_BROWSER") ?? "/usr/bin/chromium";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = browserPad, Headless = true,
    Args = ["--no-sandbox", "--disable-gpu"] });
var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "nl-NL" });
await page.GotoAsync($"{baseUrl}/programmas/1");
await page.GetByLabel("E-mailadres").FillAsync("beheerder@demo.local");
await page.GetByLabel("Wachtwoord").FillAsync("demo-wachtwoord");
await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
await page.Locator("#blazor-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

string[] paden =
[
    "/", "/programmas/1", "/programmas/1/bewerken", "/programmas/1/partners", "/programmas/1/speerpunten", "/programmas/1/doelstellingen/1",
    "/programmas/1/projecten", "/programmas/1/projecten/1", "/programmas/1/samenwerking", "/programmas/1/bijeenkomsten", "/programmas/1/prioritering",
    "/programmas/1/plan", "/programmas/1/versies", "/programmas/1/logboek", "/programmas/1/uitwisseling", "/programmas/1/leden", "/account",
];
var alle = new List<double>();
Console.WriteLine($"{"pagina",-36} {"mediaan",8} {"max",8}  (ms tot interactief, {keer}× na 1× opwarmen)");
foreach (var pad in paden)
{
    var tijden = new List<double>();
    for (var i = 0; i <= keer; i++)
    {
        var sw = Stopwatch.StartNew();
        await page.GotoAsync(baseUrl + pad);
        await page.Locator("#blazor-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await page.Locator("h1").First.WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator(".mud-progress-linear").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
        if (i > 0) tijden.Add(sw.Elapsed.TotalMilliseconds); // the first visit warms the page's code paths
    }
    alle.AddRange(tijden);
    Console.WriteLine($"{pad,-36} {Mediaan(tijden),8:0} {tijden.Max(),8:0}");
}
Console.WriteLine($"{"alle pagina's",-36} {Mediaan(alle),8:0} {alle.Max(),8:0}");
return alle.Max() <= 1000 ? 0 : 1;

static double Mediaan(List<double> x) { var s = x.Order().ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
