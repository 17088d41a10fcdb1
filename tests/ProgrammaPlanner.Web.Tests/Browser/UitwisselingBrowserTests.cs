using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class UitwisselingBrowserTests
{
    [Test]
    public async Task ExportThenImportModifiedCopy_NewProgrammaWithItsMijlpaal()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/uitwisseling", "Import en export");
        await page.ScreenshotAsync("uitwisseling");
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-knop").ClickAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo("samen-noord.json"));
        var bestand = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        Assert.That((string?)bestand["programma"]!["naam"], Is.EqualTo("Samen Noord"));

        // A renamed copy with a project extended to next year and a mijlpaal due soon (the dashboard shows mijlpalen of
        // the next 60 days). The programme keeps its period (2017–2020): the extended project is flagged, not refused.
        bestand["programma"]!["naam"] = "Samen Noord 2027";
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Core.Tijd.Nederland).DateTime);
        bestand["projecten"]![0]!["einddatum"] = $"{vandaag.Year + 1}-12-31";
        bestand["projecten"]![0]!["mijlpalen"]!.AsArray().Add(new JsonObject
        {
            ["titel"] = "Evaluatie met de bestuurders", ["datum"] = vandaag.AddDays(10).ToString("yyyy-MM-dd"), ["status"] = "gepland",
        });
        var pad = Path.Combine(Path.GetTempPath(), $"samen-noord-2027-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(pad, bestand.ToJsonString());

        await page.OpenAsync(app, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Programma importeren" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Programma importeren", Level = 1 }).WaitForAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("JSON-bestand").SetInputFilesAsync(pad);

        await page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 }).WaitForAsync();
        await Expect(page).ToHaveTitleAsync("Samen Noord 2027 – ProgrammaPlanner");
        await Expect(page.GetByTestId("mijlpaal")).ToContainTextAsync("Evaluatie met de bestuurders");
        await Expect(page.GetByTestId("mijlpaal")).ToContainTextAsync("over 10 dagen");
        await Expect(page.GetByTestId("budget-totaal")).ToContainTextAsync("€ 1.272.250,75");
        File.Delete(pad);
    }

    [Test]
    public async Task Import_BadFile_EveryProblemListedAndNothingImported()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/uitwisseling", "Import en export");

        var bestand = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "samen-noord.json")))!;
        bestand["partners"]![0]!["soort"] = "sport";                 // unknown soort
        bestand["projecten"]![0]!["trekker"] = "Stichting X";         // unknown trekker
        var pad = Path.Combine(Path.GetTempPath(), $"kapot-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(pad, bestand.ToJsonString());

        await page.GetByLabel("JSON-bestand").SetInputFilesAsync(pad);

        var problemen = page.GetByTestId("import-problemen");
        await Expect(problemen).ToContainTextAsync("soort 'sport' bestaat niet");
        await Expect(problemen).ToContainTextAsync("trekker 'Stichting X' is geen partner van het programma");
        await Expect(problemen).ToContainTextAsync("Er bestaat al een programma met de naam 'Samen Noord'");
        // The former trekker is no longer among the project's partners, so each of its four inzet rows, its two besteding rows and
        // its besteding in the two rapportagerondes is a problem too.
        await Expect(problemen).ToContainTextAsync("inzet van 'Stichting Wijsneus' in 2018: die partner doet niet mee aan het project");
        await Expect(problemen).ToContainTextAsync("Rapportageronde 2019, rapportage van 'Stichting Wijsneus', besteding aan 'Wijsneuzen na school'");
        Assert.That(await problemen.Locator("li").CountAsync(), Is.EqualTo(11));
        await page.ScreenshotAsync("import-fout");
        await page.AssertAccessibleAsync();

        await page.OpenAsync(app, "/");
        Assert.That(await page.GetByTestId("programma-kaart").CountAsync(), Is.EqualTo(3));
        File.Delete(pad);
    }
}
