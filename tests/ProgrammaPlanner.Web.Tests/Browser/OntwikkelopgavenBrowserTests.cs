using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class OntwikkelopgavenBrowserTests
{
    /// <summary>A story written straight into the file: its own pages are built elsewhere.</summary>
    private static async Task VerhaalAsync(string databaseFile, string titel, string tekst)
    {
        await using var c = new SqliteConnection($"Data Source={databaseFile}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO verhaal (programma_id, titel, tekst, verteller, opgetekend_op) VALUES (@p, @titel, @tekst, 'bewoner', '2026-03-02')";
        cmd.Parameters.AddWithValue("@p", SamenNoord);
        cmd.Parameters.AddWithValue("@titel", titel);
        cmd.Parameters.AddWithValue("@tekst", tekst);
        await cmd.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task Opgave_CreateLinkStoryAnswerAndDownloadFindings()
    {
        await using var app = await AppProcess.StartAsync();
        await VerhaalAsync(app.DatabaseFile, "De stapel brieven", "Mevrouw durfde de blauwe enveloppen niet meer open te maken.");
        var page = await BrowserFixture.NewPageAsync(1280, 900);

        await page.OpenAsync(app, $"/programmas/{SamenNoord}/leren/opgaven");
        await page.FillFieldAsync("Titel", "Post die dicht blijft");
        await page.FillFieldAsync("Terrein", "schulden");
        await page.FillFieldAsync("Vraag", "Wat kan het wijkteam van morgen doen als mensen hun post niet meer openen?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ontwikkelopgave aanmaken" }).ClickAsync();
        var rij = page.GetByTestId("status-open").GetByTestId("opgave-rij");
        await Expect(rij).ToContainTextAsync("Post die dicht blijft");
        await Expect(rij.GetByTestId("aantal-verhalen")).ToHaveTextAsync("0");

        await rij.GetByRole(AriaRole.Link, new() { Name = "Post die dicht blijft" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("opgave-titel")).ToHaveTextAsync("Post die dicht blijft");
        await page.SelectAsync(page.GetByTestId("verhaal-keuze"), "De stapel brieven");
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen" }).ClickAsync();
        await Expect(page.GetByTestId("gekoppeld-verhaal")).ToContainTextAsync("Mevrouw durfde de blauwe enveloppen");

        // Answered without findings: refused at the status field, in Dutch; nothing changed.
        await page.SelectAsync(page.GetByTestId("status-keuze"), "beantwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Status wijzigen" }).ClickAsync();
        await Expect(page.Locator("#status-form")).ToContainTextAsync("heeft bevindingen en een aanbeveling");
        await Expect(page.GetByTestId("opgave-status")).ToHaveTextAsync("open");

        await page.FillFieldAsync("Bevindingen", "- Schulden blijven **maanden** verborgen\n- Een huisbezoek opent de deur");
        await page.FillFieldAsync("Aanbeveling", "Geef elk wijkteam een vast aanspreekpunt voor geldzorgen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Ontwikkelopgave opgeslagen.")).ToBeVisibleAsync();
        await page.SelectAsync(page.GetByTestId("status-keuze"), "beantwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Status wijzigen" }).ClickAsync();
        await Expect(page.GetByTestId("opgave-status")).ToHaveTextAsync("beantwoord");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("bevindingen-pdf").ClickAsync(), new() { Timeout = 60_000 });
        Assert.That(download.SuggestedFilename, Does.StartWith("Bevindingen ontwikkelopgave Post die dicht blijft").And.EndWith(".pdf"));
        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
        var tekst = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.That(tekst, Does.Contain("als mensen hun post niet meer openen?").And.Contain("De stapel brieven").And.Contain("beantwoord")
            .And.Contain("Schulden blijven maanden verborgen").And.Contain("vast aanspreekpunt voor geldzorgen."));

        await page.OpenAsync(app, $"/programmas/{SamenNoord}/leren/opgaven");
        await Expect(page.GetByTestId("status-beantwoord").GetByTestId("aantal-verhalen")).ToHaveTextAsync("1");
    }
}
