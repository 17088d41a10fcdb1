using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Opmerkingen;
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
}
