using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Core.Tests.Gebruikers;

/// <summary>
/// Two coalitions on one installation: a member of programma A is refused every request on programma B. The request
/// types are enumerated by reflection, so a new slice is covered the day it is written.
/// </summary>
public class IsolatieTests
{
    [Test]
    public async Task EveryProgrammaRequest_MemberOfAOnB_Refused_AndOnA_NotRefusedByMembership()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        var b = await app.CreateProgrammaAsync("Programma B");
        await using var facilitatorA = await app.LidAsync("Fenna A", a, ProgrammaRol.Facilitator);
        var fouten = new List<string>();

        foreach (var type in Requests.ProgrammaGebonden)
        {
            try
            {
                await Requests.SendAsync(facilitatorA, Requests.Create(type, b));
                fouten.Add($"{Requests.Naam(type)}: op B niet geweigerd");
            }
            catch (GeenToegangException e) when (e.Message == "U hebt geen toegang tot dit programma.") { }
            catch (Exception e) { fouten.Add($"{Requests.Naam(type)}: op B {e.GetType().Name} in plaats van geen toegang ({e.Message})"); }

            // The same request on the own programma passes the membership check (it may fail later on its placeholder arguments).
            try { await Requests.SendAsync(facilitatorA, Requests.Create(type, a)); }
            catch (GeenToegangException e) when (e.Message == "U hebt geen toegang tot dit programma.")
            {
                fouten.Add($"{Requests.Naam(type)}: op A geweigerd");
            }
            catch (Exception) { }
        }
        Assert.That(fouten, Is.Empty, string.Join("\n", fouten));
        Assert.That(Requests.ProgrammaGebonden.Count(), Is.GreaterThan(60), "the reflection found the slices");
    }

    [Test]
    public async Task EveryProgrammaRequest_BeheerderWhoIsNoMember_RefusedUnlessMarkedForBeheer()
    {
        await using var app = TestApp.Create();
        var b = await app.CreateProgrammaAsync("Programma B");
        await using var beheerder = await app.AccountAsync("Bob Beheer", beheerder: true);
        var fouten = new List<string>();

        foreach (var type in Requests.ProgrammaGebonden)
        {
            var magBeheerder = Toegang.Voor(type)!.OokBeheerder;
            try
            {
                await Requests.SendAsync(beheerder, Requests.Create(type, b));
                if (!magBeheerder) fouten.Add($"{Requests.Naam(type)}: niet geweigerd");
            }
            catch (GeenToegangException) { if (magBeheerder) fouten.Add($"{Requests.Naam(type)}: beheerder geweigerd"); }
            catch (Exception) when (magBeheerder) { /* past authorization; the placeholder arguments fail later */ }
        }
        Assert.That(fouten, Is.Empty, string.Join("\n", fouten));
    }

    [Test]
    public void EveryRequest_HasAnAccessRule_AndOnlyTheseNeedNoProgramma()
    {
        Assert.That(Requests.Alle.Where(t => Toegang.Voor(t) is null).Select(Requests.Naam), Is.Empty, "a request without a rule is refused for everyone");

        var zonderProgramma = Requests.Alle.Where(t => !typeof(IProgrammaScoped).IsAssignableFrom(t))
            .ToDictionary(Requests.Naam, t => Toegang.Voor(t)!.Recht);
        // Each of these scopes itself (by join code, by token, by the signed-in user) or is for the beheerder or the
        // installation only. A new request without a programma must be added here on purpose.
        Assert.That(zonderProgramma, Is.EquivalentTo(new Dictionary<string, Recht>
        {
            ["JoinBijeenkomst.Command"] = Recht.Iedereen, ["SubmitBijdrage.Command"] = Recht.Iedereen,
            ["CastStemmen.Command"] = Recht.Iedereen, ["GetDeelname.Query"] = Recht.Iedereen,
            ["UpdateEigenBijdrage.Command"] = Recht.Iedereen, ["WithdrawEigenBijdrage.Command"] = Recht.Iedereen, // own bijdragen, by join code + cookie
            ["CastPunten.Command"] = Recht.Iedereen, ["SubmitAntwoorden.Command"] = Recht.Iedereen, ["GetBeslisvragen.Query"] = Recht.Iedereen,
            ["SignIn.Query"] = Recht.Iedereen, ["GetLink.Query"] = Recht.Iedereen, ["AcceptUitnodiging.Command"] = Recht.Iedereen,
            ["ResetWachtwoord.Command"] = Recht.Iedereen, ["SetUpInstallatie.Command"] = Recht.Iedereen,
            ["GetScorelink.Query"] = Recht.Iedereen, ["SetScoresViaLink.Command"] = Recht.Iedereen, // a partner's personal scoring link
            ["GetInbreng.Query"] = Recht.Iedereen, // a session's public page of what became of its bijdragen, scoped by its token
            ["GetDeelnemerInbrenglink.Query"] = Recht.Iedereen, // that page's link for a phone that joined, by join code and cookie key
            ["SignOut.Command"] = Recht.Aangemeld, ["ListMijnSessies.Query"] = Recht.Aangemeld, ["EndSessie.Command"] = Recht.Aangemeld,
            ["GetMijnAccount.Query"] = Recht.Aangemeld, ["ChangeWachtwoord.Command"] = Recht.Aangemeld, ["ListProgrammas.Query"] = Recht.Aangemeld,
            ["SetOpmerkingmail.Command"] = Recht.Aangemeld,
            ["DeleteGebruiker.Command"] = Recht.Aangemeld, ["ExportGebruikersgegevens.Query"] = Recht.Aangemeld,
            ["ListMijnActiepunten.Query"] = Recht.Aangemeld, // scoped by the signed-in user: their own, of programmas they belong to
            ["CreateProgramma.Command"] = Recht.Beheerder, ["ImportProgramma.Command"] = Recht.Beheerder, ["ListGebruikers.Query"] = Recht.Beheerder,
            ["InviteGebruiker.Command"] = Recht.Beheerder, ["CreateHerstelLink.Command"] = Recht.Beheerder, ["SetBeheerder.Command"] = Recht.Beheerder,
            ["GetMailoverzicht.Query"] = Recht.Beheerder, ["RetryUitgaandeMail.Command"] = Recht.Beheerder,
            ["CreateGebruiker.Command"] = Recht.Systeem, ["CreateInrichtingslink.Command"] = Recht.Systeem, ["UnlockGebruiker.Command"] = Recht.Systeem,
            ["ListOngedrukteVersies.Query"] = Recht.Systeem, // the app's own printer of kept version copies, across programmas
        }));
    }

    [Test]
    public async Task NobodySignedIn_EveryRequestButThePublicOnes_NietAangemeld()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var anoniem = app.Als(new Anoniem());
        foreach (var type in Requests.Alle.Where(t => Toegang.Voor(t)!.Recht is not (Recht.Iedereen or Recht.Systeem)))
            Assert.ThrowsAsync<NietAangemeldException>(() => Requests.SendAsync(anoniem, Requests.Create(type, a)), Requests.Naam(type));
    }

    [Test]
    public async Task ListProgrammas_OnlyTheUsersOwn_AndExportOfAnotherRefused()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        var b = await app.CreateProgrammaAsync("Programma B");
        await using var lezerA = await app.LidAsync("Lies A", a, ProgrammaRol.Lezer);

        var lijst = await lezerA.SendAsync(new ListProgrammas.Query());
        Assert.That(lijst.Select(p => (p.Naam, p.Rol)), Is.EqualTo(new[] { ("Programma A", "lezer") }));
        Assert.ThrowsAsync<GeenToegangException>(() => lezerA.SendAsync(new ExportProgramma.Query(b)));
        Assert.ThrowsAsync<GeenToegangException>(() => lezerA.SendAsync(new GetBijeenkomst.Query(b, 1)));
    }
}
