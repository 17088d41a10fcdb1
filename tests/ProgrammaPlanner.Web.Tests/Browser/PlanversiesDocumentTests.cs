using System.Security.Cryptography;
using ProgrammaPlanner.Core;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>The programmaplan of a frozen version prints from its snapshot, never from the live data.</summary>
[Category("Browser")]
public class PlanversiesDocumentTests
{
    [Test]
    public async Task VersionPdf_KeptAsPrintedAtFreezing_MarkedTerBesluitvorming_ThenAVastgesteldCopyWithTheApprovals()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var versies = new PlanversiesPage(page, app, 1);
        await versies.FreezeAsync(1);
        // Printed and kept while the facilitator looks at the new version: both formats with their SHA-256.
        await Expect(page.GetByTestId("document-pdf-ter-besluitvorming")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("document-docx-ter-besluitvorming")).ToBeVisibleAsync();
        var sha = await page.GetByTestId("document-pdf-ter-besluitvorming").Locator("code").InnerTextAsync();
        var eerste = await versies.DownloadAsync("/programmas/1/versies/1/plan.pdf");
        var voor = Tekst(eerste);

        await page.OpenAsync(app, "/programmas/1/bewerken");
        await page.GetByLabel("Motto").FillAsync("Een gewijzigd motto na het vastleggen");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByText("Programma opgeslagen.")).ToBeVisibleAsync();

        var tweede = await versies.DownloadAsync("/programmas/1/versies/1/plan.pdf");
        var live = Tekst(await versies.DownloadAsync("/programmas/1/plan.pdf"));
        // Every print differs (its creation time); the kept copy is the same bytes every time.
        Assert.That(tweede, Is.EqualTo(eerste), "a later download serves the kept bytes");
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(eerste)), Is.EqualTo(sha), "the SHA-256 on the version page is the file's");
        Assert.That(live.Woorden, Does.Contain("Een gewijzigd motto na het vastleggen"));
        Assert.That(voor.Woorden, Does.Not.Contain("gewijzigd motto"));
        Assert.That(voor.Woorden, Does.Contain($"Versie 1 – {Opmaak.Datum(Tijd.Dag(DateTimeOffset.UtcNow))}"), "a Dutch version label");
        Assert.That(voor.Woorden, Does.Contain("ter besluitvorming voorgelegd aan de besturen van de partners"));
        Assert.That(voor.Letters, Does.Not.Contain("CONCEPT"), "the copy the boards sign carries its own marking, no CONCEPT");
        Assert.That(live.Letters, Does.Contain("CONCEPT"), "the live plan stays a concept");

        await page.OpenAsync(app, "/programmas/1/versies/1");
        await versies.RecordPapierenGoedkeuringenAsync(3, "Getekend in bestuursvergadering");
        await Expect(page.GetByTestId("versie-status").First).ToHaveTextAsync("vastgesteld");
        await Expect(page.GetByTestId("document-pdf-vastgesteld")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync("versie-bewaarde-documenten");
        var vastgesteld = Tekst(await versies.DownloadAsync("/programmas/1/versies/1/plan.pdf"));
        var docx = await versies.DownloadAsync("/programmas/1/versies/1/plan.docx");
        var ontvangen = await versies.DownloadAsync("/programmas/1/versies/1/plan.pdf?exemplaar=ter-besluitvorming");

        Assert.That(vastgesteld.Letters, Does.Not.Contain("CONCEPT"));
        Assert.That(vastgesteld.Woorden, Does.Contain("Goedgekeurd op papier door Hans Verhoeven"));
        Assert.That(vastgesteld.Woorden, Does.Contain("Getekend in bestuursvergadering 3"));
        Assert.That(vastgesteld.Woorden, Does.Contain("· vastgesteld"));
        Assert.That(ontvangen, Is.EqualTo(eerste), "the copy the boards received stays available, byte for byte");
        Assert.That(docx.Take(2), Is.EqualTo("PK"u8.ToArray()), "a DOCX (zip) file");
    }

    [Test]
    public async Task VersionPdf_MetBijlageWijzigingen_ListsWhatChangedAgainstThePlanInForce()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var versies = new PlanversiesPage(page, app, 1);
        await versies.FreezeAsync(1);
        await Expect(page.GetByTestId("versie-pdf")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("met-wijzigingen")).ToHaveCountAsync(0); // the first version has nothing to compare with
        await versies.RecordPapierenGoedkeuringenAsync(3);
        await Expect(page.GetByTestId("versie-status").First).ToHaveTextAsync("vastgesteld");

        await page.OpenAsync(app, "/programmas/1/bewerken");
        await page.GetByLabel("Motto").FillAsync("Samen sterker in Centrum");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByText("Programma opgeslagen.")).ToBeVisibleAsync();
        await versies.FreezeAsync(2);

        await page.GetByLabel("Met bijlage wijzigingen ten opzichte van het plan in werking (versie 1)").CheckAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Bekijk in de browser" }))
            .ToHaveAttributeAsync("href", "programmas/1/versies/2/plan.html?wijzigingen=true");
        await page.ScreenshotAsync("versie-met-bijlage-wijzigingen");
        await page.AssertAccessibleAsync();
        var met = Tekst(await versies.DownloadAsync("/programmas/1/versies/2/plan.pdf?wijzigingen=true"));
        var zonder = Tekst(await versies.DownloadAsync("/programmas/1/versies/2/plan.pdf"));
        var docx = await versies.DownloadAsync("/programmas/1/versies/2/plan.docx?wijzigingen=true");

        Assert.That(met.Woorden, Does.Contain("Bijlage: wijzigingen ten opzichte van het plan in werking"));
        Assert.That(met.Woorden, Does.Contain("versie 2 verandert ten opzichte van versie 1 (vastgesteld), het plan in werking"));
        Assert.That(met.Woorden, Does.Contain("gewijzigd Programma:").And.Contain("Motto"));
        Assert.That(zonder.Woorden, Does.Not.Contain("Bijlage"), "without the choice the document is as before");
        Assert.That(docx.Take(2), Is.EqualTo("PK"u8.ToArray()), "a DOCX (zip) file");
    }

    private sealed record PdfTekst(string Woorden, string Letters);

    private static PdfTekst Tekst(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        return new(string.Join(" ", pages.SelectMany(p => p.GetWords()).Select(w => w.Text)),
            string.Concat(pages.SelectMany(p => p.Letters).Select(l => l.Value)));
    }
}
