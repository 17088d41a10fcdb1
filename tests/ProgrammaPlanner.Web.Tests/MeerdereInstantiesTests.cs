using System.Net;
using System.Text.RegularExpressions;
using ProgrammaPlanner.TestSupport;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// Two app instances on one PostgreSQL database, as behind a load balancer: what one issued (the session cookie, a form's
/// antiforgery token) the other accepts, because the data-protection keys live in the database.
/// </summary>
[Category("Browser")]
public partial class MeerdereInstantiesTests
{
    [Test]
    public async Task SignedInOnA_StaysSignedInOnB_AndAFormOfAIsAcceptedByB()
    {
        PostgresTestServer.EnsureServer();
        var database = PostgresTestServer.CreateDatabase();
        try
        {
            await using var a = await AppProcess.StartOnPostgresAsync(database);
            await using var b = await AppProcess.StartOnPostgresAsync(database); // after A: A made the schema, the samples and the first key

            using var http = await a.ClientAsync(); // signed in through A's form
            using var opB = await http.GetAsync(b.BaseUrl + "/programmas/2");
            Assert.That(opB.StatusCode, Is.EqualTo(HttpStatusCode.OK), b.Log);
            Assert.That(opB.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/programmas/2"), "B accepts A's session cookie");
            Assert.That(await opB.Content.ReadAsStringAsync(), Does.Contain("Samen Noord"));

            // A fresh visitor gets the login form (and its token) from A and posts it to B.
            using var bezoeker = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
            var formulier = await bezoeker.GetStringAsync(a.BaseUrl + "/inloggen");
            var token = TokenRegex().Match(formulier).Groups[1].Value;
            using var ingelogd = await bezoeker.PostAsync(b.BaseUrl + "/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inloggen", ["__RequestVerificationToken"] = token, ["Invoer.Email"] = Demo.Beheerder,
                ["Invoer.Wachtwoord"] = Demo.Wachtwoord,
            }));
            Assert.That(ingelogd.StatusCode, Is.EqualTo(HttpStatusCode.OK), b.Log);
            Assert.That(ingelogd.RequestMessage!.RequestUri!.AbsolutePath, Is.Not.EqualTo("/inloggen"), "B accepts the token A put in its form");
        }
        finally
        {
            PostgresTestServer.DropDatabase(database);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
