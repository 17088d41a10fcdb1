using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Core.Tests.Planversies;

public class BesluitTests
{
    [Test]
    public async Task EveryPartnerApproves_VersionIsVastgesteldAndInForce()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using var buurtwerk = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Buurtwerk");

        var na1 = await buurtwerk.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Buurtwerk, "Akkoord namens het bestuur"));
        Assert.That(na1, Is.EqualTo(PlanversieStatus.TerBesluitvorming), "not vastgesteld before every partner approved");
        Assert.That((await app.SendAsync(new ListPlanversies.Query(p.ProgrammaId))).InWerking, Is.Null);

        var vandaag = VersieFixture.Vandaag; // the freeze was today: the earliest date a paper approval can carry
        var na2 = await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Zorgpunt, "Z. Orgpunt, voorzitter", vandaag,
            "Getekend in de bestuursvergadering"));

        var versie = await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));
        Assert.That(na2, Is.EqualTo(PlanversieStatus.Vastgesteld));
        Assert.That(versie.Versie.Status, Is.EqualTo(PlanversieStatus.Vastgesteld));
        Assert.That(versie.Versie.BeslotenOp, Is.EqualTo(VersieFixture.Vandaag));
        Assert.That(versie.Versie.InWerking, Is.True);
        Assert.That(versie.Versie.Partners.Select(x => (x.Naam, x.Besluit, x.Wijze, x.Door, x.Opmerking)), Is.EqualTo(new[]
        {
            ("Buurtwerk", Besluit.Goedgekeurd, BesluitWijze.InDeApp, "B. Buurtwerk", "Akkoord namens het bestuur"),
            ("Zorgpunt", Besluit.Goedgekeurd, BesluitWijze.OpPapier, "Z. Orgpunt, voorzitter", "Getekend in de bestuursvergadering"),
        }));
        Assert.That((await app.SendAsync(new ListPlanversies.Query(p.ProgrammaId))).InWerking, Is.EqualTo(1));
    }

    [Test]
    public async Task TheLastApproval_MovesTheProgrammeFromOntwikkelfaseToImplementatiefase()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        Assert.That((await app.SendAsync(new GetProgramma.Query(p.ProgrammaId))).Fase, Is.EqualTo(Fase.Ontwikkelfase));
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "B. Buurtwerk", VersieFixture.Vandaag, ""));
        Assert.That((await app.SendAsync(new GetProgramma.Query(p.ProgrammaId))).Fase, Is.EqualTo(Fase.Ontwikkelfase), "not before every board approved");
        await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Zorgpunt, "Z. Orgpunt", VersieFixture.Vandaag, ""));

        Assert.That((await app.SendAsync(new GetProgramma.Query(p.ProgrammaId))).Fase, Is.EqualTo(Fase.Implementatiefase));
    }

    [Test]
    public async Task Reject_SendsTheVersionBackWithTheRemark_NewFreezeMakesANewVersion()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using var zorgpunt = await app.BestuurderAsync(p.ProgrammaId, p.Zorgpunt, "Z. Orgpunt");

        var status = await zorgpunt.SendAsync(new RejectPlanversie.Command(p.ProgrammaId, 1, p.Zorgpunt, "Begroting 2027 is te krap"));

        var versie = await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));
        Assert.That(status, Is.EqualTo(PlanversieStatus.Afgewezen));
        Assert.That(versie.Versie.Status, Is.EqualTo(PlanversieStatus.Afgewezen));
        Assert.That(versie.Versie.Partners.Single(x => x.PartnerId == p.Zorgpunt).Opmerking, Is.EqualTo("Begroting 2027 is te krap"));
        var e = Assert.ThrowsAsync<RefusedException>(() =>
            app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "J. de Vries", VersieFixture.Vandaag, "")));
        Assert.That(e!.Message, Does.Contain("staat niet meer ter besluitvorming").And.Contain("afgewezen"));

        await app.SetStreefwaardeAsync(p.ProgrammaId, p.Doelstelling, 2027, 10m);
        Assert.That(await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "Na afwijzing Zorgpunt")), Is.EqualTo(2));
        Assert.That((await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1))).Versie.Status, Is.EqualTo(PlanversieStatus.Afgewezen));
    }

    [Test]
    public async Task Approve_VersionNoLongerTerBesluitvorming_RefusedAndNothingRecorded()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using var buurtwerk = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Buurtwerk");
        await app.SetStreefwaardeAsync(p.ProgrammaId, p.Doelstelling, 2027, 11m);
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        var e = Assert.ThrowsAsync<RefusedException>(() => buurtwerk.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Buurtwerk, "")));

        Assert.That(e!.Message, Does.Contain("Versie 1 staat niet meer ter besluitvorming").And.Contain("vervangen door versie 2"));
        Assert.That(await app.BesluitenAsync(), Is.EqualTo(0));
        Assert.That(await buurtwerk.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 2, p.Buurtwerk, "")),
            Is.EqualTo(PlanversieStatus.TerBesluitvorming));
    }

    [Test]
    public async Task Approve_ForAnotherPartner_OrWithoutBestuurderRole_Refused()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using var buurtwerk = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Buurtwerk");
        await using var lezerVanZorgpunt = await app.LidAsync("L. Ezer", p.ProgrammaId, ProgrammaRol.Lezer, p.Zorgpunt);
        await using var facilitator = await app.FacilitatorAsync(p.ProgrammaId);

        // A bestuurder, but of another partner: the handler refuses.
        foreach (var cmd in new object[] { new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Zorgpunt, ""),
            new RejectPlanversie.Command(p.ProgrammaId, 1, p.Zorgpunt, "") })
        {
            var e = Assert.ThrowsAsync<RefusedException>(() => cmd is ApprovePlanversie.Command a ? buurtwerk.SendAsync(a)
                : buurtwerk.SendAsync((RejectPlanversie.Command)cmd));
            Assert.That(e!.Message, Does.Contain("Alleen de bestuurder van Zorgpunt"));
        }
        // No bestuurder at all (even when linked to the partner, even a facilitator): the role does not allow it.
        foreach (var wie in new[] { lezerVanZorgpunt, facilitator })
        {
            var e = Assert.ThrowsAsync<GeenToegangException>(() => wie.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Zorgpunt, "")));
            Assert.That(e!.Message, Does.Contain("dit kan alleen een bestuurder van dit programma"));
        }
        // The installation itself (command line) is bestuurder of no partner.
        Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Buurtwerk, "")));
        Assert.That(await app.BesluitenAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task PaperApproval_ByNonFacilitator_Refused()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using var buurtwerk = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Buurtwerk");

        var e = Assert.ThrowsAsync<GeenToegangException>(() =>
            buurtwerk.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "B. Buurtwerk", VersieFixture.Vandaag, "")));
        Assert.That(e!.Message, Does.Contain("dit kan alleen een facilitator"));
        Assert.That(await app.BesluitenAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task PaperApproval_BadInput_FieldMessagesAndNothingRecorded()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        var vandaag = VersieFixture.Vandaag;

        var leeg = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, " ", vandaag, "")));
        var toekomst = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "J. de Vries", vandaag.AddDays(1), "")));
        var ervoor = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "J. de Vries", vandaag.AddDays(-1), "")));
        var vreemd = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, 424242, "J. de Vries", vandaag, "")));

        Assert.That(leeg!.Errors["Door"].Single(), Does.Contain("wie namens de partner heeft getekend"));
        Assert.That(toekomst!.Errors["Datum"].Single(), Does.Contain("in de toekomst"));
        Assert.That(ervoor!.Errors["Datum"].Single(), Does.Contain("vóór het vastleggen van versie 1"));
        Assert.That(vreemd!.Errors["PartnerId"].Single(), Does.Contain("hoort niet bij versie 1"));
        Assert.That(await app.BesluitenAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task Decide_Twice_Refused_AndUnknownVersionOrOtherProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using var buurtwerk = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Buurtwerk");
        await buurtwerk.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 1, p.Buurtwerk, ""));
        var ander = await app.CreateProgrammaAsync("Ander programma");

        var e = Assert.ThrowsAsync<RefusedException>(() =>
            app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "J. de Vries", VersieFixture.Vandaag, "")));
        Assert.That(e!.Message, Does.Contain("al besloten (goedgekeurd"));
        Assert.ThrowsAsync<NotFoundException>(() => buurtwerk.SendAsync(new ApprovePlanversie.Command(p.ProgrammaId, 7, p.Buurtwerk, "")));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new RecordPapierenGoedkeuring.Command(ander, 1, p.Zorgpunt, "J. de Vries", VersieFixture.Vandaag, "")));
        Assert.That(await app.BesluitenAsync(), Is.EqualTo(1));
    }
}
