using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class SamenwerkingBrowserTests
{
    [Test]
    public async Task Samenwerking_SamenNoord_FiveBasisvoorwaardenAndThreeOrganen()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/samenwerking", "Samenwerking");

        Assert.That(await page.GetByTestId("basisvoorwaarde-tekst").AllInnerTextsAsync(), Is.EqualTo(new[]
        {
            "Voel jezelf gelijk aan elkaar", "Gemeenschappelijke visie en lange-termijndoelen", "Niet alleen wát maar ook hóe we met elkaar omgaan",
            "Zaken eenduidig en transparant vastleggen, op het juiste moment", "Klein beginnen, groot denken",
        }));
        Assert.That(await page.GetByTestId("orgaan").CountAsync(), Is.EqualTo(3));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stuurgroep" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("samenwerking");
        await page.AssertAccessibleAsync();
    }

    [Test]
    public async Task Basisvoorwaarde_MovedUpWithTheKeyboard_NewOrderSurvivesReload()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/samenwerking", "Samenwerking");

        await page.GetByRole(AriaRole.Button, new() { Name = "Basisvoorwaarde 5 omhoog" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("basisvoorwaarde-tekst").Nth(3)).ToHaveTextAsync("Klein beginnen, groot denken");
        // the focus stays on the moved item, so pressing Enter again moves it further
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Basisvoorwaarde 4 omhoog" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("basisvoorwaarde-tekst").Nth(2)).ToHaveTextAsync("Klein beginnen, groot denken");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.That((await page.GetByTestId("basisvoorwaarde-tekst").AllInnerTextsAsync())[2], Is.EqualTo("Klein beginnen, groot denken"));
    }

    [Test]
    public async Task Basisvoorwaarde_EmptyText_FieldMessageAndNothingSaved_EditWorks()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/samenwerking", "Samenwerking");

        await page.GetByRole(AriaRole.Button, new() { Name = "Basisvoorwaarde toevoegen" }).ClickAsync();
        await Expect(page.GetByText("Vul de basisvoorwaarde in")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Basisvoorwaarde 1 bewerken" }).ClickAsync();
        await page.GetByLabel("Basisvoorwaarde 1", new() { Exact = true }).FillAsync("Voel je gelijk aan elkaar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByTestId("basisvoorwaarde-tekst").First).ToHaveTextAsync("Voel je gelijk aan elkaar");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.That(await page.GetByTestId("basisvoorwaarde").CountAsync(), Is.EqualTo(5));
        await Expect(page.GetByTestId("basisvoorwaarde-tekst").First).ToHaveTextAsync("Voel je gelijk aan elkaar");
    }

    [Test]
    public async Task Orgaan_AddWithLidFromPartner_LidWithoutNameIsRefusedAtItsField()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var noord = await ProgrammaPage.OpenAsync(page, app, "Samen Noord");
        await noord.GoToAsync("/samenwerking", "Samenwerking");

        await page.GetByRole(AriaRole.Button, new() { Name = "Orgaan toevoegen" }).ClickAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Klankbordgroep bewoners");
        await page.GetByLabel("Mandaat").FillAsync("Adviseert de stuurgroep gevraagd en ongevraagd.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lid toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog).GetByText("Vul de naam van het lid in.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("orgaan-fout");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Naam lid 1").FillAsync("Fatima El Amrani");
        await page.GetByLabel("Functie lid 1").FillAsync("bewonersvertegenwoordiger");
        await page.GetByLabel("Partner lid 1").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "SPIN" }).ClickAsync();
        // The choice reaches the server a moment after the click; saving before that would save without it.
        await Expect(page.GetByLabel("Partner lid 1")).ToContainTextAsync("SPIN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        var orgaan = page.GetByTestId("orgaan").Filter(new() { HasText = "Klankbordgroep bewoners" });
        await Expect(orgaan).ToContainTextAsync("Fatima El Amrani, bewonersvertegenwoordiger (SPIN)");
    }
}
