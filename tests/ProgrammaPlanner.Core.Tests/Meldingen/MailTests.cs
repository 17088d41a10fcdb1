using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Voortgang;

namespace ProgrammaPlanner.Core.Tests.Meldingen;

/// <summary>
/// Notifications by e-mail through a real SMTP server started by the test: queued in the command's own transaction,
/// delivered by <see cref="MailSender"/> (driven directly, no timers), retried while the server is down.
/// </summary>
public class MailTests
{
    private static MailSender Sender(TestApp app) => app.Services.GetRequiredService<MailSender>();

    [Test]
    public async Task InviteLid_MailConfigured_InvitationArrivesWithTheLink()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        var p = await app.CreateProgrammaAsync("Samen Oost");

        var r = await app.SendAsync(new InviteLid.Command(p, "nieuw@voorbeeld.nl", ProgrammaRol.Redacteur));

        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(1));
        var mail = server.Ontvangen.Single();
        Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo("nieuw@voorbeeld.nl"));
        Assert.That(mail.From.Mailboxes.Single().Address, Is.EqualTo("planner@test.nl"));
        Assert.That(mail.Subject, Is.EqualTo("Uitnodiging voor Samen Oost"));
        Assert.That(mail.TextBody, Does.Contain($"https://planner.test/uitnodiging?token={Uri.EscapeDataString(r.Token!)}"));
        Assert.That(mail.TextBody, Does.Contain("als redacteur"));
        // The link in the mail is the one the app accepts.
        Assert.That((await app.SendAsync(new GetLink.Query(r.Token!))).Email, Is.EqualTo("nieuw@voorbeeld.nl"));
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero, "a sent mail is not sent again");
    }

    [Test]
    public async Task CreateHerstelLink_MailConfigured_ResetLinkArrives()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        await using var gebruiker = await app.AccountAsync("Ria Reset");

        var r = await app.SendAsync(new CreateHerstelLink.Command(gebruiker.Gebruiker.GebruikerId!.Value));

        await Sender(app).SendDueAsync();
        var mail = server.Ontvangen.Single();
        Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo("riareset@test.nl"));
        Assert.That(mail.TextBody, Does.Contain($"https://planner.test/wachtwoord-herstellen?token={Uri.EscapeDataString(r.Token)}"));
    }

    [Test]
    public async Task FreezePlanversie_MailsEachSigningPartnersBestuurder_AndNobodyElse()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        var plan = await app.CreateVersiePlanAsync();
        await using var bea = await app.BestuurderAsync(plan.ProgrammaId, plan.Buurtwerk, "Bea Buurtwerk");
        await using var zeno = await app.BestuurderAsync(plan.ProgrammaId, plan.Zorgpunt, "Zeno Zorg");
        await using var los = await app.LidAsync("Bram Los", plan.ProgrammaId, ProgrammaRol.Bestuurder); // linked to no partner
        await using var lezer = await app.LidAsync("Lotte Lezer", plan.ProgrammaId, ProgrammaRol.Lezer);
        await using var facilitator = await app.FacilitatorAsync(plan.ProgrammaId);

        var nummer = await facilitator.SendAsync(new FreezePlanversie.Command(plan.ProgrammaId, ""));

        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(2));
        var mails = server.Ontvangen.ToDictionary(m => m.To.Mailboxes.Single().Address, m => m);
        Assert.That(mails.Keys, Is.EquivalentTo(new[] { "beabuurtwerk@test.nl", "zenozorg@test.nl" }));
        Assert.That(mails["beabuurtwerk@test.nl"].Subject, Is.EqualTo($"Ter besluitvorming: versie {nummer} van het programmaplan Proef Oost"));
        Assert.That(mails["beabuurtwerk@test.nl"].TextBody, Does.Contain("U besluit namens Buurtwerk"));
        Assert.That(mails["zenozorg@test.nl"].TextBody, Does.Contain("U besluit namens Zorgpunt"));
        Assert.That(mails["zenozorg@test.nl"].TextBody, Does.Contain($"https://planner.test/programmas/{plan.ProgrammaId}/versies/{nummer}"));
        Assert.That(mails["zenozorg@test.nl"].TextBody, Does.Contain("F. Acilitator heeft versie"));
    }

    [Test]
    public async Task FreezeVoortgangsversie_MailsEachSigningPartnersBestuurder_WithTheLinkToThatYearsVersion()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        var plan = await app.CreateVersiePlanAsync();
        await using var bea = await app.BestuurderAsync(plan.ProgrammaId, plan.Buurtwerk, "Bea Buurtwerk");
        await using var facilitator = await app.FacilitatorAsync(plan.ProgrammaId);

        var nummer = await facilitator.SendAsync(new FreezeVoortgangsversie.Command(plan.ProgrammaId, 2026, ""));

        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(1));
        var mail = server.Ontvangen.Single();
        Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo("beabuurtwerk@test.nl"));
        Assert.That(mail.Subject, Is.EqualTo($"Ter besluitvorming: versie {nummer} van de voortgangsrapportage 2026 van Proef Oost"));
        Assert.That(mail.TextBody, Does.Contain("U besluit namens Buurtwerk"));
        Assert.That(mail.TextBody, Does.Contain($"https://planner.test/programmas/{plan.ProgrammaId}/voortgang/2026/versies/{nummer}"));
    }

    [Test]
    public async Task ApproveAndReject_MailTheFacilitators()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        var plan = await app.CreateVersiePlanAsync();
        await using var bea = await app.BestuurderAsync(plan.ProgrammaId, plan.Buurtwerk, "Bea Buurtwerk");
        await using var zeno = await app.BestuurderAsync(plan.ProgrammaId, plan.Zorgpunt, "Zeno Zorg");
        await using var facilitator = await app.FacilitatorAsync(plan.ProgrammaId);
        var nummer = await facilitator.SendAsync(new FreezePlanversie.Command(plan.ProgrammaId, ""));
        await Sender(app).SendDueAsync();
        var voor = server.Ontvangen.Count;

        await bea.SendAsync(new ApprovePlanversie.Command(plan.ProgrammaId, nummer, plan.Buurtwerk, ""));
        await zeno.SendAsync(new RejectPlanversie.Command(plan.ProgrammaId, nummer, plan.Zorgpunt, "De begroting klopt niet."));

        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(2));
        var nieuw = server.Ontvangen.Skip(voor).ToList();
        Assert.That(nieuw.Select(m => m.To.Mailboxes.Single().Address), Is.EqualTo(new[] { "facilitator@test.nl", "facilitator@test.nl" }));
        Assert.That(nieuw[0].Subject, Is.EqualTo($"Buurtwerk heeft versie {nummer} van Proef Oost goedgekeurd"));
        Assert.That(nieuw[0].TextBody, Does.Contain("Andere partners moeten nog besluiten."));
        Assert.That(nieuw[1].Subject, Is.EqualTo($"Zorgpunt heeft versie {nummer} van Proef Oost afgewezen"));
        Assert.That(nieuw[1].TextBody, Does.Contain("Opmerking: De begroting klopt niet."));
        Assert.That(nieuw[1].TextBody, Does.Contain("in de app, door Zeno Zorg"));
    }

    [Test]
    public async Task FreezePlanversie_RolledBackAfterQueueing_QueuesAndSendsNothing()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        var plan = await app.CreateVersiePlanAsync();
        await using var bea = await app.BestuurderAsync(plan.ProgrammaId, plan.Buurtwerk, "Bea Buurtwerk");
        await app.FailOnAsync("INSERT", "planversie_partner"); // fails after the mails were queued in the same transaction

        FaultInjection.AssertInjectedFault(() => app.SendAsync(new FreezePlanversie.Command(plan.ProgrammaId, "")));

        Assert.That(await app.CountAsync("uitgaande_mail"), Is.Zero);
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero);
        Assert.That(server.Ontvangen, Is.Empty);
        // The same command without the fault does mail: the test above would have seen a mail.
        await app.RemoveFaultAsync();
        await app.SendAsync(new FreezePlanversie.Command(plan.ProgrammaId, ""));
        Assert.That(await app.CountAsync("uitgaande_mail"), Is.EqualTo(1));
    }

    [Test]
    public async Task ServerDown_CommandSucceeds_MailWaitsWithTheError_AndGoesOnceTheServerIsUp()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var port = TestMailserver.VrijePoort();
        await using var app = TestApp.Create(klok, TestMailserver.Instellingen(port));

        var r = await app.SendAsync(new InviteGebruiker.Command("collega@voorbeeld.nl", false)); // saved although no server answers
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero);

        var overzicht = await app.SendAsync(new GetMailoverzicht.Query());
        Assert.That((overzicht.IsIngesteld, overzicht.Wachtend, overzicht.Verzonden, overzicht.Opgegeven), Is.EqualTo((true, 1L, 0L, 0L)));
        var mail = overzicht.Laatste.Single();
        Assert.That((mail.Aan, mail.Status, mail.Pogingen), Is.EqualTo(("collega@voorbeeld.nl", "wacht", 1)));
        Assert.That(mail.LaatsteFout,
            Is.EqualTo($"Geen verbinding met de mailserver 127.0.0.1:{port}: de server weigert de verbinding (draait hij, en klopt de poort?)."));
        Assert.That(mail.VolgendePogingOp, Is.EqualTo(Tijd.Stempel(klok.Nu.AddMinutes(1))));

        await using var server = await TestMailserver.StartAsync(port);
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero, "waits a minute before the next try");
        klok.Nu = klok.Nu.AddMinutes(1);
        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(1));

        Assert.That(server.Ontvangen.Single().TextBody, Does.Contain($"https://planner.test/uitnodiging?token={Uri.EscapeDataString(r.Token)}"));
        var daarna = (await app.SendAsync(new GetMailoverzicht.Query())).Laatste.Single();
        Assert.That((daarna.Status, daarna.Pogingen, daarna.LaatsteFout), Is.EqualTo(("verzonden", 2, (string?)null)));
    }

    [Test]
    public async Task ServerRefusesTheAddress_TheBeheerderReadsWhyInDutch_WithTheServersOwnAnswerQuoted()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        await app.SendAsync(new InviteGebruiker.Command(TestMailserver.Onbekend + "voorbeeld.nl", false));
        await app.SendAsync(new InviteGebruiker.Command("collega@voorbeeld.nl", false));

        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(1), "the refused mail does not hold up the next one");
        var geweigerd = (await app.SendAsync(new GetMailoverzicht.Query())).Laatste.Single(m => m.Aan.StartsWith(TestMailserver.Onbekend));
        Assert.That(geweigerd.LaatsteFout, Is.EqualTo(
            "Het bericht aan onbekend@voorbeeld.nl is niet verzonden: de server kent dit adres niet of neemt er geen post voor aan. " +
            "Antwoord van de server (550): “5.1.1 Mailbox unavailable”"));
    }

    [Test]
    public async Task ServerDownTooLong_MailGivenUp_RetryUitgaandeMailSendsItNow()
    {
        var klok = new TestKlok(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var port = TestMailserver.VrijePoort();
        await using var app = TestApp.Create(klok, TestMailserver.Instellingen(port, maxPogingen: 2));
        await app.SendAsync(new InviteGebruiker.Command("collega@voorbeeld.nl", false));

        await Sender(app).SendDueAsync();
        klok.Nu = klok.Nu.AddMinutes(1);
        await Sender(app).SendDueAsync();
        klok.Nu = klok.Nu.AddDays(1);
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero);
        var overzicht = await app.SendAsync(new GetMailoverzicht.Query());
        Assert.That((overzicht.Wachtend, overzicht.Opgegeven, overzicht.Laatste.Single().Status, overzicht.Laatste.Single().Pogingen),
            Is.EqualTo((0L, 1L, "opgegeven", 2)));

        await using var server = await TestMailserver.StartAsync(port);
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero, "a mail given up waits for the beheerder");
        await using var beheerder = await app.AccountAsync("Bob Beheer", beheerder: true);
        var r = await beheerder.SendAsync(new RetryUitgaandeMail.Command());

        Assert.That(r, Is.EqualTo(new RetryUitgaandeMail.Result(1, 1)));
        Assert.That(server.Ontvangen.Single().To.Mailboxes.Single().Address, Is.EqualTo("collega@voorbeeld.nl"));
    }

    [Test]
    public async Task NoConfiguration_NothingQueued_AndTheLinksStillReturned()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreateVersiePlanAsync();
        await using var bea = await app.BestuurderAsync(plan.ProgrammaId, plan.Buurtwerk, "Bea Buurtwerk");
        await using var facilitator = await app.FacilitatorAsync(plan.ProgrammaId);

        var uitnodiging = await app.SendAsync(new InviteLid.Command(plan.ProgrammaId, "nieuw@voorbeeld.nl", ProgrammaRol.Lezer));
        var herstel = await app.SendAsync(new CreateHerstelLink.Command(bea.Gebruiker.GebruikerId!.Value));
        var nummer = await facilitator.SendAsync(new FreezePlanversie.Command(plan.ProgrammaId, ""));
        await bea.SendAsync(new ApprovePlanversie.Command(plan.ProgrammaId, nummer, plan.Buurtwerk, ""));

        Assert.That(uitnodiging.Token, Is.Not.Null, "the link is still there to pass on");
        Assert.That(herstel.Token, Is.Not.Empty);
        Assert.That(await app.CountAsync("uitgaande_mail"), Is.Zero);
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero);
        Assert.That((await app.SendAsync(new GetMailoverzicht.Query())).IsIngesteld, Is.False);
    }

    [Test]
    public async Task GetMailoverzichtAndRetry_OnlyForTheBeheerder()
    {
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(TestMailserver.VrijePoort()));
        var p = await app.CreateProgrammaAsync();
        await using var facilitator = await app.LidAsync("Fenna Faciliteert", p, ProgrammaRol.Facilitator);

        Assert.ThrowsAsync<GeenToegangException>(() => facilitator.SendAsync(new GetMailoverzicht.Query()));
        Assert.ThrowsAsync<GeenToegangException>(() => facilitator.SendAsync(new RetryUitgaandeMail.Command()));
    }

    [Test]
    public async Task DeleteGebruiker_RemovesTheirMailsFromTheOutbox()
    {
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(TestMailserver.VrijePoort()));
        await using var ria = await app.AccountAsync("Ria Reset");
        await using var bob = await app.AccountAsync("Bob Blijft");
        await app.SendAsync(new CreateHerstelLink.Command(ria.Gebruiker.GebruikerId!.Value));
        await app.SendAsync(new CreateHerstelLink.Command(bob.Gebruiker.GebruikerId!.Value));

        await app.SendAsync(new DeleteGebruiker.Command(ria.Gebruiker.GebruikerId!.Value));

        Assert.That((await app.SendAsync(new GetMailoverzicht.Query())).Laatste.Select(m => m.Aan), Is.EqualTo(new[] { "bobblijft@test.nl" }));
    }

    [Test]
    public void Wachttijd_GrowsThenStaysAnHour()
    {
        Assert.That(Enumerable.Range(1, 6).Select(n => MailSettings.Wachttijd(n).TotalMinutes), Is.EqualTo(new double[] { 1, 5, 15, 60, 60, 60 }));
    }
}
