using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Page objects for the session pages: the facilitator creates and opens a session; a phone joins and submits.</summary>
public static class BijeenkomstenPages
{
    public const long SamenNoord = 2; // samples load in file-name order

    /// <summary>Creates a dialoogtafel through the form, opens it for input and returns its id and join code.</summary>
    public static async Task<(long Id, string Code)> CreateAndOpenAsync(IPage page, AppProcess app, string titel = "Dialoogtafel jeugd")
    {
        await page.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/nieuw");
        await page.GetByLabel("Titel").FillAsync(titel);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/bijeenkomsten/\d+$"));
        var id = long.Parse(Regex.Match(page.Url, @"/bijeenkomsten/(\d+)$").Groups[1].Value);
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Openen voor invoer" }).ClickAsync();
        var code = page.GetByTestId("deelnamecode");
        await Expect(code).ToHaveTextAsync(new Regex("^[A-Z0-9]{6}$"));
        return (id, (await code.InnerTextAsync()).Trim());
    }

    /// <summary>A phone: opens the join page by code, picks a partner and name. No Blazor circuit on this page.</summary>
    public static async Task JoinAsync(IPage phone, AppProcess app, string code, string partner = "Stichting DOCK", string naam = "Fatima")
    {
        await phone.GotoAsync($"{app.BaseUrl}/deelnemen?code={code}");
        await phone.GetByLabel("Voor welke organisatie doet u mee?").SelectOptionAsync(new SelectOptionValue { Label = partner });
        await phone.GetByLabel("Uw naam (mag leeg blijven)").FillAsync(naam);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Meedoen" }).ClickAsync();
        await Expect(phone.GetByText("U doet mee voor")).ToBeVisibleAsync();
    }

    public static async Task SubmitAsync(IPage phone, string tekst, string soort = "idee")
    {
        await phone.GetByLabel(soort, new() { Exact = true }).CheckAsync();
        await phone.GetByLabel("Uw bijdrage").FillAsync(tekst);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
    }
}
