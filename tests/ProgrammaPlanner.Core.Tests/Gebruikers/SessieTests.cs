using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Gebruikers;

public class SessieTests
{
    [Test]
    public async Task EndOwnOtherSession_ThatBrowserIsSignedOutAtItsNextRequest_ThisOneGoesOn()
    {
        await using var app = TestApp.Create();
        await using var laptop = await app.AccountAsync("Anna");
        var telefoonSessie = await app.SendAsync(new SignIn.Query(Accounts.EmailVan("Anna"), Accounts.Wachtwoord, "Safari op iPhone"));
        await using var telefoon = app.Als(new TestGebruiker(telefoonSessie.GebruikerId, telefoonSessie.SessieId, "Anna"));

        var sessies = await laptop.SendAsync(new ListMijnSessies.Query());
        Assert.That(sessies.Select(s => (s.Apparaat, s.IsDeze)), Is.EquivalentTo(new[] { ("onbekende browser", true), ("Safari op iPhone", false) }));

        Assert.That(await laptop.SendAsync(new EndSessie.Command(telefoonSessie.SessieId)), Is.EqualTo(1));

        Assert.ThrowsAsync<NietAangemeldException>(() => telefoon.SendAsync(new GetMijnAccount.Query()));
        Assert.That((await laptop.SendAsync(new GetMijnAccount.Query())).Naam, Is.EqualTo("Anna"));
    }

    [Test]
    public async Task SomeoneElsesSession_CannotBeEnded()
    {
        await using var app = TestApp.Create();
        await using var anna = await app.AccountAsync("Anna");
        await using var bram = await app.AccountAsync("Bram");

        Assert.That(await bram.SendAsync(new EndSessie.Command(anna.Gebruiker.SessieId)), Is.Zero);
        Assert.That((await anna.SendAsync(new GetMijnAccount.Query())).Naam, Is.EqualTo("Anna"));
    }

    [Test]
    public async Task SignOut_OrUnusedFor12Hours_SessionNoLongerWorks()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await using var app = TestApp.Create(klok);
        await using var anna = await app.AccountAsync("Anna");
        await using var bram = await app.AccountAsync("Bram");

        await anna.SendAsync(new SignOut.Command());
        Assert.ThrowsAsync<NietAangemeldException>(() => anna.SendAsync(new GetMijnAccount.Query()));

        klok.Nu += TimeSpan.FromHours(11);
        Assert.That((await bram.SendAsync(new GetMijnAccount.Query())).Naam, Is.EqualTo("Bram"), "use keeps a session alive");
        klok.Nu += TimeSpan.FromHours(11);
        Assert.That((await bram.SendAsync(new GetMijnAccount.Query())).Naam, Is.EqualTo("Bram"));
        klok.Nu += TimeSpan.FromHours(12.5);
        Assert.ThrowsAsync<NietAangemeldException>(() => bram.SendAsync(new GetMijnAccount.Query()));
    }

    [Test]
    public async Task ChangePassword_NeedsTheCurrentOne_EndsOtherSessions()
    {
        await using var app = TestApp.Create();
        await using var laptop = await app.AccountAsync("Anna");
        var ander = await app.SendAsync(new SignIn.Query(Accounts.EmailVan("Anna"), Accounts.Wachtwoord, ""));
        await using var telefoon = app.Als(new TestGebruiker(ander.GebruikerId, ander.SessieId, "Anna"));

        var fout = Assert.ThrowsAsync<ValidationException>(() =>
            laptop.SendAsync(new ChangeWachtwoord.Command("geraden", "een nieuw lang wachtwoord", "een nieuw lang wachtwoord")));
        Assert.That(fout!.Errors["Huidig"], Is.EqualTo(new[] { "Het huidige wachtwoord klopt niet." }));

        await laptop.SendAsync(new ChangeWachtwoord.Command(Accounts.Wachtwoord, "een nieuw lang wachtwoord", "een nieuw lang wachtwoord"));

        Assert.ThrowsAsync<NietAangemeldException>(() => telefoon.SendAsync(new GetMijnAccount.Query()));
        Assert.That((await laptop.SendAsync(new GetMijnAccount.Query())).Naam, Is.EqualTo("Anna"));
        Assert.That((await app.SendAsync(new SignIn.Query(Accounts.EmailVan("Anna"), "een nieuw lang wachtwoord", ""))).Naam, Is.EqualTo("Anna"));
    }
}
