using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Core.Samenwerking;
using ProgrammaPlanner.Core.Tests.Programmas;

namespace ProgrammaPlanner.Core.Tests.Planversies;

public class FreezeTests
{
    [Test]
    public async Task Freeze_ThenEdit_SnapshotStaysThePlanAsFrozen()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var json = Snapshot.Serialize(await app.SendAsync(new GetProgrammaplan.Query(p.ProgrammaId)));

        var nummer = await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "Eerste versie voor de besturen"));
        await app.SetStreefwaardeAsync(p.ProgrammaId, p.Doelstelling, 2027, 9m);
        await app.SendAsync(new AddBasisvoorwaarde.Command(p.ProgrammaId, "Zaken eenduidig vastleggen"));

        var versie = await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, nummer));
        Assert.That(nummer, Is.EqualTo(1));
        Assert.That(versie.Versie.Status, Is.EqualTo(PlanversieStatus.TerBesluitvorming));
        Assert.That(Snapshot.Serialize(versie.Plan), Is.EqualTo(json));
        Assert.That(versie.Intact, Is.True);
        Assert.That(versie.Versie.Hash, Is.EqualTo(Snapshot.Hash(json)));
        Assert.That(versie.Versie.Partners.Select(x => x.Naam), Is.EqualTo(new[] { "Buurtwerk", "Zorgpunt" }));
        Assert.That(versie.Versie.Toelichting, Is.EqualTo("Eerste versie voor de besturen"));
    }

    [Test]
    public async Task FrozenVersion_UpdateOfSnapshotOrDecision_RefusedByTheDatabase()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "J. de Vries", VersieFixture.Vandaag, ""));
        await using var c = await app.Db.OpenAsync();

        var e = Assert.CatchAsync<DbException>(() => c.ExecuteAsync("UPDATE planversie SET snapshot = '{}', hash = 'x'"));
        Assert.That(e!.Message, Does.Contain("verandert nooit"));
        Assert.CatchAsync<DbException>(() => c.ExecuteAsync("UPDATE planversie SET toelichting = 'anders'"));
        Assert.CatchAsync<DbException>(() => c.ExecuteAsync("UPDATE planversie_besluit SET besluit = 'afgewezen'"));
        Assert.That((await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1))).Intact, Is.True);
    }

    [Test]
    public async Task FreezeAgain_WhileOneIsTerBesluitvorming_ReplacesIt()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SetStreefwaardeAsync(p.ProgrammaId, p.Doelstelling, 2027, 11m);

        var twee = await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "Correctie streefwaarde"));

        var tijdlijn = await app.SendAsync(new ListPlanversies.Query(p.ProgrammaId));
        Assert.That(twee, Is.EqualTo(2));
        Assert.That(tijdlijn.Versies.Select(v => (v.Nummer, v.Status, v.VervangenDoor)),
            Is.EqualTo(new[] { (2, PlanversieStatus.TerBesluitvorming, (int?)null), (1, PlanversieStatus.Vervangen, 2) }));
        Assert.That(tijdlijn.TerBesluitvorming, Is.EqualTo(2));
        Assert.That(tijdlijn.InWerking, Is.Null);
    }

    [Test]
    public async Task Freeze_NothingChangedSinceTheVersionTerBesluitvorming_Refused()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "")));
        Assert.That(e!.Message, Does.Contain("niets gewijzigd sinds versie 1"));
        Assert.That(await app.CountAsync("planversie"), Is.EqualTo(1));
    }

    [Test]
    public async Task Freeze_NothingChangedSinceAVersionStoredBeforeTheFormatNumber_Refused()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using (var c = await app.Db.OpenAsync())
        {
            // Version 1 as it was stored before the format number: same names, no "Formaat", so another text and hash.
            var snapshot = JsonNode.Parse(await c.QuerySingleAsync<string>("SELECT snapshot FROM planversie"))!.AsObject();
            snapshot.Remove("Formaat");
            var json = snapshot.ToJsonString();
            await c.ExecuteAsync("DELETE FROM planversie_partner; DELETE FROM planversie;");
            await c.ExecuteAsync(
                """
                INSERT INTO planversie (programma_id, nummer, status, snapshot, hash, toelichting, vastgelegd_op, vastgelegd_door)
                VALUES (@id, 1, @status, @json, @hash, '', '2025-01-01T00:00:00.000Z', 'systeem')
                """, new { id = p.ProgrammaId, status = PlanversieStatus.TerBesluitvorming, json, hash = Snapshot.Hash(json) });
        }

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "")));
        Assert.That(e!.Message, Does.Contain("niets gewijzigd sinds versie 1"));
    }

    [Test]
    public async Task Freeze_WithoutPartners_Refused()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new FreezePlanversie.Command(id, "")));
        Assert.That(e!.Message, Does.Contain("nog geen partners"));
        Assert.That(await app.CountAsync("planversie"), Is.EqualTo(0));
    }

    [Test]
    public async Task Freeze_ByABestuurderOrRedacteur_Refused()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await using var bestuurder = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Estuurder");
        await using var redacteur = await app.LidAsync("R. Edacteur", p.ProgrammaId, ProgrammaRol.Redacteur);

        foreach (var wie in new[] { bestuurder, redacteur })
        {
            var e = Assert.ThrowsAsync<GeenToegangException>(() => wie.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "")));
            Assert.That(e!.Message, Does.Contain("dit kan alleen een facilitator"));
        }
        Assert.That(await app.CountAsync("planversie"), Is.EqualTo(0));
        await using var facilitator = await app.FacilitatorAsync(p.ProgrammaId);
        Assert.That(await facilitator.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "")), Is.EqualTo(1));
    }

    [Test]
    public async Task Freeze_OtherProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        var ander = await app.CreateProgrammaAsync("Ander programma");

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new FreezePlanversie.Command(42, "")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetPlanversie.Query(ander, 1)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ListPlanversies.Query(42)));
        Assert.That((await app.SendAsync(new ListPlanversies.Query(ander))).Versies, Is.Empty);
    }

    [Test]
    public async Task FreezeAgain_FaultAtTheLastWrite_NothingWrittenAndTheVersionTerBesluitvormingStays()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SetStreefwaardeAsync(p.ProgrammaId, p.Doelstelling, 2027, 11m);
        var counts = await app.CountAllAsync();
        var dump = await app.DumpAsync();
        // The second version's partners are its last write, after version 1 was marked vervangen and version 2 inserted.
        await app.FailOnAsync("INSERT", "planversie_partner");

        FaultInjection.AssertInjectedFault(() => app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "Correctie streefwaarde")));

        await app.RemoveFaultAsync();
        var after = await app.CountAllAsync();
        string[] touched = ["planversie", "planversie_partner", "audit"];
        Assert.That(touched.Select(t => (t, after[t])).ToArray(), Is.EqualTo(touched.Select(t => (t, counts[t])).ToArray()));
        Assert.That(after, Is.EqualTo(counts));
        Assert.That(await app.DumpAsync(), Is.EqualTo(dump));
        var tijdlijn = await app.SendAsync(new ListPlanversies.Query(p.ProgrammaId));
        Assert.That(tijdlijn.Versies.Select(v => (v.Nummer, v.Status)), Is.EqualTo(new[] { (1, PlanversieStatus.TerBesluitvorming) }));
    }
}
