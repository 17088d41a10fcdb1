using System.Globalization;
using Dapper;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Gebruikers;

public class SignInTests
{
    private static async Task<string> AccountAsync(TestApp app, string naam = "Anna de Vries")
    {
        await app.SendAsync(new CreateGebruiker.Command(Accounts.EmailVan(naam), naam, Accounts.Wachtwoord, false, []));
        return Accounts.EmailVan(naam);
    }

    [Test]
    public async Task RightPassword_OpensASession_AddressCaseAndSpacesDoNotMatter()
    {
        await using var app = TestApp.Create();
        var email = await AccountAsync(app);

        var r = await app.SendAsync(new SignIn.Query($"  {email.ToUpperInvariant()} ", Accounts.Wachtwoord, "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0"));

        Assert.That(r.Naam, Is.EqualTo("Anna de Vries"));
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.ExecuteScalarAsync<string>("SELECT apparaat FROM sessie WHERE id = @SessieId", r), Is.EqualTo("Chrome op Linux"));
        Assert.That(await c.ExecuteScalarAsync<string>("SELECT wachtwoord_hash FROM gebruiker"), Does.Not.Contain(Accounts.Wachtwoord),
            "only a hash is stored");
    }

    [Test]
    public async Task WrongPasswordOrUnknownAddress_SameDutchMessage_NoSession()
    {
        await using var app = TestApp.Create();
        var email = await AccountAsync(app);

        var fout = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SignIn.Query(email, "niet het goede wachtwoord", "")));
        var onbekend = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SignIn.Query("niemand@test.nl", "niet het goede wachtwoord", "")));
        var leeg = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SignIn.Query("", "", "")));

        Assert.That(fout!.Errors[""], Is.EqualTo(new[] { SignIn.Onjuist }));
        Assert.That(onbekend!.Errors[""], Is.EqualTo(new[] { SignIn.Onjuist }), "does not reveal which addresses have an account");
        Assert.That(leeg!.Errors.Keys, Is.EquivalentTo(new[] { "Email", "Wachtwoord" }));
        Assert.That(await app.CountAsync("sessie"), Is.Zero);
    }

    [Test]
    public async Task FiveWrongPasswords_LockedFor15Minutes_EvenTheRightOneRefused_ThenOpenAgain()
    {
        await using var app = TestApp.Create();
        var email = await AccountAsync(app);
        for (var i = 1; i <= 4; i++)
            Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SignIn.Query(email, $"fout wachtwoord {i}", "")));

        var vijfde = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new SignIn.Query(email, "fout wachtwoord 5", "")));
        var goede = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new SignIn.Query(email, Accounts.Wachtwoord, "")));

        Assert.That(vijfde!.Message, Does.StartWith("Na 5 mislukte pogingen is dit account 15 minuten geblokkeerd"));
        Assert.That(goede!.Message, Does.StartWith("Na 5 mislukte pogingen"));
        await using var c = await app.Db.OpenAsync();
        var tot = DateTimeOffset.Parse((await c.ExecuteScalarAsync<string>("SELECT geblokkeerd_tot FROM gebruiker"))!, CultureInfo.InvariantCulture);
        Assert.That(tot - DateTimeOffset.UtcNow, Is.InRange(TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15)));
        Assert.That(await app.CountAsync("sessie"), Is.Zero);

        // Identity's lockout compares with the real clock: let the 15 minutes pass in the database.
        await c.ExecuteAsync("UPDATE gebruiker SET geblokkeerd_tot = @verleden", new { verleden = Tijd.Stempel(DateTimeOffset.UtcNow.AddSeconds(-1)) });
        Assert.That((await app.SendAsync(new SignIn.Query(email, Accounts.Wachtwoord, ""))).Naam, Is.EqualTo("Anna de Vries"));
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT mislukte_pogingen FROM gebruiker"), Is.Zero);
    }

    [Test]
    public async Task PasswordShorterThan12_Refused()
    {
        await using var app = TestApp.Create();
        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CreateGebruiker.Command("kort@test.nl", "Kort", "elf tekens!", false, [])));
        Assert.That(e!.Errors["Wachtwoord"][0], Does.StartWith("Het wachtwoord moet minstens 12 tekens lang zijn."));
        Assert.That(await app.CountAsync("gebruiker"), Is.Zero);
    }
}
