using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class SpeerpuntenBrowserTests
{
    // The machine is shared: a navigation can take a few seconds. Wait for the visible result, a little longer.
    [SetUp]
    public void WaitLonger() => SetDefaultExpectTimeout(15_000);

    private static readonly string[] SamenNoordSpeerpunten =
    [
        "Kinderen en jongeren groeien goed op", "Kwetsbare bewoners doen mee en ontwikkelen zich",
        "Minder overbelaste mantelzorgers", "Bewoners zetten zich in voor elkaar en hun omgeving",
    ];

    [Test]
    public async Task Speerpunten_Sample_ShowsSpeerpuntenInOrderWithDoelstellingen_AndIsAccessible()
    {
        await using var app = await AppProcess.StartAsync();
        var speerpunten = new SpeerpuntenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);

        await speerpunten.OpenAsync();

        Assert.That(await speerpunten.NamenAsync(), Is.EqualTo(SamenNoordSpeerpunten));
        var eerste = speerpunten.Card(SamenNoordSpeerpunten[0]);
        await Expect(eerste).ToContainTextAsync("Naschoolse activiteiten bereiken niet alle kinderen");
        await Expect(eerste.GetByTestId("doelstelling-rij")).ToHaveCountAsync(2);
        await Expect(eerste.GetByTestId("doelstelling-rij").First).ToContainTextAsync("1.800 (2017)");
        await Expect(eerste.GetByTestId("doelstelling-rij").First).ToContainTextAsync("2018: 2.100");
        await Expect(speerpunten.Page.GetByTestId("doelstelling-rij")).ToHaveCountAsync(8);
        await speerpunten.Page.ScreenshotAsync("speerpunten");
        await speerpunten.Page.AssertAccessibleAsync();

        var telefoon = new SpeerpuntenPage(await BrowserFixture.NewPageAsync(390, 844), app, Samples.SamenNoord);
        await telefoon.OpenAsync();
        await telefoon.Page.ScreenshotAsync("speerpunten-telefoon");
        await telefoon.Page.AssertAccessibleAsync();
    }

    [Test]
    public async Task AddSpeerpuntAndDoelstelling_DutchDecimalComma_ReloadFindsEverything()
    {
        await using var app = await AppProcess.StartAsync();
        var speerpunten = new SpeerpuntenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await speerpunten.OpenAsync();

        await speerpunten.AddAsync("Digitale inclusie", "Veel ouderen in Noord kunnen niet online hun zaken regelen.");
        Assert.That((await speerpunten.NamenAsync()).Last(), Is.EqualTo("Digitale inclusie"));

        var doel = await speerpunten.NewDoelstellingAsync("Digitale inclusie");
        await doel.FillAsync("Minder digitaal buitengesloten ouderen", "Het aandeel 65-plussers dat niet online kan, daalt tot 12,5% in 2018.",
            "65-plussers die niet online kunnen", "%", "Wijkmonitor (illustratief)", lagerIsBeter: true, "15,25", "2017");
        await doel.StreefwaardeAsync(2018, "12,5");
        await doel.StreefwaardeAsync(2020, "10");
        await doel.SaveNewAsync("Minder digitaal buitengesloten ouderen");

        // A realisatie cell is saved on its own when the user leaves it.
        await speerpunten.Page.FillFieldAsync("Realisatie 2018 Totaal", "13,75");
        await Expect(speerpunten.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Realisatie 2018 (Totaal) opgeslagen: 13,75");
        await speerpunten.Page.FillFieldAsync("Realisatie 2018 Oud-Noord", "9,5");
        await Expect(speerpunten.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Realisatie 2018 (Oud-Noord) opgeslagen: 9,5");

        await speerpunten.Page.ReloadAsync();
        await speerpunten.Page.WaitForInteractiveAsync();
        await Expect(doel.Streefwaarde(2018)).ToHaveValueAsync("12,5");
        await Expect(doel.Streefwaarde(2019)).ToHaveValueAsync("");
        await Expect(doel.Streefwaarde(2020)).ToHaveValueAsync("10");
        await Expect(speerpunten.Page.GetByLabel("Nulmeting: waarde")).ToHaveValueAsync("15,25");
        await Expect(speerpunten.Page.GetByLabel("Eenheid")).ToHaveValueAsync("%");
        await Expect(speerpunten.Page.GetByLabel("Lager is beter")).ToBeCheckedAsync();
        await Expect(speerpunten.Page.GetByLabel("Realisatie 2018 Totaal", new() { Exact = true })).ToHaveValueAsync("13,75");
        await Expect(speerpunten.Page.GetByLabel("Realisatie 2018 Oud-Noord", new() { Exact = true })).ToHaveValueAsync("9,5");
        await speerpunten.Page.ScreenshotAsync("doelstelling");
        await speerpunten.Page.AssertAccessibleAsync();

        await speerpunten.OpenAsync();
        var rij = speerpunten.Card("Digitale inclusie").GetByTestId("doelstelling-rij");
        await Expect(rij).ToContainTextAsync("Minder digitaal buitengesloten ouderen");
        await Expect(rij).ToContainTextAsync("2018: 12,5 · 2020: 10");
        await Expect(rij).ToContainTextAsync("lager is beter");
    }

    [Test]
    public async Task NewDoelstelling_NoStreefwaardeOrNulmetingAfterPeriod_ShowsFieldMessagesAndSavesNothing()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        await page.OpenAsync(app, $"/programmas/{Samples.SamenNoord}/doelstellingen/nieuw");
        var doel = new DoelstellingPage(page);
        await doel.FillAsync("Meer buurtmaaltijden", "", "Buurtmaaltijden per jaar", "maaltijden", "", lagerIsBeter: false, null, null);

        await doel.SaveAsync();
        await Expect(page.GetByText("Geef minstens één streefwaarde op")).ToBeVisibleAsync();
        await page.ScreenshotAsync("doelstelling-fout");
        await page.AssertAccessibleAsync();

        await doel.StreefwaardeAsync(2019, "40");
        await page.FillFieldAsync("Nulmeting: waarde", "25");
        await page.FillFieldAsync("Nulmeting: jaar", "2031");
        await doel.SaveAsync();
        await Expect(page.GetByText("Het jaar van de nulmeting (2031) ligt na de programmaperiode 2017–2020")).ToBeVisibleAsync();
        Assert.That(page.Url, Does.EndWith("/doelstellingen/nieuw"));

        var speerpunten = new SpeerpuntenPage(page, app, Samples.SamenNoord);
        await speerpunten.OpenAsync();
        await Expect(page.GetByTestId("doelstelling-rij")).ToHaveCountAsync(8);
        await Expect(page.GetByText("Meer buurtmaaltijden")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Reorder_WithKeyboardAndClick_MovesSpeerpuntAndPersists()
    {
        await using var app = await AppProcess.StartAsync();
        var speerpunten = new SpeerpuntenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await speerpunten.OpenAsync();

        await speerpunten.Button($"'{SamenNoordSpeerpunten[0]}' omlaag").FocusAsync();
        await speerpunten.Page.Keyboard.PressAsync("Enter");
        await Expect(speerpunten.Cards.First).ToHaveAttributeAsync("data-naam", SamenNoordSpeerpunten[1]);
        await speerpunten.Button($"'{SamenNoordSpeerpunten[3]}' omhoog").ClickAsync();
        await Expect(speerpunten.Cards.Nth(2)).ToHaveAttributeAsync("data-naam", SamenNoordSpeerpunten[3]);

        await speerpunten.Page.ReloadAsync();
        await speerpunten.Page.WaitForInteractiveAsync();
        Assert.That(await speerpunten.NamenAsync(),
            Is.EqualTo(new[] { SamenNoordSpeerpunten[1], SamenNoordSpeerpunten[0], SamenNoordSpeerpunten[3], SamenNoordSpeerpunten[2] }));
        await Expect(speerpunten.Cards.First.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"1. {SamenNoordSpeerpunten[1]}");
    }

    [Test]
    public async Task Delete_SpeerpuntWithDoelstellingen_IsRefusedWithReason_EmptyOneIsDeleted()
    {
        await using var app = await AppProcess.StartAsync();
        var speerpunten = new SpeerpuntenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await speerpunten.OpenAsync();

        await speerpunten.DeleteAsync("Minder overbelaste mantelzorgers");
        await Expect(speerpunten.Page.GetByText("kan niet worden verwijderd")).ToContainTextAsync("Mantelzorgers in beeld en ondersteund");
        await Expect(speerpunten.Cards).ToHaveCountAsync(4);

        await speerpunten.AddAsync("Tijdelijk", "");
        await speerpunten.DeleteAsync("Tijdelijk");
        await Expect(speerpunten.Cards).ToHaveCountAsync(4);
        await speerpunten.Page.ReloadAsync();
        await speerpunten.Page.WaitForInteractiveAsync();
        Assert.That(await speerpunten.NamenAsync(), Is.EqualTo(SamenNoordSpeerpunten));
    }

    [Test]
    public async Task DeleteDoelstelling_ProjectsContribute_IsRefusedWithReason()
    {
        await using var app = await AppProcess.StartAsync();
        var speerpunten = new SpeerpuntenPage(await BrowserFixture.NewPageAsync(), app, Samples.SamenNoord);
        await speerpunten.OpenAsync();
        await speerpunten.Page.GetByRole(AriaRole.Link, new() { Name = "Meer kinderen doen mee aan naschoolse activiteiten" }).ClickAsync();
        await Expect(speerpunten.Page.GetByTestId("bijdragende-projecten")).ToContainTextAsync("Wijsneuzen na school");

        await speerpunten.Page.GetByRole(AriaRole.Button, new() { Name = "Doelstelling verwijderen" }).ClickAsync();
        await speerpunten.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).ClickAsync();

        await Expect(speerpunten.Page.GetByText("kan niet worden verwijderd")).ToContainTextAsync("Wijsneuzen na school");
        Assert.That(speerpunten.Page.Url, Does.Match(@"/doelstellingen/\d+$"));
    }
}
