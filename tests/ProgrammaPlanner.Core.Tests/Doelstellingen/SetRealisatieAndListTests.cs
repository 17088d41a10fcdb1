using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using static ProgrammaPlanner.TestSupport.PlanningFixture;

namespace ProgrammaPlanner.Core.Tests.Doelstellingen;

public class SetRealisatieAndListTests
{
    [Test]
    public async Task SetRealisatie_TotalAndWijk_StoredExactlyAndVersionBumped()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var oost = await app.AddWijkAsync(plan.ProgrammaId, "Oostzanerwerf");

        var v2 = await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 1, 2026, null, 17.90m));
        var v3 = await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, v2, 2026, oost, 19.05m));
        var v4 = await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, v3, 2026, plan.Wijk, 16.5m));
        var v5 = await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, v4, 2026, null, 17.80m)); // overwrite

        var d = await app.SendAsync(new GetDoelstelling.Query(plan.ProgrammaId, plan.Doelstelling));
        Assert.That(v5, Is.EqualTo(5));
        Assert.That(d.Version, Is.EqualTo(5));
        Assert.That(d.Realisaties.Select(r => (r.Jaar, r.WijkId, r.WijkNaam, r.Waarde)), Is.EqualTo(new (int, long?, string?, decimal)[]
        {
            (2026, null, null, 17.80m), (2026, plan.Wijk, "Banne Buiksloot", 16.5m), (2026, oost, "Oostzanerwerf", 19.05m),
        }));
        Assert.That(await app.CountAsync("realisatie"), Is.EqualTo(3));
    }

    [Test]
    public async Task SetRealisatie_NullWaarde_ClearsOnlyThatCell()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 1, 2027, null, 1m));
        await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 2, 2027, plan.Wijk, 2m));

        await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 3, 2027, null, null));

        var d = await app.SendAsync(new GetDoelstelling.Query(plan.ProgrammaId, plan.Doelstelling));
        Assert.That(d.Realisaties.Select(r => (r.WijkId, r.Waarde)), Is.EqualTo(new (long?, decimal)[] { (plan.Wijk, 2m) }));
    }

    [Test]
    public async Task SetRealisatie_YearOutsidePeriodAndWijkOfAnotherProgramma_RefusedAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var vreemd = await app.AddWijkAsync(ander, "Elders");
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 1, 2029, vreemd, 3m)));

        Assert.That(e!.Errors["Jaar"][0], Does.StartWith("2029 valt buiten de programmaperiode 2026–2028"));
        Assert.That(e.Errors["WijkId"][0], Does.Contain("wijk van dit programma"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetRealisatie_StaleVersionOrAnotherProgramma_ConflictOrNotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 1, 2026, null, 1m));
        var before = await app.StateAsync();

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 1, 2026, null, 9m)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetRealisatie.Command(ander.ProgrammaId, plan.Doelstelling, 2, 2026, null, 9m)));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task List_OrderedBySpeerpuntVolgordeThenNaam_WithTotalsOnlyAndFilter()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        await app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Eenzaamheid, "Aanvullend netwerk"));
        await app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Armoede, "Zelf rondkomen"));
        await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 1, 2026, null, 17.10m));
        await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 2, 2026, plan.Wijk, 99m));

        var alle = await app.SendAsync(new ListDoelstellingen.Query(plan.ProgrammaId));
        var eenzaam = await app.SendAsync(new ListDoelstellingen.Query(plan.ProgrammaId, plan.Eenzaamheid));

        Assert.That(alle.Select(d => (d.SpeerpuntNaam, d.Naam)), Is.EqualTo(new[]
        {
            ("Armoede", "Minder huishoudens in armoede"), ("Armoede", "Zelf rondkomen"), ("Eenzaamheid", "Aanvullend netwerk"),
        }));
        var eerste = alle[0];
        Assert.That(eerste.Version, Is.EqualTo(3));
        Assert.That(eerste.IndicatorEenheid, Is.EqualTo("%"));
        Assert.That(eerste.NulmetingWaarde, Is.EqualTo(18.4m));
        Assert.That(eerste.Streefwaarden, Is.EqualTo(new[] { new Streefwaarde(2026, 17.5m), new Streefwaarde(2028, 16.10m) }));
        Assert.That(eerste.Realisaties, Is.EqualTo(new[] { new ListDoelstellingen.JaarWaarde(2026, 17.10m) }));
        Assert.That(eenzaam.Select(d => d.Naam), Is.EqualTo(new[] { "Aanvullend netwerk" }));
        Assert.That(alle.Select(d => d.Id), Does.Not.Contain(ander.Doelstelling));
    }

    [Test]
    public async Task Get_ListsContributingProjects()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var project = await app.SendAsync(new CreateProject.Command(plan.ProgrammaId, "Buurtkamer", "", false, plan.Dock, [], [plan.Doelstelling],
            new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31), "idee"));

        var d = await app.SendAsync(new GetDoelstelling.Query(plan.ProgrammaId, plan.Doelstelling));

        Assert.That(d.Projecten, Is.EqualTo(new[] { new GetDoelstelling.ProjectVerwijzing { Id = project, Naam = "Buurtkamer" } }));
    }
}
