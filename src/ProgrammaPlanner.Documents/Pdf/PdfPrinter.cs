using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>
/// Prints HTML to PDF with one warm Chromium per process: launched on first use, relaunched when it died.
/// Exports wait their turn (a few at once); each gets its own context and page, always closed afterwards.
/// </summary>
public sealed class PdfPrinter(PdfInstellingen instellingen, ILogger<PdfPrinter> logger) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly SemaphoreSlim _plaatsen = new(instellingen.MaxGelijktijdig, instellingen.MaxGelijktijdig);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Opens the HTML in a fresh page, lets <paramref name="werk"/> use it (e.g. print twice), then closes it.</summary>
    public async Task<T> MetPaginaAsync<T>(string html, Func<IPage, Task<T>> werk, CancellationToken ct = default)
    {
        await _plaatsen.WaitAsync(ct);
        try
        {
            for (var poging = 1; ; poging++)
            {
                var browser = await BrowserAsync(ct);
                IBrowserContext? context = null;
                try
                {
                    context = await browser.NewContextAsync(new() { Locale = "nl-NL", JavaScriptEnabled = true });
                    var page = await context.NewPageAsync();
                    await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
                    await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
                    return await werk(page);
                }
                catch (PlaywrightException e) when (!browser.IsConnected && poging == 1)
                {
                    logger.LogWarning(e, "Chromium viel weg tijdens het printen; opnieuw gestart.");
                }
                finally
                {
                    if (context is not null && browser.IsConnected) await context.CloseAsync();
                }
            }
        }
        finally
        {
            _plaatsen.Release();
        }
    }

    /// <summary>Prints the page as it stands: A4 from the CSS, tagged, with an outline, the CSS footer only.</summary>
    public static Task<byte[]> PdfAsync(IPage page) => page.PdfAsync(new()
    {
        PreferCSSPageSize = true,
        PrintBackground = true,
        Tagged = true,
        Outline = true,
        DisplayHeaderFooter = false,
    });

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } warm) return warm;
        await _start.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } intussen) return intussen;
            var pad = BrowserZoeker.Zoek(instellingen.BrowserPath);
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
