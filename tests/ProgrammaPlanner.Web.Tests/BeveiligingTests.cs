using System.Net;
using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>The hardening a user never sees: headers, antiforgery, the login rate limit.</summary>
[Category("Browser")]
public class BeveiligingTests
{
    [Test]
    public async Task EveryResponse_SecurityHeaders_PreviewsOnlyFramedByTheAppItself()
    {
        await using var app = await AppProcess.StartAsync();
        using var http = await app.ClientAsync();

        using var pagina = await http.GetAsync("/");
        using var voorbeeld = await http.GetAsync("/programmas/2/plan.html");

        var csp = string.Join("", pagina.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("script-src 'self';").And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'"));
        Assert.That(pagina.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(pagina.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "same-origin" }));
        Assert.That(string.Join("", voorbeeld.Headers.GetValues("Content-Security-Policy")), Does.Contain("frame-ancestors 'self'"));
    }

    [Test]
    public async Task SignOut_WithoutAntiforgeryToken_Refused_SessionStays()
    {
        await using var app = await AppProcess.StartAsync();
        using var http = await app.ClientAsync();

        using var afmelden = await http.PostAsync("/afmelden", new FormUrlEncodedContent([]));

        Assert.That(afmelden.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await http.GetAsync("/account")).RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/account"));
    }

    [Test]
    public async Task Login_MoreAttemptsPerMinuteThanAllowed_DutchMessage429()
    {
        await using var app = await AppProcess.StartAsync(true, null, "--Aanmelding:PogingenPerMinuut=3");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
        var formulier = await http.GetStringAsync("/inloggen");
        var token = Regex.Match(formulier, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var statussen = new List<HttpStatusCode>();
        string? weigering = null;
        for (var i = 0; i < 5; i++)
        {
            using var r = await http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inloggen", ["__RequestVerificationToken"] = token, ["Invoer.Email"] = Demo.Lezer, ["Invoer.Wachtwoord"] = $"gok {i}",
            }));
            statussen.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests) weigering = await r.Content.ReadAsStringAsync();
        }

        Assert.That(statussen.Take(3), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(statussen.Skip(3), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(weigering, Does.Contain("Er komen te veel verzoeken van dit adres"));
        Assert.That((await http.GetAsync("/inloggen")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "looking at the form is not limited");
    }
}
