using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Page object for /programmas/{id}/versies and a version's page.</summary>
public sealed class PlanversiesPage(IPage page, AppProcess app, long programmaId)
{
    public string Pad => $"/programmas/{programmaId}/versies";

    /// <summary>Freezes the current plan from the timeline and lands on the new version's page.</summary>
    public async Task FreezeAsync(int nummer, string toelichting = "")
    {
        await page.OpenAsync(app, Pad);
        if (toelichting.Length > 0) await page.GetByLabel("Toelichting bij deze versie").FillAsync(toelichting);
        await page.GetByTestId("versie-vastleggen").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(Pad)}/{nummer}$"));
        await Expect(page.GetByTestId("versie-status").First).ToHaveTextAsync("ter besluitvorming");
    }

    /// <summary>On a version's page: records a paper approval for the first open partner, until <paramref name="totaal"/> have approved.</summary>
    public async Task RecordPapierenGoedkeuringenAsync(int totaal, string opmerking = "Getekend in vergadering")
    {
        var goedgekeurd = page.GetByTestId("partner-besluiten").Locator("tbody tr").Filter(new() { HasText = "goedgekeurd" });
        for (var i = await goedgekeurd.CountAsync() + 1; i <= totaal; i++)
        {
            var door = page.GetByLabel("Getekend door");
            if (await door.InputValueAsync() == "") await door.FillAsync($"Bestuurder {i}");
            await page.GetByLabel("Opmerking (niet verplicht)").FillAsync($"{opmerking} {i}");
            await page.GetByTestId("papier-vastleggen").ClickAsync();
            await Expect(goedgekeurd).ToHaveCountAsync(i);
        }
    }

    public async Task<byte[]> DownloadAsync(string pad)
    {
        using var http = await app.ClientAsync();
        var antwoord = await http.GetAsync(pad);
        var inhoud = await antwoord.Content.ReadAsByteArrayAsync();
        Assert.That(antwoord.IsSuccessStatusCode, $"{pad}: {(int)antwoord.StatusCode} {System.Text.Encoding.UTF8.GetString(inhoud)}\n{app.Log}");
        return inhoud;
    }
}
