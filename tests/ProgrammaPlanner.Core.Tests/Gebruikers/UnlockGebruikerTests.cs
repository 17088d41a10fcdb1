using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Gebruikers;

public class UnlockGebruikerTests
{
    [Test]
    public async Task Unlock_EveryAddressMayTryTheAccountAgain_OnlyTheInstallationMayDoIt()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var app = TestApp.Create(klok);
        await using var bea = await app.AccountAsync("Bea Beheer", beheerder: true);
        var email = Accounts.EmailVan("Bea Beheer");
        foreach (var adres in new[] { "203.0.113.9", "198.51.100.7" })
            for (var i = 1; i <= Aanmeldpogingen.VrijPerAccount; i++)
                Assert.CatchAsync(() => app.SendAsync(new SignIn.Query(email, $"gok {i}", "", adres)));
        Assert.ThrowsAsync<TeVeelPogingenException>(() => app.SendAsync(new SignIn.Query(email, Accounts.Wachtwoord, "", "198.51.100.7")));

        Assert.ThrowsAsync<GeenToegangException>(() => bea.SendAsync(new UnlockGebruiker.Command(email)), "not even a beheerder, from the web");
        var r = await app.SendAsync(new UnlockGebruiker.Command($" {email.ToUpperInvariant()}"));

        Assert.That(r, Is.EqualTo(new UnlockGebruiker.Result(bea.Gebruiker.GebruikerId!.Value, "Bea Beheer", true)));
        Assert.That((await app.SendAsync(new SignIn.Query(email, Accounts.Wachtwoord, "", "198.51.100.7"))).Naam, Is.EqualTo("Bea Beheer"));
        Assert.That(await app.CountAsync("aanmeldpoging"), Is.Zero);
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new UnlockGebruiker.Command("niemand@test.nl")));
    }
}
