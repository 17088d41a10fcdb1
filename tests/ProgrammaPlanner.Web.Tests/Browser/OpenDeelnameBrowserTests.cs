using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>Anyone in the room takes part: the facilitator lets residents join, a phone joins "namens" a neighbourhood club.</summary>
[Category("Browser")]
public class OpenDeelnameBrowserTests
{
    private const string AlsBewoner = "Als bewoner of informele partner";

    [Test]
    public async Task FacilitatorAllowsResidents_PhoneJoinsAsBewoner_WallShowsItUnderNamens()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app, "Dialoogtafel voor iedereen");

        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await phone.GotoAsync($"{app.BaseUrl}/deelnemen?code={code}");
        Assert.That(await phone.Locator("option", new() { HasText = AlsBewoner }).CountAsync(), Is.Zero, "not allowed yet: invited partners only");

        await facilitator.GetByLabel("Ook bewoners en informele partners laten meedoen").CheckAsync();
        await Expect(facilitator.GetByText("Bewoners en informele partners kunnen nu meedoen.")).ToBeVisibleAsync();
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/wand");

        await phone.GotoAsync($"{app.BaseUrl}/deelnemen?code={code}");
        await phone.GetByLabel("Voor welke organisatie doet u mee?").SelectOptionAsync(new SelectOptionValue { Label = AlsBewoner });
        await phone.GetByLabel("Namens (alleen als bewoner of informele partner; mag leeg blijven)").FillAsync("Buurtvereniging De Kolk");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Meedoen" }).ClickAsync();
        await Expect(phone.GetByTestId("meedoen-als")).ToHaveTextAsync("bewoner of informele partner, namens Buurtvereniging De Kolk");
        await SubmitAsync(phone, "Een bankje bij de bushalte");
        await Expect(phone.GetByTestId("ontvangen")).ToBeVisibleAsync();
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("deelnemen-als-bewoner");

        var kaart = facilitator.GetByTestId("wand-kaart").Filter(new() { HasText = "Een bankje bij de bushalte" });
        await Expect(kaart).ToContainTextAsync("idee · Buurtvereniging De Kolk");
        Assert.That(await kaart.GetByTestId("kaart-ingevoerd").CountAsync(), Is.Zero, "sent from a phone, not typed in by the facilitator");
        await facilitator.ScreenshotAsync("wand-bewoner");
        await facilitator.AssertAccessibleAsync();
    }
}
