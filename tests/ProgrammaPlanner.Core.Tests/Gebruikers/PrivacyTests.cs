using System.Text.Json;
using Dapper;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Logboek;
using ProgrammaPlanner.Core.Opmerkingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Speerpunten;

namespace ProgrammaPlanner.Core.Tests.Gebruikers;

/// <summary>AVG: what is stored about a user can be exported and deleted; the audit trail stays readable without them.</summary>
public class PrivacyTests
{
    [Test]
    public async Task Audit_RecordsTheRealUser()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var rik = await app.LidAsync("Rik Redacteur", a, ProgrammaRol.Redacteur);

        await rik.SendAsync(new CreateSpeerpunt.Command(a, "Armoede", ""));

        var log = await app.SendAsync(new ListAuditLog.Query(a, null, null, null, 1, 10));
        Assert.That(log.Rows[0].Gebruiker, Is.EqualTo("Rik Redacteur"));
        Assert.That(log.Rows[0].Opdracht, Is.EqualTo("CreateSpeerpunt"));
    }

    [Test]
    public async Task DeleteOwnAccount_AuditSaysVerwijderdeGebruiker_AddressGone_MembershipsGone()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var facilitator = await app.LidAsync("Fenna Facilitator", a, ProgrammaRol.Facilitator);
        await facilitator.SendAsync(new InviteLid.Command(a, Accounts.EmailVan("Rik Redacteur"), ProgrammaRol.Redacteur)); // audit: invitation of Rik's address
        await using var rik = await app.LidAsync("Rik Redacteur", a, ProgrammaRol.Redacteur);
        await rik.SendAsync(new CreateSpeerpunt.Command(a, "Armoede", ""));
        var rikId = rik.Gebruiker.GebruikerId!.Value;

        await rik.SendAsync(new DeleteGebruiker.Command(rikId));

        var log = await app.SendAsync(new ListAuditLog.Query(a, null, null, null, 1, 10));
        Assert.That(log.Rows.Single(r => r.Opdracht == "CreateSpeerpunt").Gebruiker, Is.EqualTo("verwijderde gebruiker"));
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit WHERE gebruiker LIKE '%Rik%' OR samenvatting LIKE '%rikredacteur%'"), Is.Zero);
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM lidmaatschap WHERE gebruiker_id = @rikId", new { rikId }), Is.Zero);
        Assert.That(await app.CountAsync("speerpunt"), Is.EqualTo(1), "the work stays");
        Assert.ThrowsAsync<NietAangemeldException>(() => rik.SendAsync(new GetMijnAccount.Query()));
    }

    [Test]
    public async Task DeleteSomeoneElse_OnlyABeheerder_AndNeverTheLastBeheerder()
    {
        await using var app = TestApp.Create();
        await using var bea = await app.AccountAsync("Bea Beheer", beheerder: true);
        await using var anna = await app.AccountAsync("Anna");
        await using var bram = await app.AccountAsync("Bram");

        Assert.ThrowsAsync<GeenToegangException>(() => bram.SendAsync(new DeleteGebruiker.Command(anna.Gebruiker.GebruikerId!.Value)));
        var laatste = Assert.ThrowsAsync<RefusedException>(() => bea.SendAsync(new DeleteGebruiker.Command(bea.Gebruiker.GebruikerId!.Value)));
        Assert.That(laatste!.Message, Does.StartWith("Dit is de enige beheerder"));
        Assert.ThrowsAsync<RefusedException>(() => bea.SendAsync(new SetBeheerder.Command(bea.Gebruiker.GebruikerId!.Value, false)));

        await bea.SendAsync(new DeleteGebruiker.Command(anna.Gebruiker.GebruikerId!.Value));
        Assert.That((await bea.SendAsync(new ListGebruikers.Query())).Select(g => g.Naam), Is.EqualTo(new[] { "Bea Beheer", "Bram" }));
    }

    [Test]
    public async Task Export_OwnData_WithoutPasswordHash_OthersOnlyForABeheerder()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var rik = await app.LidAsync("Rik Redacteur", a, ProgrammaRol.Redacteur);
        await using var bram = await app.AccountAsync("Bram");
        var speerpunt = await rik.SendAsync(new CreateSpeerpunt.Command(a, "Armoede", ""));
        await rik.SendAsync(new AddOpmerking.Command(a, Onderwerp.Speerpunt, speerpunt.ToString(), "Eerst de cijfers van 2025 erbij?"));

        var json = await rik.SendAsync(new ExportGebruikersgegevens.Query(rik.Gebruiker.GebruikerId!.Value));

        using var doc = JsonDocument.Parse(json);
        Assert.That(doc.RootElement.GetProperty("account").GetProperty("email").GetString(), Is.EqualTo(Accounts.EmailVan("Rik Redacteur")));
        Assert.That(doc.RootElement.GetProperty("lidmaatschappen")[0].GetProperty("rol").GetString(), Is.EqualTo("redacteur"));
        Assert.That(doc.RootElement.GetProperty("logboek")[0].GetProperty("wijziging").GetString(), Is.EqualTo("Speerpunt aangemaakt"),
            "the logboek's Dutch label, not the stored name");
        Assert.That(json, Does.Not.Contain("CreateSpeerpunt"));
        Assert.That(doc.RootElement.GetProperty("opmerkingen")[0].GetProperty("tekst").GetString(), Is.EqualTo("Eerst de cijfers van 2025 erbij?"));
        Assert.That(json, Does.Not.Contain("wachtwoord_hash").And.Not.Contain("AQAAAA"));
        Assert.ThrowsAsync<GeenToegangException>(() => bram.SendAsync(new ExportGebruikersgegevens.Query(rik.Gebruiker.GebruikerId!.Value)));
    }

    [Test]
    public async Task Members_RoleChanged_Removed_ButNeverTheLastFacilitator()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var fenna = await app.LidAsync("Fenna", a, ProgrammaRol.Facilitator);
        await using var rik = await app.LidAsync("Rik", a, ProgrammaRol.Redacteur);
        var fennaId = fenna.Gebruiker.GebruikerId!.Value;
        var rikId = rik.Gebruiker.GebruikerId!.Value;

        var e = Assert.ThrowsAsync<RefusedException>(() => fenna.SendAsync(new UpdateLidmaatschap.Command(a, fennaId, ProgrammaRol.Lezer)));
        Assert.That(e!.Message, Does.StartWith("Dit is de enige facilitator"));
        await fenna.SendAsync(new UpdateLidmaatschap.Command(a, rikId, ProgrammaRol.Lezer));
        Assert.ThrowsAsync<GeenToegangException>(() => rik.SendAsync(new CreateSpeerpunt.Command(a, "Armoede", "")), "the new role applies at once");
        await fenna.SendAsync(new UpdateLidmaatschap.Command(a, rikId, null));
        Assert.That((await fenna.SendAsync(new ListLeden.Query(a))).Lijst.Select(l => l.Naam), Is.EqualTo(new[] { "Fenna" }));
        Assert.ThrowsAsync<GeenToegangException>(() => rik.SendAsync(new ListSpeerpunten.Query(a)));
    }
}
