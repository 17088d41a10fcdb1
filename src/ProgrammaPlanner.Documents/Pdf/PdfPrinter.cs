using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>
/// Prints HTML to PDF with one warm Chromium per process: launched on first use, relaunched when it died.
/// Exports wait their turn (a few at once). One page (in its own context) stays open for the next export: a new
/// context and decoding the fonts again cost about a fifth of a large plan's export. Only one, because a page that
/// printed a large plan holds a few hundred MB; exports at the same time get a page of their own, closed afterwards.
/// A page that failed is closed too, so nothing of a broken print is reused.
/// </summary>
public sealed class PdfPrinter(PdfSettings instellingen, ILogger<PdfPrinter> logger) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly SemaphoreSlim _plaatsen = new(instellingen.MaxGelijktijdig, instellingen.MaxGelijktijdig);
    private Warm? _warm;

    /// <summary>The page kept for the next export, and how many exports it printed. Chromium's memory for a page creeps
    /// up a little with each large plan it prints, so after <see cref="MaxHergebruik"/> a fresh page takes over.</summary>
    private sealed record Warm(IPage Page, int Keer);

    private const int MaxHergebruik = 20;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Opens the HTML in a warm page, lets <paramref name="werk"/> use it (e.g. print twice), then gives the page back.</summary>
    public async Task<T> MetPaginaAsync<T>(string html, Func<IPage, Task<T>> werk, CancellationToken ct = default)
    {
        await _plaatsen.WaitAsync(ct);
        try
        {
            for (var poging = 1; ; poging++)
            {
                var browser = await BrowserAsync(ct);
                IPage? page = null;
                try
                {
                    (page, var keer) = await PaginaAsync(browser);
                    await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
                    await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
                    var resultaat = await werk(page);
                    if (keer < MaxHergebruik && Interlocked.CompareExchange(ref _warm, new Warm(page, keer + 1), null) is null)
                        page = null; // kept for the next export
                    return resultaat;
                }
                catch (PlaywrightException e) when (!browser.IsConnected && poging == 1)
                {
                    logger.LogWarning(e, "Chromium viel weg tijdens het printen; opnieuw gestart.");
                }
                finally
                {
                    if (page is not null && browser.IsConnected) await page.Context.CloseAsync();
                }
            }
        }
        finally
        {
            _plaatsen.Release();
        }
    }

    /// <summary>
    /// A quick print to measure the layout (where each heading lands), never given to a user: untagged, and with every
    /// element hidden (visibility, which changes no layout), so Chromium paints nothing and embeds no fonts. Chromium
    /// writes the named destinations of in-document links from the layout, not the painting, so
    /// <see cref="Pagination"/> still finds every heading's page. A third of the time of an untagged print with
    /// everything painted.
    /// </summary>
    public static async Task<byte[]> ProefAsync(IPage page)
    {
        await page.EvaluateAsync(Verberg, true);
        try
        {
            return await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = false, DisplayHeaderFooter = false });
        }
        finally
        {
            await page.EvaluateAsync(Verberg, false);
        }
    }

    private const string Verberg = """
        aan => {
            let s = document.getElementById('pp-meten');
            if (!s) {
                s = document.createElement('style');
                s.id = 'pp-meten';
                s.textContent = 'html.pp-meten * { visibility: hidden !important; }';
                document.head.append(s);
            }
            document.documentElement.classList.toggle('pp-meten', aan);
        }
        """;

    /// <summary>Prints the page as it stands: A4 from the CSS, tagged, with an outline, the CSS footer only.</summary>
    public static Task<byte[]> PdfAsync(IPage page) => page.PdfAsync(new()
    {
        PreferCSSPageSize = true,
        PrintBackground = true,
        Tagged = true,
        Outline = true,
        DisplayHeaderFooter = false,
    });

    /// <summary>The warm page if it is free and of this browser, else a new page in its own context.</summary>
    private async Task<(IPage Page, int Keer)> PaginaAsync(IBrowser browser)
    {
        if (Interlocked.Exchange(ref _warm, null) is { Page.IsClosed: false } warm && warm.Page.Context.Browser == browser) return (warm.Page, warm.Keer);
        var context = await browser.NewContextAsync(new() { Locale = "nl-NL", JavaScriptEnabled = true });
        return (await context.NewPageAsync(), 0);
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } warm) return warm;
        await _start.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } intussen) return intussen;
            var pad = BrowserFinder.Zoek(instellingen.BrowserPath);
            if (_browser is not null) await _browser.DisposeAsync();
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = pad,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
            });
            logger.LogInformation("Chromium gestart voor PDF's: {Pad}", pad);
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _browser = null;
        _playwright?.Dispose();
        _playwright = null;
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
