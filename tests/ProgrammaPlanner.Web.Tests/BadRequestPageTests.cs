using System.Net;
using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>A refused form post (no or a wrong antiforgery token, a form that no longer exists) answers with a Dutch page.</summary>
[Category("Browser")]
public class BadRequestPageTests
{
    private static async Task AssertDutchPageAsync(HttpResponseMessage antwoord)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.That(antwoord.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(antwoord.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(tekst, Does.Contain("Het formulier kon niet worden verwerkt").And.Contain("lang=\"nl\""));
        Assert.That(tekst, Does.Not.Contain("antiforgery").And.Not.Contain("request").And.Not.Contain("form is being"));
    }

    private static HttpClient Anonymous(AppProcess app) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };

    [Test]
    public async Task SignInPost_WithoutOrWithBadAntiforgeryToken_DutchPage()
    {
        await using var app = await AppProcess.StartAsync(loadSamples: false);
        using var http = Anonymous(app);
        await http.GetStringAsync("/inloggen");

        using var zonder = await http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen", ["Invoer.Email"] = "a@b.nl", ["Invoer.Wachtwoord"] = "x",
        }));
        await AssertDutchPageAsync(zonder);

        using var fout = await http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen", ["__RequestVerificationToken"] = "CfDJ8-vervalst", ["Invoer.Email"] = "a@b.nl", ["Invoer.Wachtwoord"] = "x",
        }));
        await AssertDutchPageAsync(fout);
    }

    [Test]
    public async Task FormPost_WithoutOrWithUnknownFormName_DutchPage()
    {
        await using var app = await AppProcess.StartAsync(loadSamples: false);
        using var http = Anonymous(app);
        var formulier = await http.GetStringAsync("/inloggen");
        var token = Regex.Match(formulier, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        using var zonderNaam = await http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Invoer.Email"] = "a@b.nl",
        }));
        await AssertDutchPageAsync(zonderNaam);

        using var onbekend = await http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "bestaat-niet", ["__RequestVerificationToken"] = token, ["Invoer.Email"] = "a@b.nl",
        }));
        await AssertDutchPageAsync(onbekend);
    }
}
