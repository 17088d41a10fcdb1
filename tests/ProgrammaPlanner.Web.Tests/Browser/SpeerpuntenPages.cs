using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Samen Noord is the second sample (imported in file-name order); 2017–2020, four speerpunten, three wijken.</summary>
public static class Samples
{
    public const long SamenNoord = 2;
}

/// <summary>Helpers for MudBlazor controls that are not plain inputs.</summary>
public static class MudControls
{
    /// <summary>Opens a MudSelect by its label and picks an option by its exact text.</summary>
    public static Task SelectAsync(this IPage page, string label, string option) =>
        page.SelectAsync(page.GetByLabel(label, new() { Exact = true }), option);

    /// <summary>
    /// Opens a MudSelect and picks an option by its exact text. Returns once the list has closed: the circuit closes it
    /// after taking the choice, so a click that follows sees the new value.
    /// </summary>
    public static async Task SelectAsync(this IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") });
        await item.First.ClickAsync();
        await item.First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    /// <summary>Types into a field and leaves it, so Blazor receives the change.</summary>
    public static async Task FillFieldAsync(this IPage page, string label, string text)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }
}

/// <summary>Page object: /programmas/{id}/speerpunten.</summary>
public sealed class SpeerpuntenPage(IPage page, AppProcess app, long programmaId)
{
    public IPage Page => page;
    public ILocator Cards => page.GetByTestId("speerpunt-kaart");

    public async Task OpenAsync() => await page.OpenAsync(app, $"/programmas/{programmaId}/speerpunten");

    public ILocator Card(string naam) => page.Locator($"[data-testid=speerpunt-kaart][data-naam=\"{naam}\"]");

    public async Task<IReadOnlyList<string>> NamenAsync()
    {
        await Cards.First.WaitForAsync();
        return await Cards.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.naam)");
    }

    public async Task AddAsync(string naam, string analyse)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw speerpunt" }).ClickAsync();
        await page.FillFieldAsync("Naam", naam);
        await page.FillFieldAsync("Analyse", analyse);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Card(naam).WaitForAsync();
    }

    /// <summary>Follows the speerpunt's "Nieuwe doelstelling" link and waits until the empty form shows.</summary>
    public async Task<DoelstellingPage> NewDoelstellingAsync(string speerpunt)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Nieuwe doelstelling bij '{speerpunt}'" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/doelstellingen/nieuw(\?.*)?$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nieuwe doelstelling");
        return new DoelstellingPage(page);
    }

    public ILocator Button(string naam) => page.GetByRole(AriaRole.Button, new() { Name = naam, Exact = true });

    public async Task DeleteAsync(string naam)
    {
        await Button($"Speerpunt '{naam}' verwijderen").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).ClickAsync();
    }
}

/// <summary>Page object: the doelstelling form (new or existing).</summary>
public sealed class DoelstellingPage(IPage page)
{
    public IPage Page => page;

    public async Task FillAsync(string naam, string omschrijving, string indicator, string eenheid, string bron, bool lagerIsBeter,
        string? nulmetingWaarde, string? nulmetingJaar)
    {
        await page.FillFieldAsync("Naam", naam);
        await page.FillFieldAsync("Omschrijving (SMART)", omschrijving);
        await page.FillFieldAsync("Naam van de indicator", indicator);
        await page.FillFieldAsync("Eenheid", eenheid);
        await page.FillFieldAsync("Bron", bron);
        if (lagerIsBeter) await page.GetByText("Lager is beter").ClickAsync();
        if (nulmetingWaarde is not null) await page.FillFieldAsync("Nulmeting: waarde", nulmetingWaarde);
        if (nulmetingJaar is not null) await page.FillFieldAsync("Nulmeting: jaar", nulmetingJaar);
    }

    public Task StreefwaardeAsync(int jaar, string waarde) => page.FillFieldAsync($"Streefwaarde {jaar}", waarde);

    public ILocator Streefwaarde(int jaar) => page.GetByLabel($"Streefwaarde {jaar}", new() { Exact = true });

    public Task SaveAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();

    /// <summary>
    /// Saves a new doelstelling and waits until its own page shows it. Blazor moves to that page inside the document
    /// (history.pushState from the circuit), often before a navigation listener could be attached, so this watches
    /// the address and the heading, which hold whenever the move happened.
    /// </summary>
    public async Task SaveNewAsync(string naam)
    {
        await SaveAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/doelstellingen/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(naam);
    }
}
