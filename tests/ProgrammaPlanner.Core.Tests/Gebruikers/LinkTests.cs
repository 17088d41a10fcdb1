using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Core.Tests.Gebruikers;

/// <summary>Invitations, reset links and the setup link: single use, 7 days, and nothing changes when refused.</summary>
public class LinkTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Invitation_Accepted_AccountWithRoleAndSession_SecondUseRefused()
    {
        var klok = new TestKlok(Start);
        await using var app = TestApp.Create(klok);
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var facilitator = await app.LidAsync("Fenna Facilitator", a, ProgrammaRol.Facilitator);

        var uitnodiging = await facilitator.SendAsync(new InviteLid.Command(a, "nieuw@partner.nl", ProgrammaRol.Redacteur));
        Assert.That(uitnodiging.VerlooptOp, Is.EqualTo(Start.AddDays(7)));
        Assert.That((await app.SendAsync(new GetLink.Query(uitnodiging.Token!))).ProgrammaNaam, Is.EqualTo("Programma A"));

        var r = await app.SendAsync(new AcceptUitnodiging.Command(uitnodiging.Token!, "Nina Nieuw", "een zin als wachtwoord", "een zin als wachtwoord", ""));
        await using var nina = app.Als(new TestGebruiker(r.GebruikerId, r.SessieId, r.Naam));
        Assert.That((await nina.SendAsync(new ListProgrammas.Query())).Single().Rol, Is.EqualTo(ProgrammaRol.Redacteur));

        var tweede = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(
            new AcceptUitnodiging.Command(uitnodiging.Token!, "Iemand Anders", "nog een lang wachtwoord", "nog een lang wachtwoord", "")));
        Assert.That(tweede!.Message, Does.StartWith("Deze link is al gebruikt"));
        Assert.That(await app.CountAsync("gebruiker"), Is.EqualTo(2));
    }

    [Test]
    public async Task Invitation_After7Days_Expired_NothingCreated()
    {
        var klok = new TestKlok(Start);
        await using var app = TestApp.Create(klok);
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var facilitator = await app.LidAsync("Fenna Facilitator", a, ProgrammaRol.Facilitator);
        var token = (await facilitator.SendAsync(new InviteLid.Command(a, "laat@partner.nl", ProgrammaRol.Lezer))).Token!;

        klok.Nu = Start.AddDays(7).AddMinutes(1);

        Assert.That((await app.SendAsync(new GetLink.Query(token))).Weigering, Does.StartWith("Deze link is verlopen"));
        var e = Assert.ThrowsAsync<RefusedException>(() =>
            app.SendAsync(new AcceptUitnodiging.Command(token, "Laat", "een zin als wachtwoord", "een zin als wachtwoord", "")));
        Assert.That(e!.Message, Does.StartWith("Deze link is verlopen"));
        Assert.That(await app.CountAsync("gebruiker"), Is.EqualTo(1));
    }

    [Test]
    public async Task Invitation_UnknownTokenOrBadPassword_RefusedAndLinkStillUsable()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var facilitator = await app.LidAsync("Fenna Facilitator", a, ProgrammaRol.Facilitator);
        var token = (await facilitator.SendAsync(new InviteLid.Command(a, "nieuw@partner.nl", ProgrammaRol.Lezer))).Token!;

        Assert.ThrowsAsync<RefusedException>(() =>
            app.SendAsync(new AcceptUitnodiging.Command("verzonnen", "X", "een zin als wachtwoord", "een zin als wachtwoord", "")));
        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AcceptUitnodiging.Command(token, "", "kort", "anders", "")));
        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam", "Wachtwoord", "Herhaling" }));

        Assert.That((await app.SendAsync(new GetLink.Query(token))).Weigering, Is.Null, "a refused attempt does not use the link up");
    }

    [Test]
    public async Task Invite_ExistingAccount_BecomesMemberAtOnce_TwiceRefused_WithdrawnLinkStopsWorking()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var facilitator = await app.LidAsync("Fenna Facilitator", a, ProgrammaRol.Facilitator);
        await using var bestaand = await app.AccountAsync("Bas Bestaand");

        Assert.That((await facilitator.SendAsync(new InviteLid.Command(a, Accounts.EmailVan("Bas Bestaand"), ProgrammaRol.Lezer))).Token, Is.Null);
        Assert.That((await bestaand.SendAsync(new ListProgrammas.Query())).Single().Naam, Is.EqualTo("Programma A"));
        var twee = Assert.ThrowsAsync<ValidationException>(() =>
            facilitator.SendAsync(new InviteLid.Command(a, Accounts.EmailVan("Bas Bestaand"), ProgrammaRol.Redacteur)));
        Assert.That(twee!.Errors["Email"][0], Does.Contain("is al lid van dit programma als lezer"));

        var token = (await facilitator.SendAsync(new InviteLid.Command(a, "ander@partner.nl", ProgrammaRol.Lezer))).Token!;
        var open = (await facilitator.SendAsync(new ListLeden.Query(a))).Uitnodigingen.Single();
        await facilitator.SendAsync(new RevokeUitnodiging.Command(a, open.Id));
        Assert.ThrowsAsync<RefusedException>(() =>
            app.SendAsync(new AcceptUitnodiging.Command(token, "Ander", "een zin als wachtwoord", "een zin als wachtwoord", "")));
    }

    [Test]
    public async Task ResetLink_NewPassword_DelaysLifted_AllSessionsEnded_OldPasswordRefused()
    {
        await using var app = TestApp.Create();
        await using var beheerder = await app.AccountAsync("Bea Beheer", beheerder: true);
        await using var anna = await app.AccountAsync("Anna");
        var annaId = anna.Gebruiker.GebruikerId!.Value;
        for (var i = 1; i <= Aanmeldpogingen.VrijPerAccount; i++)
            Assert.CatchAsync(() => app.SendAsync(new SignIn.Query(Accounts.EmailVan("Anna"), $"vergeten {i}", "")));
        Assert.ThrowsAsync<TeVeelPogingenException>(() => app.SendAsync(new SignIn.Query(Accounts.EmailVan("Anna"), Accounts.Wachtwoord, "")));

        var link = await beheerder.SendAsync(new CreateHerstelLink.Command(annaId));
        await app.SendAsync(new ResetWachtwoord.Command(link.Token, "mijn nieuwe lange wachtwoord", "mijn nieuwe lange wachtwoord"));

        Assert.ThrowsAsync<NietAangemeldException>(() => anna.SendAsync(new GetMijnAccount.Query()), "the old session ended");
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SignIn.Query(Accounts.EmailVan("Anna"), Accounts.Wachtwoord, "")));
        Assert.That((await app.SendAsync(new SignIn.Query(Accounts.EmailVan("Anna"), "mijn nieuwe lange wachtwoord", ""))).Naam, Is.EqualTo("Anna"));
        Assert.ThrowsAsync<RefusedException>(() =>
            app.SendAsync(new ResetWachtwoord.Command(link.Token, "nog een ander wachtwoord", "nog een ander wachtwoord")));
    }

    [Test]
    public async Task ResetLink_OnlyByABeheerder()
    {
        await using var app = TestApp.Create();
        await using var anna = await app.AccountAsync("Anna");
        await using var bram = await app.AccountAsync("Bram");
        Assert.ThrowsAsync<GeenToegangException>(() => bram.SendAsync(new CreateHerstelLink.Command(anna.Gebruiker.GebruikerId!.Value)));
        Assert.That(await app.CountAsync("link"), Is.Zero);
    }

    [Test]
    public async Task SetupLink_OnlyWhileNoAccountExists_MakesTheFirstBeheerder()
    {
        await using var app = TestApp.Create();
        var token = await app.SendAsync(new CreateInrichtingslink.Command());
        var opnieuw = await app.SendAsync(new CreateInrichtingslink.Command());
        Assert.ThrowsAsync<RefusedException>(() =>
            app.SendAsync(new SetUpInstallatie.Command(token!, "eerste@test.nl", "Eerste", "een zin als wachtwoord", "een zin als wachtwoord", "")),
            "a restart makes a new link; the old one stops working");

        var r = await app.SendAsync(new SetUpInstallatie.Command(opnieuw!, "eerste@test.nl", "Eerste", "een zin als wachtwoord", "een zin als wachtwoord", ""));

        Assert.That(r.IsBeheerder, Is.True);
        Assert.That(await app.SendAsync(new CreateInrichtingslink.Command()), Is.Null);
    }
}
