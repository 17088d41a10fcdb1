using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class BijeenkomstenVerslagTests
{
    [Test]
    public async Task Verslag_PdfDocxAndPlanAppendix_ShowTheSessionAndWhereItWent()
    {
        await using var app = await AppProcess.StartAsync();
        var facilitator = await BrowserFixture.NewPageAsync();
        var (id, code) = await CreateAndOpenAsync(facilitator, app, "Dialoogtafel verslag");
        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await JoinAsync(phone, app, code, naam: "Noor");
        await SubmitAsync(phone, "Huiswerkbegeleiding in de bibliotheek", "idee");
        await Expect(phone.GetByTestId("ontvangen")).ToBeVisibleAsync();
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}");
        await facilitator.GetByLabel("Nieuw besluit").FillAsync("Huiswerkbegeleiding wordt een doorbraakproject");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Besluit toevoegen" }).ClickAsync();
        await Expect(facilitator.GetByTestId("besluit")).ToContainTextAsync("doorbraakproject");

        var http = facilitator.Context.APIRequest;
        var html = await (await http.GetAsync($"{app.BaseUrl}/programmas/{SamenNoord}/bijeenkomsten/{id}/verslag.html")).TextAsync();
        Assert.That(html, Does.Contain("Verslag Dialoogtafel verslag").And.Contain("Huiswerkbegeleiding in de bibliotheek")
            .And.Contain("Noor (Stichting DOCK)").And.Contain("Huiswerkbegeleiding wordt een doorbraakproject"));

        var pdf = await http.GetAsync($"{app.BaseUrl}/programmas/{SamenNoord}/bijeenkomsten/{id}/verslag.pdf");
        Assert.That((pdf.Status, pdf.Headers["content-type"]), Is.EqualTo((200, "application/pdf")));
        Assert.That(System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..5]), Is.EqualTo("%PDF-"));
        var docx = await http.GetAsync($"{app.BaseUrl}/programmas/{SamenNoord}/bijeenkomsten/{id}/verslag.docx");
        Assert.That(docx.Status, Is.EqualTo(200));
        Assert.That(System.Text.Encoding.ASCII.GetString((await docx.BodyAsync())[..2]), Is.EqualTo("PK"));

        var plan = await (await http.GetAsync($"{app.BaseUrl}/programmas/{SamenNoord}/plan.html")).TextAsync();
        Assert.That(plan, Does.Contain("Bijlage: herkomst en prioritering").And.Contain("Dialoogtafel verslag"));
    }

    [Test]
    public async Task JoinPage_PerAddressRateLimit_DutchMessage()
    {
        await using var app = await AppProcess.StartAsync(loadSamples: false, databaseFile: null, "--Deelnemen:VerzoekenPerMinuut=12");
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var statussen = new List<HttpStatusCode>();
        string? weigering = null;
        for (var i = 0; i < 8; i++)
        {
            using var r = await http.GetAsync("/deelnemen");
            statussen.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests) weigering = await r.Content.ReadAsStringAsync();
        }
        Assert.That(statussen[0], Is.EqualTo(HttpStatusCode.OK));
        Assert.That(statussen, Does.Contain(HttpStatusCode.TooManyRequests));
        Assert.That(weigering, Does.Contain("Er komen te veel verzoeken van dit adres"));
        using var andere = await http.GetAsync("/");
        Assert.That(andere.StatusCode, Is.EqualTo(HttpStatusCode.OK), "only the participant pages are limited");
    }
}
