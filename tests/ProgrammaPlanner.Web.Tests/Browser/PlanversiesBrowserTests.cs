using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class PlanversiesBrowserTests
{
    // Amsterdam Centrum is the first sample (file-name order): three partners. Opened by URL because the
    // programme's dashboard is built on another branch.
    private const string Versies = "/programmas/1/versies";

    [Test]
    public async Task FreezeAndPaperApprovals_UntilVastgesteld_ShownOnTheTimeline()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();

        var versies = new PlanversiesPage(page, app, 1);
        await page.OpenAsync(app, Versies);
        await Expect(page.GetByText("Er is nog geen versie vastgelegd")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await versies.FreezeAsync(1, "Voor de bestuursvergaderingen van maart");
        await page.ScreenshotAsync("versie-ter-besluitvorming");
        await page.AssertAccessibleAsync();

        // Waits: the page reloads once more when its change comes back through the programme header (at most 0.5 s later).
        await Expect(page.GetByTestId("partner-besluiten").Locator("tbody tr")).ToHaveCountAsync(3);

        // the first board's signed page goes with its approval; a file that is no scan is refused at the field, nothing recorded
        var scan = page.GetByTestId("papier-scan");
        // The file input answers once the page is interactive and the input's script is attached; a file set before is not seen.
        async Task KiesAsync(FilePayload bestand, ILocator gezien)
        {
            await page.WaitForInteractiveAsync();
            for (var poging = 1; ; poging++)
            {
                await scan.SetInputFilesAsync(bestand);
                try { await gezien.WaitForAsync(new() { Timeout = 5_000 }); return; }
                catch (PlaywrightException) when (poging < 3) { }
                catch (PlaywrightException) { Assert.Fail($"the chosen file was not taken in three tries\n{app.Log}"); }
            }
        }
        await KiesAsync(new FilePayload { Name = "besluit.pdf", MimeType = "application/pdf", Buffer = "Geen PDF"u8.ToArray() },
            page.GetByTestId("papier-scan-melding"));
        await Expect(page.GetByTestId("papier-scan-melding")).ToHaveTextAsync("Kies een PDF, PNG of JPEG met de getekende pagina.");
        await page.GetByLabel("Getekend door").FillAsync("Bestuurder 1");
        await page.GetByTestId("papier-vastleggen").ClickAsync();
        await Expect(page.GetByTestId("papier-scan-melding")).ToHaveTextAsync("Kies een PDF, PNG of JPEG met de getekende pagina.");
        await Expect(page.GetByTestId("partner-besluiten")).Not.ToContainTextAsync("goedgekeurd");
        byte[] pdf = [.. "%PDF-1.4\n%getekend\n%%EOF\n"u8];
        await KiesAsync(new FilePayload { Name = "besluit bestuur.pdf", MimeType = "application/pdf", Buffer = pdf },
            page.GetByTestId("papier-scan-gekozen").Filter(new() { HasText = "besluit bestuur.pdf" }));
        await Expect(page.GetByTestId("papier-scan-gekozen")).ToHaveTextAsync("besluit bestuur.pdf (1 kB)");
        await page.GetByTestId("papier-vastleggen").ClickAsync();
        var link = page.GetByTestId("partner-besluiten").GetByRole(AriaRole.Link, new() { Name = "Getekende pagina (besluit bestuur.pdf)" });
        await Expect(link).ToBeVisibleAsync();
        var bewaard = await page.Context.APIRequest.GetAsync(app.BaseUrl + "/" + await link.GetAttributeAsync("href"));
        Assert.That((bewaard.Headers["content-type"], await bewaard.BodyAsync()), Is.EqualTo(("application/pdf", pdf)));

        await versies.RecordPapierenGoedkeuringenAsync(3, "Getekend in vergadering");

        await Expect(page.GetByTestId("versie-status").First).ToHaveTextAsync("vastgesteld");
        await Expect(page.GetByText("plan in werking").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("versie-vastgesteld");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle versies" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Versies) + "$"));
        var kaart = page.GetByTestId("versie-1");
        await Expect(kaart.GetByTestId("versie-status")).ToHaveTextAsync("vastgesteld");
        await Expect(kaart).ToContainTextAsync("3 van 3 partners akkoord");
        await Expect(kaart).ToContainTextAsync("Getekend in vergadering 2");
        await page.ScreenshotAsync("versies-tijdlijn");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Wat is er gewijzigd in het concept?" }).ClickAsync();
        await Expect(page.GetByTestId("geen-wijzigingen")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The dashboard shows the plan in force.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(page.GetByTestId("plan-in-werking")).ToContainTextAsync("Plan in werking: versie 1");
        // ... and where the programme is in its life (the move itself is tested in Core: BesluitTests).
        await Expect(page.GetByTestId("fase").Locator("[aria-current=step]")).ToHaveTextAsync("2. Implementatiefase");
    }

    [Test]
    public async Task Compare_AfterAnEdit_ListsTheChange_OnAPhone()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync(390, 844);
        await new PlanversiesPage(page, app, 1).FreezeAsync(1);

        await page.OpenAsync(app, "/programmas/1/bewerken");
        await page.GetByLabel("Motto").FillAsync("Samen sterker in Centrum");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByText("Programma opgeslagen.")).ToBeVisibleAsync();

        await page.OpenAsync(app, "/programmas/1/versies/vergelijk");
        await Expect(page.GetByText("Wijzigingen van")).ToContainTextAsync("huidig concept");
        var afspraken = page.GetByTestId("wijzigingen-afspraken");
        await Expect(afspraken.GetByTestId("wijziging")).ToHaveCountAsync(1);
        await Expect(afspraken).ToContainTextAsync("Samen sterker in Centrum");
        await page.ScreenshotAsync("versies-vergelijk-telefoon");
        await page.AssertAccessibleAsync();
    }
}
