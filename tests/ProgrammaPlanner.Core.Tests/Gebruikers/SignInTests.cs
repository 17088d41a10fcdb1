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

    private const string Aanvaller = "203.0.113.9";
    private const string Thuis = "198.51.100.7";

    /// <summary>What one sign-in answers: the exception's type and message, or "aangemeld".</summary>
    private static async Task<string> AnswerAsync(TestApp app, string email, string wachtwoord, string ipAdres)
    {
        try
        {
            await app.SendAsync(new SignIn.Query(email, wachtwoord, "", ipAdres));
            return "aangemeld";
        }
        catch (Exception e) when (e is ValidationException or RefusedException or TeVeelPogingenException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    [Test]
    public async Task ManyWrongPasswords_KnownAndUnknownAddressAnsweredAlike()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var app = TestApp.Create(klok);
        var email = await AccountAsync(app);
        var bekend = new List<string>();
        var onbekend = new List<string>();

        for (var i = 1; i <= 7; i++)
        {
            bekend.Add(await AnswerAsync(app, email, $"fout wachtwoord {i}", Aanvaller));
            onbekend.Add(await AnswerAsync(app, "niemand@test.nl", $"fout wachtwoord {i}", Aanvaller));
            klok.Nu += TimeSpan.FromSeconds(10);
        }

        Assert.That(onbekend, Is.EqualTo(bekend), "the answers do not reveal which addresses have an account");
        Assert.That(bekend, Has.None.Contain("geblokkeerd"));
        Assert.That(bekend[4], Is.EqualTo($"{nameof(TeVeelPogingenException)}: Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw."));
    }

    [Test]
    public async Task AttackerGuessesFromOneAddress_RealUserFromAnotherAddressSignsIn()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var app = TestApp.Create(klok);
        var email = await AccountAsync(app);
        for (var i = 1; i <= 30; i++)
        {
            klok.Nu += TimeSpan.FromMinutes(15); // as fast as the delays allow: the old lockout never ended this way
            await AnswerAsync(app, email, $"gok {i}", Aanvaller);
        }

        Assert.That(await AnswerAsync(app, email, Accounts.Wachtwoord, Thuis), Is.EqualTo("aangemeld"));
        Assert.That(await AnswerAsync(app, email, Accounts.Wachtwoord, Aanvaller), Does.StartWith(nameof(TeVeelPogingenException)),
            "the guessing address itself still waits, even with the right password");
    }

    [Test]
    public async Task WrongPasswordsFromOneAddress_DelaysGrowTo15Minutes_ThenTheRightPasswordWorks()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var app = TestApp.Create(klok);
        var email = await AccountAsync(app);
        for (var i = 1; i <= 4; i++)
            Assert.That(await AnswerAsync(app, email, $"fout {i}", Thuis), Is.EqualTo($"ValidationException: {SignIn.Onjuist}"));

        var wachttijden = new List<TimeSpan>();
        for (var i = 5; i <= 10; i++)
        {
            var e = Assert.ThrowsAsync<TeVeelPogingenException>(() => app.SendAsync(new SignIn.Query(email, $"fout {i}", "", Thuis)));
            wachttijden.Add(e!.Wacht);
            klok.Nu += e.Wacht - TimeSpan.FromSeconds(30);
            Assert.That(await AnswerAsync(app, email, Accounts.Wachtwoord, Thuis),
                Is.EqualTo($"{nameof(TeVeelPogingenException)}: Te veel mislukte pogingen. Probeer het over 30 seconden opnieuw."),
                "while waiting even the right password is not tried, and the message says the real wait");
            klok.Nu += TimeSpan.FromSeconds(30);
        }

        Assert.That(wachttijden.Select(w => w.TotalMinutes), Is.EqualTo(new[] { 1, 2, 4, 8, 15, 15 }));
        Assert.That(await AnswerAsync(app, email, Accounts.Wachtwoord, Thuis), Is.EqualTo("aangemeld"));
        Assert.That(await AnswerAsync(app, email, "weer fout", Thuis), Is.EqualTo($"ValidationException: {SignIn.Onjuist}"),
            "a right password starts the count again");
        Assert.That(await app.CountAsync("sessie"), Is.EqualTo(1));
    }

    [Test]
    public async Task OneAddressTriesManyAccounts_AddressWaits_OtherAddressesDoNot()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var app = TestApp.Create(klok);
        var email = await AccountAsync(app);
        for (var i = 1; i < Aanmeldpogingen.VrijPerAdres; i++)
            Assert.That(await AnswerAsync(app, $"iemand{i}@test.nl", "gok", Aanvaller), Does.StartWith(nameof(ValidationException)));

        Assert.That(await AnswerAsync(app, "nog.iemand@test.nl", "gok", Aanvaller), Does.StartWith(nameof(TeVeelPogingenException)));
        Assert.That(await AnswerAsync(app, email, Accounts.Wachtwoord, Aanvaller), Does.StartWith(nameof(TeVeelPogingenException)));
        Assert.That(await AnswerAsync(app, email, Accounts.Wachtwoord, Thuis), Is.EqualTo("aangemeld"));
        klok.Nu += TimeSpan.FromMinutes(1);
        Assert.That(await AnswerAsync(app, email, Accounts.Wachtwoord, Aanvaller), Is.EqualTo("aangemeld"));
    }

    [Test]
    public async Task FailuresAreForgottenADayLater_NoAddressKeptLonger()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var app = TestApp.Create(klok);
        var email = await AccountAsync(app);
        for (var i = 1; i <= 4; i++) await AnswerAsync(app, email, $"fout {i}", Thuis);

        klok.Nu += TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1);
        Assert.That(await AnswerAsync(app, email, "fout 5", Thuis), Is.EqualTo($"ValidationException: {SignIn.Onjuist}"), "counting starts again");
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT MAX(mislukt) FROM aanmeldpoging"), Is.EqualTo(1));
    }

    [TestCase("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64")]
    [TestCase("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [TestCase("::ffff:203.0.113.9", "203.0.113.9")]
    [TestCase("203.0.113.9", "203.0.113.9")]
    [TestCase("::1", "::1")]
    public void ClientAddress_IPv6CountsPer64Network_MappedIPv4AsIPv4(string adres, string sleutel) =>
        Assert.That(Aanmeldpogingen.Sleutel(System.Net.IPAddress.Parse(adres)), Is.EqualTo(sleutel));

    [Test]
    public async Task PasswordShorterThan12_Refused()
    {
        await using var app = TestApp.Create();
        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CreateGebruiker.Command("kort@test.nl", "Kort", "elf tekens!", false, [])));
        Assert.That(e!.Errors["Wachtwoord"][0], Does.StartWith("Het wachtwoord moet minstens 12 tekens lang zijn."));
        Assert.That(await app.CountAsync("gebruiker"), Is.Zero);
    }
}
