using Microsoft.Playwright;

namespace ProgrammaPlanner.Web.Tests.Browser;

public static class Breedte
{
    /// <summary>The elements that stick out past the right edge of the viewport (to say what makes a phone page scroll sideways).</summary>
    public static async Task<string> UitstekendAsync(this IPage page) => await page.EvaluateAsync<string>("""
        () => {
          const w = document.documentElement.clientWidth, out = [];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > w + 1 && r.width > 0) {
              let clipped = false;
              for (let p = el.parentElement; p; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if ((o === 'auto' || o === 'hidden' || o === 'scroll') && p.getBoundingClientRect().right <= w + 1) { clipped = true; break; }
              }
              if (!clipped) out.push(el.tagName + '.' + el.className + ' right=' + Math.round(r.right));
            }
          }
          return out.slice(0, 15).join('\n');
        }
        """);
}

/// <summary>Page object: /programmas/{id}/projecten.</summary>
public sealed class ProjectenPage(IPage page, AppProcess app, long programmaId)
{
    public IPage Page => page;
    public ILocator Rows => page.GetByTestId("project-rij");

    public async Task OpenAsync() => await page.OpenAsync(app, $"/programmas/{programmaId}/projecten");

    public ILocator Row(string naam) => Rows.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = naam, Exact = true }) });

    public Task FilterAsync(string filter, string keuze) => page.SelectAsync(filter, keuze);
}

/// <summary>Page object: a project's detail page (new or existing).</summary>
public sealed class ProjectPage(IPage page)
{
    public IPage Page => page;

    public async Task FillAsync(string naam, string doel, string trekker, string[] partners, string[] doelstellingen, string start, string eind,
        string status, bool doorbraak)
    {
        await page.FillFieldAsync("Naam", naam);
        await page.FillFieldAsync("Doel", doel);
        await page.SelectAsync("Status", status);
        await page.SelectAsync("Trekker", trekker);
        foreach (var p in partners) await page.GetByTestId("partners-keuze").GetByLabel(p, new() { Exact = true }).CheckAsync();
        foreach (var d in doelstellingen) await page.GetByTestId("doelstellingen-keuze").GetByLabel(d, new() { Exact = true }).CheckAsync();
        await page.FillFieldAsync("Startdatum", start);
        await page.FillFieldAsync("Einddatum", eind);
        if (doorbraak) await page.GetByLabel("Doorbraakproject").CheckAsync();
    }

    public async Task AddInzetRegelAsync(string partner, string soort)
    {
        await page.SelectAsync("Partner", partner);
        await page.SelectAsync("Soort inzet", soort);
        await page.GetByRole(AriaRole.Button, new() { Name = "Regel toevoegen" }).ClickAsync();
        await page.GetByTestId("inzet-regel").Filter(new() { HasText = partner }).Filter(new() { HasText = soort }).WaitForAsync();
    }

    public ILocator Euro(int jaar, string partner, string soort) => page.GetByLabel($"Euro {jaar} {partner}, {soort}", new() { Exact = true });
    public ILocator Uren(int jaar, string partner, string soort) => page.GetByLabel($"Uren {jaar} {partner}, {soort}", new() { Exact = true });

    public async Task AddMijlpaalAsync(string titel, string datum, string status)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal toevoegen" }).ClickAsync();
        await page.FillFieldAsync("Titel van de mijlpaal", titel);
        await page.FillFieldAsync("Datum", datum);
        await page.SelectAsync("Status van de mijlpaal", status);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        await page.GetByTestId("mijlpaal").Filter(new() { HasText = titel }).WaitForAsync();
    }

    public async Task AddRisicoAsync(string omschrijving, string kans, string impact, string maatregel)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Risico toevoegen" }).ClickAsync();
        await page.FillFieldAsync("Omschrijving van het risico", omschrijving);
        await page.SelectAsync("Kans", kans);
        await page.SelectAsync("Impact", impact);
        await page.FillFieldAsync("Maatregel", maatregel);
        await page.GetByRole(AriaRole.Button, new() { Name = "Risico opslaan" }).ClickAsync();
        await page.GetByTestId("risico").Filter(new() { HasText = omschrijving }).WaitForAsync();
    }
}
