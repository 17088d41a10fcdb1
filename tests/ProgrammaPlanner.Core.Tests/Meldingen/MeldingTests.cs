using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Opmerkingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Rapportages;
using ProgrammaPlanner.Core.Speerpunten;
using ProgrammaPlanner.Core.Tests.Rapportages;

namespace ProgrammaPlanner.Core.Tests.Meldingen;

/// <summary>The notifications beyond invitations and plan decisions: a rapportage's outcome, a reply in a comment thread.</summary>
public class MeldingTests
{
    private static MailSender Sender(TestApp app) => app.Services.GetRequiredService<MailSender>();

    [Test]
    public async Task Rapportage_ReturnedThenAccepted_MailsThePartnersMembersOnly()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        await using var p = await app.CreateRapportagePlanAsync();
        var ronde = await p.OpenRonde2026Async();
        var id = ronde.RapportageVan(p.CivicId);
        var v = (await p.Civic.SendAsync(new GetRapportage.Query(p.ProgrammaId, id))).Version;
        v = await p.Civic.SendAsync(p.CivicRapport(id, v));
        v = await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, v));

        v = await p.Facilitator.SendAsync(new ReturnRapportage.Command(p.ProgrammaId, id, v, "Het totaal klopt niet"));
        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(1));
        var terug = server.Ontvangen.Single();
        Assert.That(terug.To.Mailboxes.Single().Address, Is.EqualTo("ccivic@test.nl"));
        Assert.That(terug.Subject, Is.EqualTo("Rapportage 2026 van Civic Amsterdam teruggestuurd"));
        Assert.That(terug.TextBody, Does.Contain("Reden: Het totaal klopt niet"));
        Assert.That(terug.TextBody, Does.Contain($"https://planner.test/programmas/{p.ProgrammaId}/rapportages/{id}"));

        v = await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, v));
        await p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, id, v));
        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(1), "submitting mails nobody; accepting mails Civic");
        Assert.That(server.Ontvangen[1].Subject, Is.EqualTo("Rapportage 2026 van Civic Amsterdam geaccepteerd"));
        Assert.That(server.Ontvangen[1].To.Mailboxes.Single().Address, Is.EqualTo("ccivic@test.nl"));
    }

    [Test]
    public async Task AddOpmerking_AReply_MailsTheEarlierWritersButNotTheOneReplying()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        await using var app = TestApp.Create(mail: TestMailserver.Instellingen(server.Port));
        var p = await app.CreateVersiePlanAsync();
        var sp = (await app.SendAsync(new ListSpeerpunten.Query(p.ProgrammaId))).Single().Id.ToString();
        await using var lezer = await app.LidAsync("L. Ezer", p.ProgrammaId, ProgrammaRol.Lezer);
        await using var redacteur = await app.LidAsync("R. Edacteur", p.ProgrammaId, ProgrammaRol.Redacteur);
        await using var ander = await app.LidAsync("A. Nder", p.ProgrammaId, ProgrammaRol.Lezer);

        var begin = await lezer.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Is eenzaamheid niet te breed?"));
        Assert.That(await app.CountAsync("uitgaande_mail"), Is.Zero, "a new thread mails nobody");

        var reactie = await redacteur.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Ik maak het smaller.",
            begin.OpmerkingId));
        await Sender(app).SendDueAsync();
        var eerste = server.Ontvangen.Single();
        Assert.That(eerste.To.Mailboxes.Single().Address, Is.EqualTo("lezer@test.nl"));
        Assert.That(eerste.TextBody, Does.Contain("R. Edacteur reageerde").And.Contain("Ik maak het smaller."));

        await lezer.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Dank!", reactie.OpmerkingId));
        await Sender(app).SendDueAsync();
        Assert.That(server.Ontvangen.Skip(1).Select(m => m.To.Mailboxes.Single().Address), Is.EqualTo(new[] { "redacteur@test.nl" }));
    }

    [Test]
    public async Task AddOpmerking_DailyOverview_GathersTheRepliesInOneMailAtSevenDutchTime_AndGeenMailsNothing()
    {
        await using var server = await TestMailserver.StartAsync(TestMailserver.VrijePoort());
        var klok = new TestKlok(new DateTimeOffset(2026, 12, 7, 20, 0, 0, TimeSpan.Zero)); // 21:00 in Amsterdam
        await using var app = TestApp.Create(klok, TestMailserver.Instellingen(server.Port));
        var p = await app.CreateVersiePlanAsync();
        var sp = (await app.SendAsync(new ListSpeerpunten.Query(p.ProgrammaId))).Single().Id.ToString();
        await using var lezer = await app.LidAsync("L. Ezer", p.ProgrammaId, ProgrammaRol.Lezer);
        await using var stil = await app.LidAsync("S. Til", p.ProgrammaId, ProgrammaRol.Lezer);
        await using var redacteur = await app.LidAsync("R. Edacteur", p.ProgrammaId, ProgrammaRol.Redacteur);
        await lezer.SendAsync(new SetOpmerkingmail.Command(Opmerkingmail.Dagelijks));
        await stil.SendAsync(new SetOpmerkingmail.Command(Opmerkingmail.Geen));
        Assert.That((await lezer.SendAsync(new GetMijnAccount.Query())).Opmerkingmail, Is.EqualTo(Opmerkingmail.Dagelijks));

        var draad = (await lezer.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Te breed?"))).OpmerkingId;
        await stil.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Mee eens.", draad));
        await redacteur.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Ik maak het smaller.", draad));
        klok.Nu = klok.Nu.AddHours(3);
        await redacteur.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Zo beter?", draad));

        Assert.That(await Sender(app).SendDueAsync(), Is.Zero, "the overview waits for the morning; S. Til chose no mail");
        klok.Nu = new DateTimeOffset(2026, 12, 8, 5, 59, 0, TimeSpan.Zero);
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero, "06:59 in Amsterdam");
        klok.Nu = new DateTimeOffset(2026, 12, 8, 6, 0, 0, TimeSpan.Zero);
        Assert.That(await Sender(app).SendDueAsync(), Is.EqualTo(1));
        var overzicht = server.Ontvangen.Single();
        Assert.That(overzicht.To.Mailboxes.Single().Address, Is.EqualTo("lezer@test.nl"));
        Assert.That(overzicht.Subject, Is.EqualTo("Overzicht van nieuwe reacties op uw opmerkingen"));
        Assert.That(overzicht.TextBody, Does.Contain("S. Til over").And.Contain("Mee eens.").And.Contain("Ik maak het smaller.").And.Contain("Zo beter?"));
        Assert.That(overzicht.TextBody, Does.EndWith("u kunt er niet op antwoorden."));

        await redacteur.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Nog één ding.", draad));
        Assert.That(await Sender(app).SendDueAsync(), Is.Zero, "after an overview went out, the next item starts tomorrow's");
    }

    [Test]
    public async Task SetOpmerkingmail_AnUnknownChoice_IsRefusedInDutch()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await using var lezer = await app.LidAsync("L. Ezer", p.ProgrammaId, ProgrammaRol.Lezer);
        var e = Assert.ThrowsAsync<ValidationException>(() => lezer.SendAsync(new SetOpmerkingmail.Command("wekelijks")));
        Assert.That(e!.Errors["Keuze"].Single(), Does.StartWith("Kies hoe u over reacties"));
    }
}
