using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Page object for a programma's pages: find a programma as a user does (from the list) and move between its parts.</summary>
public sealed class ProgrammaPage(IPage page, AppProcess app)
{
    public IPage Page { get; } = page;
    public long Id { get; private set; }

    /// <summary>Opens the programme list, clicks the programma's name and waits for its dashboard.</summary>
    public static async Task<ProgrammaPage> OpenAsync(IPage page, AppProcess app, string naam)
    {
        await page.OpenAsync(app, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = naam, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/programmas/\d+$"));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 }).WaitForAsync();
        var p = new ProgrammaPage(page, app) { Id = long.Parse(Regex.Match(page.Url, @"/programmas/(\d+)$").Groups[1].Value) };
        return p;
    }

    /// <summary>A part of the programma ("/partners", "/logboek", ...), loaded fresh and interactive.</summary>
    public async Task GoToAsync(string onderdeel, string kop)
    {
        await Page.OpenAsync(app, $"/programmas/{Id}{onderdeel}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = kop, Level = 1 }).WaitForAsync();
    }

    public ILocator Snackbar(string tekst) => Page.Locator(".mud-snackbar").Filter(new() { HasText = tekst });
}
