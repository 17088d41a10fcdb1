using UglyToad.PdfPig;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class ProgrammaplanBrowserTests
{
    [Test]
    public async Task Preview_SamenNoord_AccessibleAndDownloadPdfGivesTheNamedPlan()
    {
        await using var app = await AppProcess.StartAsync();
        var id = await ProgrammaIdAsync(app, "Samen Noord");
        var page = await BrowserFixture.NewPageAsync();

        await page.OpenAsync(app, $"/programmas/{id}/plan");
        await page.FrameLocator("[data-testid=plan-voorbeeld]").GetByRole(Microsoft.Playwright.AriaRole.Heading,
            new() { Name = "Inhoudsopgave" }).WaitForAsync();
        await page.ScreenshotAsync("programmaplan");
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-pdf").ClickAsync(), new() { Timeout = 60_000 });
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        Assert.That(download.SuggestedFilename, Is.EqualTo("Programmaplan Samen Noord.pdf"));
        Assert.That(bytes[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        using var pdf = PdfDocument.Open(bytes);
        Assert.That(pdf.NumberOfPages, Is.GreaterThan(5));
        Assert.That(string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)), Does.Contain("Samen Noord"));
        Assert.That(await page.GetByTestId("download-fout").CountAsync(), Is.Zero);

        // The document itself, as the preview frame shows it.
        await page.GotoAsync($"{app.BaseUrl}/programmas/{id}/plan.html");
        await page.AssertAccessibleAsync();
    }

    [Test]
    public async Task Pdf_NoBrowser_DutchMessageInsteadOfAFile()
    {
        await using var app = await AppProcess.StartAsync(true, null, "--Pdf:BrowserPath=/bestaat/niet/chromium");
        var id = await ProgrammaIdAsync(app, "Samen Noord");
        var page = await BrowserFixture.NewPageAsync();

        await page.OpenAsync(app, $"/programmas/{id}/plan");
        await page.GetByTestId("download-pdf").ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("download-fout")).ToContainTextAsync("De PDF kan niet worden gemaakt");
    }

    /// <summary>The id of a loaded sample, found through the plan endpoint (its title names the programma).</summary>
    internal static async Task<long> ProgrammaIdAsync(AppProcess app, string naam)
    {
        using var http = await app.ClientAsync();
        for (var id = 1; id <= 20; id++)
        {
            var antwoord = await http.GetAsync($"/programmas/{id}/plan.html");
            if (antwoord.IsSuccessStatusCode && (await antwoord.Content.ReadAsStringAsync()).Contains($"<title>Programmaplan {naam}</title>")) return id;
        }
        throw new InvalidOperationException($"Programma '{naam}' niet gevonden.");
    }
}
