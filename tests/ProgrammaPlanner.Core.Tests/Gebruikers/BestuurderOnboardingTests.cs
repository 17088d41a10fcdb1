using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Tests.Gebruikers;

/// <summary>
/// A bestuurder invited for a partner approves for it without a second step; the Leden page sees who is linked to whom and
/// where the partner names someone else; a bestuurder who cannot approve is told why.
/// </summary>
public class BestuurderOnboardingTests
{
    private const string Wachtwoord = "een zin als wachtwoord";

    [Test]
    public async Task InviteForPartner_ExistingAccount_MemberAndLinkedAtOnce_ApprovesForThatPartner()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await using var facilitator = await app.FacilitatorAsync(p.ProgrammaId);
        await using var bas = await app.AccountAsync("Bas Bestaand");

        var r = await facilitator.SendAsync(new InviteLid.Command(p.ProgrammaId, Accounts.EmailVan("Bas Bestaand"), ProgrammaRol.Bestuurder, p.Zorgpunt));

        Assert.That(r.Token, Is.Null);
        var lid = (await facilitator.SendAsync(new ListLeden.Query(p.ProgrammaId))).Lijst.Single(l => l.Naam == "Bas Bestaand");
        Assert.That((lid.Rol, lid.PartnerId, lid.PartnerNaam), Is.EqualTo((ProgrammaRol.Bestuurder, (long?)p.Zorgpunt, "Zorgpunt")));
        await facilitator.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        var versie = await bas.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));
        Assert.That(versie.MagBesluitenVoor, Is.EqualTo(new[] { p.Zorgpunt }));
        Assert.That(versie.WaaromGeenBesluit, Is.Null);
        await bas.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Zorgpunt, ""));
    }

    [Test]
    public async Task InviteForPartner_NewAccount_AcceptingLinksToThePartner()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await using var facilitator = await app.FacilitatorAsync(p.ProgrammaId);

        var token = (await facilitator.SendAsync(new InviteLid.Command(p.ProgrammaId, "nina@buurtwerk.nl", ProgrammaRol.Bestuurder, p.Buurtwerk))).Token!;
        var open = (await facilitator.SendAsync(new ListLeden.Query(p.ProgrammaId))).Uitnodigingen.Single();
        Assert.That((open.Email, open.Rol, open.PartnerNaam), Is.EqualTo(("nina@buurtwerk.nl", ProgrammaRol.Bestuurder, "Buurtwerk")));
        Assert.That(await app.CountAsync("partner_lid"), Is.Zero, "nobody linked before the invitation is accepted");
        Assert.That((await app.SendAsync(new GetLink.Query(token))).PartnerNaam, Is.EqualTo("Buurtwerk"));

        var s = await app.SendAsync(new AcceptUitnodiging.Command(token, "Nina Nieuw", Wachtwoord, Wachtwoord, ""));
        await using var nina = app.Als(new TestGebruiker(s.GebruikerId, s.SessieId, s.Naam));

        var lid = (await facilitator.SendAsync(new ListLeden.Query(p.ProgrammaId))).Lijst.Single(l => l.Naam == "Nina Nieuw");
        Assert.That((lid.Rol, lid.PartnerId), Is.EqualTo((ProgrammaRol.Bestuurder, (long?)p.Buurtwerk)));
        await facilitator.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        Assert.That((await nina.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1))).MagBesluitenVoor, Is.EqualTo(new[] { p.Buurtwerk }));
        Assert.That(await nina.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Buurtwerk, "")), Is.EqualTo(PlanversieStatus.TerBesluitvorming));
    }

    [Test]
    public async Task InviteForPartner_OtherProgrammasPartnerOrNotABestuurder_RefusedAtTheField_NothingStored()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var vreemd = await app.AddPartnerAsync(ander, "Vreemde partner");
        await using var facilitator = await app.FacilitatorAsync(p.ProgrammaId);
        await using var bas = await app.AccountAsync("Bas Bestaand");
        var leden = await app.CountAsync("lidmaatschap");

        foreach (var email in new[] { Accounts.EmailVan("Bas Bestaand"), "nieuw@partner.nl" })
        {
            var fout = Assert.ThrowsAsync<ValidationException>(() =>
                facilitator.SendAsync(new InviteLid.Command(p.ProgrammaId, email, ProgrammaRol.Bestuurder, vreemd)));
            Assert.That(fout!.Errors["PartnerId"][0], Is.EqualTo("Deze partner hoort niet bij dit programma; kies een partner uit de lijst."));
            var geenBestuurder = Assert.ThrowsAsync<ValidationException>(() =>
                facilitator.SendAsync(new InviteLid.Command(p.ProgrammaId, email, ProgrammaRol.Redacteur, p.Buurtwerk)));
            Assert.That(geenBestuurder!.Errors["PartnerId"][0], Does.StartWith("Alleen een bestuurder besluit namens een partner."));
        }

        Assert.That(await app.CountAsync("lidmaatschap"), Is.EqualTo(leden));
        Assert.That(await app.CountAsync("partner_lid"), Is.Zero);
        Assert.That(await app.CountAsync("link"), Is.Zero);
    }

    [Test]
    public async Task InviteForPartner_PartnerDeletedBeforeAcceptance_StillAMember_Unlinked_ToldWhy()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await using var facilitator = await app.FacilitatorAsync(p.ProgrammaId);
        var weg = await app.AddPartnerAsync(p.ProgrammaId, "Stopt ermee");
        var token = (await facilitator.SendAsync(new InviteLid.Command(p.ProgrammaId, "stop@partner.nl", ProgrammaRol.Bestuurder, weg))).Token!;
        await facilitator.SendAsync(new RemovePartner.Command(p.ProgrammaId, weg, 1));
        Assert.That((await facilitator.SendAsync(new ListLeden.Query(p.ProgrammaId))).Uitnodigingen.Single().PartnerNaam, Is.Null);

        var s = await app.SendAsync(new AcceptUitnodiging.Command(token, "Sam Stop", Wachtwoord, Wachtwoord, ""));
        await using var sam = app.Als(new TestGebruiker(s.GebruikerId, s.SessieId, s.Naam));

        var lid = (await facilitator.SendAsync(new ListLeden.Query(p.ProgrammaId))).Lijst.Single(l => l.Naam == "Sam Stop");
        Assert.That((lid.Rol, lid.PartnerId), Is.EqualTo((ProgrammaRol.Bestuurder, (long?)null)));
        Assert.That(await app.CountAsync("partner_lid"), Is.Zero);
        await facilitator.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        var versie = await sam.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));
        Assert.That(versie.MagBesluitenVoor, Is.Empty);
        Assert.That(versie.WaaromGeenBesluit, Is.EqualTo(Bevoegdheid.NietGekoppeld));
    }

    [Test]
    public async Task Leden_NamedBestuurderComparedTrimmedCaseInsensitive_PartnersWithoutBestuurderListed()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync("Programma A");
        await using var facilitator = await app.LidAsync("Fenna Facilitator", a, ProgrammaRol.Facilitator);
        var buurtwerk = await facilitator.SendAsync(new AddPartner.Command(a, "Buurtwerk", "welzijn", PartnerRol.Partner, "", "", " Bert Buurt ", "", ""));
        var zorgpunt = await facilitator.SendAsync(new AddPartner.Command(a, "Zorgpunt", "zorg", PartnerRol.Partner, "", "", "Zara Zorg", "", ""));
        var leeg = await facilitator.SendAsync(new AddPartner.Command(a, "Leeg", "zorg", PartnerRol.Partner, "", "", "", "", ""));
        var begin = await facilitator.SendAsync(new ListLeden.Query(a));
        Assert.That(begin.ZonderBestuurder.Select(z => z.Naam), Is.EqualTo(new[] { "Buurtwerk", "Leeg", "Zorgpunt" }));

        await using var bert = await app.LidAsync("bert buurt", a, ProgrammaRol.Bestuurder, buurtwerk);
        await using var zeno = await app.LidAsync("Zeno Ander", a, ProgrammaRol.Bestuurder, zorgpunt);
        await using var lea = await app.LidAsync("Lea Leeg", a, ProgrammaRol.Bestuurder, leeg);
        await using var lezer = await app.LidAsync("Lies Lezer", a, ProgrammaRol.Lezer, zorgpunt);

        var leden = await facilitator.SendAsync(new ListLeden.Query(a));
        Assert.That(leden.Lijst.Where(l => l.NaamWijktAf).Select(l => (l.Naam, l.PartnerNaam, l.PartnerBestuurderNaam)),
            Is.EqualTo(new[] { ("Zeno Ander", "Zorgpunt", "Zara Zorg") }), "bert buurt is Bert Buurt; Leeg names nobody; a lezer approves nothing");
        Assert.That(leden.ZonderBestuurder, Is.Empty);

        await facilitator.SendAsync(new UpdateLidmaatschap.Command(a, zeno.Gebruiker.GebruikerId!.Value, ProgrammaRol.Lezer));
        var daarna = await facilitator.SendAsync(new ListLeden.Query(a));
        Assert.That(daarna.ZonderBestuurder.Select(z => (z.Naam, z.BestuurderNaam)), Is.EqualTo(new[] { ("Zorgpunt", "Zara Zorg") }),
            "a linked lezer is no bestuurder for the partner");
        Assert.That(daarna.Lijst.Count(l => l.NaamWijktAf), Is.Zero);
    }

    [Test]
    public async Task WaaromGeenBesluit_OnlyForABestuurderWithoutAnOpenDecision()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await using var facilitator = await app.FacilitatorAsync(p.ProgrammaId);
        await using var losse = await app.LidAsync("Los Bestuurder", p.ProgrammaId, ProgrammaRol.Bestuurder);
        await using var buurtwerk = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Buurtwerk");
        await facilitator.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        Assert.That((await facilitator.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1))).WaaromGeenBesluit, Is.Null);
        Assert.That((await losse.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1))).WaaromGeenBesluit, Is.EqualTo(Bevoegdheid.NietGekoppeld));
        Assert.That((await buurtwerk.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1))).WaaromGeenBesluit, Is.Null);

        await buurtwerk.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Buurtwerk, ""));
        Assert.That((await buurtwerk.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1))).WaaromGeenBesluit,
            Is.EqualTo("Namens Buurtwerk is over deze versie al besloten (goedgekeurd)."));
    }
}
