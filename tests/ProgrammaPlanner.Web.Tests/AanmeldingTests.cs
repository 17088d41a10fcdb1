using System.Net;
using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// Signing in against the real app: wrong passwords slow down the address that sends them (never the account), the
/// 429 answers say the real wait, a reverse proxy names the client only when it is configured, and the installation
/// can unlock a beheerder from the command line.
/// </summary>
[Category("Browser")]
public partial class AanmeldingTests
{
    private const string Aanvaller = "203.0.113.9";
    private const string Thuis = "198.51.100.7";

    [Test]
    public async Task LoginLimit_429SaysTheRealWait_RetryAfterMatches_TheNextTryAfterItIsAccepted()
    {
        await using var app = await AppProcess.StartAsync(true, null, "--Aanmelding:PogingenPerMinuut=6");
        var formulier = await LoginForm.OpenAsync(app);

        for (var i = 1; i <= 6; i++)
            Assert.That((await formulier.PostAsync($"iemand{i}@test.nl", "gok")).Status, Is.EqualTo(HttpStatusCode.OK));
        var geweigerd = await formulier.PostAsync("iemand7@test.nl", "gok");

        Assert.That(geweigerd.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(geweigerd.RetryAfter, Is.EqualTo(10), "one try comes back every 60/6 seconds");
        Assert.That(geweigerd.Html, Does.Contain("Er komen te veel verzoeken van dit adres tegelijk. Probeer het over 10 seconden opnieuw"));
        await Task.Delay(TimeSpan.FromSeconds(geweigerd.RetryAfter!.Value));
        Assert.That((await formulier.PostAsync("iemand7@test.nl", "gok")).Status, Is.EqualTo(HttpStatusCode.OK), "the wait said was enough");
    }

    [Test]
    public async Task FiveWrongPasswords_429WithTheWait_SameForAnUnknownAddress()
    {
        await using var app = await AppProcess.StartAsync(true, null, "--Aanmelding:PogingenPerMinuut=100");
        var formulier = await LoginForm.OpenAsync(app);
        var bekend = new List<string>();
        var onbekend = new List<string>();

        for (var i = 1; i <= 6; i++)
        {
            bekend.Add((await formulier.PostAsync(Demo.Lezer, $"gok {i}")).Samenvatting);
            onbekend.Add((await formulier.PostAsync("niemand@demo.local", $"gok {i}")).Samenvatting);
        }

        Assert.That(onbekend, Is.EqualTo(bekend));
        Assert.That(bekend.Take(4), Is.All.EqualTo("200 - Het e-mailadres of het wachtwoord klopt niet."));
        Assert.That(bekend[4], Is.EqualTo("429 60 Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw."));
        Assert.That(bekend[5], Does.Match(@"^429 (5\d|60) Te veel mislukte pogingen\. Probeer het over 1 minuut opnieuw\.$"));
    }

    [Test]
    public async Task BehindATrustedProxy_TheForwardedClientWaits_TheRealUserElsewhereSignsIn()
    {
        await using var app = await AppProcess.StartAsync(true, null, "--Proxy:Vertrouwd=10.0.0.0/8, 127.0.0.1");
        var aanvaller = await LoginForm.OpenAsync(app, Aanvaller);
        var thuis = await LoginForm.OpenAsync(app, Thuis);

        for (var i = 1; i < 5; i++) await aanvaller.PostAsync(Demo.Beheerder, $"gok {i}");
        Assert.That((await aanvaller.PostAsync(Demo.Beheerder, "gok 5")).Status, Is.EqualTo(HttpStatusCode.TooManyRequests));

        Assert.That((await thuis.PostAsync(Demo.Beheerder, Demo.Wachtwoord)).Aangemeld, Is.True);
        Assert.That((await aanvaller.PostAsync(Demo.Beheerder, Demo.Wachtwoord)).Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [TestCase(null, TestName = "ForwardedFor_NoProxyConfigured_Ignored")]
    [TestCase("10.0.0.1", TestName = "ForwardedFor_FromAnAddressThatIsNotTheConfiguredProxy_Ignored")]
    public async Task ForwardedFor_NotFromATrustedProxy_Ignored(string? proxy)
    {
        await using var app = await AppProcess.StartAsync(true, null, proxy is null ? [] : [$"--Proxy:Vertrouwd={proxy}"]);
        var aanvaller = await LoginForm.OpenAsync(app, Aanvaller);
        var thuis = await LoginForm.OpenAsync(app, Thuis);

        for (var i = 1; i <= 5; i++) await aanvaller.PostAsync(Demo.Beheerder, $"gok {i}");

        var poging = await thuis.PostAsync(Demo.Beheerder, Demo.Wachtwoord);
        Assert.That(poging.Status, Is.EqualTo(HttpStatusCode.TooManyRequests), "both come from 127.0.0.1: a header anyone can send changes nothing");
    }

    [Test]
    public async Task RecoverBeheerder_FromTheCommandLine_SignsInAgainAtOnce_AndGetsAResetLink()
    {
        await using var app = await AppProcess.StartAsync();
        var formulier = await LoginForm.OpenAsync(app);
        for (var i = 1; i <= 5; i++) await formulier.PostAsync(Demo.Beheerder, $"vergeten {i}");
        Assert.That((await formulier.PostAsync(Demo.Beheerder, Demo.Wachtwoord)).Status, Is.EqualTo(HttpStatusCode.TooManyRequests));

        var verb = await AppProcess.RunVerbAsync(app.DatabaseFile, "recover-beheerder", "--email", Demo.Beheerder);
        var onbekend = await AppProcess.RunVerbAsync(app.DatabaseFile, "recover-beheerder", "--email", "niemand@demo.local");
        var zonderAdres = await AppProcess.RunVerbAsync(app.DatabaseFile, "recover-beheerder");

        Assert.That(verb.ExitCode, Is.Zero, verb.Error);
        Assert.That(verb.Output, Does.Contain("Bea Beheer kan zich weer aanmelden, vanaf elk adres.").And.Not.Contain("is nu beheerder"));
        Assert.That((await formulier.PostAsync(Demo.Beheerder, Demo.Wachtwoord)).Aangemeld, Is.True);
        var link = ResetLink().Match(verb.Output);
        Assert.That(link.Success, Is.True, verb.Output);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var herstel = await http.GetStringAsync(link.Groups[1].Value);
        Assert.That(herstel, Does.Contain("Nieuw wachtwoord instellen").And.Not.Contain("data-testid=\"link-fout\""));
        Assert.That((onbekend.ExitCode, onbekend.Error.Trim()), Is.EqualTo((2, "Er is geen account met e-mailadres niemand@demo.local.")));
        Assert.That((zonderAdres.ExitCode, zonderAdres.Error.Trim()), Is.EqualTo((1, "Gebruik: recover-beheerder --email ADRES")));
    }

    [Test]
    public async Task RecoverBeheerder_OfAnotherAccount_MakesItBeheerder()
    {
        await using var app = await AppProcess.StartAsync();
        using var lotte = await app.ClientAsync(Demo.Lezer);
        const string gegevensVanBea = "/gebruikers/1/gegevens.json"; // the first demo account: only Bea herself or a beheerder
        Assert.That((await lotte.GetAsync(gegevensVanBea)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var verb = await AppProcess.RunVerbAsync(app.DatabaseFile, "recover-beheerder", "--email", Demo.Lezer);

        Assert.That(verb.ExitCode, Is.Zero, verb.Error);
        Assert.That(verb.Output, Does.Contain("Lotte Lezer is nu beheerder."));
        Assert.That((await lotte.GetAsync(gegevensVanBea)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [GeneratedRegex(@"^http://[^\s]+(/wachtwoord-herstellen\?token=\S+)$", RegexOptions.Multiline)]
    private static partial Regex ResetLink();

    /// <summary>The sign-in form as one browser posts it, optionally through a proxy that names the browser's address.</summary>
    internal sealed class LoginForm(HttpClient http, string token)
    {
        public static async Task<LoginForm> OpenAsync(AppProcess app, string? doorgestuurdVoor = null)
        {
            var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
            if (doorgestuurdVoor is not null) http.DefaultRequestHeaders.Add("X-Forwarded-For", doorgestuurdVoor);
            var html = await http.GetStringAsync("/inloggen");
            return new LoginForm(http, Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        }

        public async Task<Antwoord> PostAsync(string email, string wachtwoord)
        {
            using var r = await http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inloggen", ["__RequestVerificationToken"] = token, ["Invoer.Email"] = email, ["Invoer.Wachtwoord"] = wachtwoord,
            }));
            var html = await r.Content.ReadAsStringAsync();
            var melding = Regex.Match(html, "id=\"aanmeld-fout\"[^>]*>([^<]*)<").Groups[1].Value.Trim();
            return new Antwoord(r.StatusCode, (int?)r.Headers.RetryAfter?.Delta?.TotalSeconds, WebUtility.HtmlDecode(melding), html,
                r.RequestMessage!.RequestUri!.AbsolutePath != "/inloggen");
        }
    }

    internal sealed record Antwoord(HttpStatusCode Status, int? RetryAfter, string Melding, string Html, bool Aangemeld)
    {
        public string Samenvatting => $"{(int)Status} {(RetryAfter is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")} {Melding}";
    }
}
