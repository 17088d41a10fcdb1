using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using ProgrammaPlanner.TestSupport;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>
/// One real Chromium for the whole test run (Debian's chromium; no browser download). On a developer's
/// machine without a browser the browser tests are skipped with a reason; with CI=true they fail instead.
/// </summary>
[SetUpFixture]
public sealed class BrowserFixture
{
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private static string? _missingReason;
    private static readonly SemaphoreSlim Launching = new(1, 1);

    // Per test (by NUnit's test id): fixtures run in parallel, so a test closes only the contexts it opened itself.
    private static readonly ConcurrentDictionary<string, ConcurrentBag<IBrowserContext>> Open = new();

    public static readonly string[] Candidates =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/usr/bin/microsoft-edge"];

    public static string? FindChromium() =>
        Environment.GetEnvironmentVariable("PROGRAMMAPLANNER_BROWSER") is { Length: > 0 } configured && File.Exists(configured)
            ? configured
            : Candidates.FirstOrDefault(File.Exists);

    public static async Task<IBrowser> BrowserAsync()
    {
        BrowserCategory.Require("Chromium");
        if (_browser is { IsConnected: true }) return _browser;
        await Launching.WaitAsync(); // tests of parallel fixtures ask at once: launch one browser, not one each
        try
        {
            return await LaunchAsync();
        }
        finally
        {
            Launching.Release();
        }
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        if (_browser is { IsConnected: true }) return _browser;
        var path = FindChromium();
        if (path is null)
        {
            _missingReason = "Geen Chromium gevonden (" + string.Join(", ", Candidates) + "); installeer het pakket 'chromium'.";
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(_missingReason);
            Assert.Ignore(_missingReason);
        }
        _playwright ??= await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(15_000); // a loaded 2-core CI machine; waits end as soon as the result shows
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return _browser;
    }

    /// <summary>A fresh context (own cookies) and page at the given viewport.</summary>
    public static async Task<IPage> NewPageAsync(int width = 1366, int height = 768)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "nl-NL" });
        Open.GetOrAdd(TestContext.CurrentContext.Test.ID, _ => []).Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Closes the contexts a test opened (by default the current test). A page left open keeps trying to reconnect its
    /// circuit to the app the test already stopped, and dozens of those slow every later test down.
    /// </summary>
    public static async Task CloseContextsAsync(string? testId = null)
    {
        if (!Open.TryRemove(testId ?? TestContext.CurrentContext.Test.ID, out var contexts)) return;
        while (contexts.TryTake(out var context)) await context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}

public static class PageExtensions
{
    /// <summary>
    /// Opens a page of the app and waits until Blazor's circuit is interactive (clicks before that are lost). When the
    /// app asks to sign in first, signs in as <paramref name="email"/> (by default the demo beheerder, facilitator of every sample).
    /// </summary>
    public static async Task OpenAsync(this IPage page, AppProcess app, string path, string email = Demo.Beheerder)
    {
        await page.GotoAsync(app.BaseUrl + path);
        if (new Uri(page.Url).AbsolutePath == "/inloggen") await page.SignInAsync(email);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Fills in the login form the page shows and waits until the app has taken the user on.</summary>
    public static async Task SignInAsync(this IPage page, string email, string wachtwoord = Demo.Wachtwoord)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex(@"^[a-z]+://[^/]+/inloggen([?#].*)?$"));
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("#blazor-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });

    /// <summary>
    /// WCAG 2.1 AA as axe-core checks it: no violations. Frames are not entered: the only ones are the sandboxed
    /// document previews, where scripts (axe too) cannot run; tests check those documents on their own.
    /// The axe-core that Deque.AxeCore bundles, run in the page itself: the package's RunAxe took about 1.2 s a check (it
    /// injects axe again and finishes each run in a new page of its own), axe itself about 0.15 s; the rules and the
    /// violations are the same.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await page.EvaluateAsync(AxeScript.Value);
        var violations = await page.EvaluateAsync<JsonElement>("""
            () => axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                iframes: false,
                resultTypes: ['violations'],
            }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.html) })))
            """);
        var report = string.Join("\n", violations.EnumerateArray().Select(v =>
            $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")}\n  "
            + string.Join("\n  ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))));
        Assert.That(violations.GetArrayLength(), Is.Zero, $"Toegankelijkheidsproblemen op {page.Url}:\n{report}");
    }

    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
