using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using static ProgrammaPlanner.Core.Projecten.SetInzet;

namespace ProgrammaPlanner.Core.Tests.Projecten;

public class InzetTests
{
    [Test]
    [SetCulture("nl-NL")] // stored and read culture-invariant, whatever the user's culture
    public async Task SetInzet_Grid_StoredExactlyZeroRowsDroppedTotalsExact()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));

        var version = await app.SendAsync(new Command(plan.ProgrammaId, id, 1,
        [
            new InzetRegel(plan.Civic, 2026, "subsidie", 12500.10m, 0m),
            new InzetRegel(plan.Dock, 2026, "in natura", 0.20m, 16.25m),
            new InzetRegel(plan.Dock, 2027, "eigen middelen", 0m, 0m),
        ]));

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(version, Is.EqualTo(2));
        Assert.That(p.Version, Is.EqualTo(2));
        Assert.That(p.Inzet.Select(i => (i.PartnerNaam, i.Jaar, i.Soort, i.Euro, i.Uren)), Is.EqualTo(new[]
        {
            ("Civic Amsterdam", 2026, "subsidie", 12500.10m, 0m), ("Stichting DOCK", 2026, "in natura", 0.20m, 16.25m),
        }));
        Assert.That(p.TotaalEuro, Is.EqualTo(12500.30m));
        Assert.That(p.TotaalUren, Is.EqualTo(16.25m));
        Assert.That(await app.CountAsync("inzet"), Is.EqualTo(2));
    }

    [Test]
    public async Task SetInzet_AgainWithOtherRows_ReplacesTheWholeGrid()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new InzetRegel(plan.Civic, 2026, "subsidie", 100m, 0m)]));

        await app.SendAsync(new Command(plan.ProgrammaId, id, 2, [new InzetRegel(plan.Dock, 2028, "eigen middelen", 0m, 40m)]));
        var empty = await app.SendAsync(new Command(plan.ProgrammaId, id, 3, []));
        Assert.That(empty, Is.EqualTo(4));
        Assert.That(await app.CountAsync("inzet"), Is.Zero);
    }

    [Test]
    public async Task SetInzet_FieldRules_RefusedPerRowAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new Command(plan.ProgrammaId, id, 1,
        [
            new InzetRegel(plan.Civic, 2026, "subsidie", 10m, 0m),
            new InzetRegel(plan.Civic, 2026, "lening", 10m, 0m),
            new InzetRegel(plan.Civic, 2026, "subsidie", 5m, 0m),
            new InzetRegel(plan.Dock, 2026, "subsidie", -1m, 1.005m),
        ])));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Regels[1].Soort", "Regels[2]", "Regels[3].Euro", "Regels[3].Uren" }));
        Assert.That(e.Errors["Regels[1].Soort"][0], Does.Contain("eigen middelen"));
        Assert.That(e.Errors["Regels[2]"][0], Does.Contain("staan al op regel 1"));
        Assert.That(e.Errors["Regels[3].Euro"][0], Does.Contain("niet negatief"));
        Assert.That(e.Errors["Regels[3].Uren"][0], Does.Contain("hooguit 2 decimalen"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetInzet_ThreeDecimalEuro_Refused()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new InzetRegel(plan.Civic, 2026, "subsidie", 0.001m, 0m)])));

        Assert.That(e!.Errors["Regels[0].Euro"][0], Does.Contain("hele centen"));
        Assert.That(await app.CountAsync("inzet"), Is.Zero);
    }

    [Test]
    public async Task SetInzet_PartnerNotInProjectAndYearOutsidePeriod_RefusedNamingThemAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new InzetRegel(plan.Civic, 2026, "subsidie", 100m, 0m)]));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new Command(plan.ProgrammaId, id, 2,
        [
            new InzetRegel(plan.Civic, 2026, "subsidie", 100m, 0m),
            new InzetRegel(plan.Prisma, 2026, "subsidie", 100m, 0m),
            new InzetRegel(ander.Civic, 2026, "subsidie", 100m, 0m),
            new InzetRegel(plan.Dock, 2031, "subsidie", 100m, 0m),
            new InzetRegel(plan.Prisma, 2031, "subsidie", 0m, 0m), // empty: dropped, not checked
        ])));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Regels[1].PartnerId", "Regels[2].PartnerId", "Regels[3].Jaar" }));
        Assert.That(e.Errors["Regels[1].PartnerId"][0], Does.StartWith("'Stichting Prisma' neemt niet deel aan dit project"));
        Assert.That(e.Errors["Regels[2].PartnerId"][0], Does.Contain("hoort niet bij dit programma"));
        Assert.That(e.Errors["Regels[3].Jaar"][0], Does.StartWith("2031 valt buiten de programmaperiode 2026–2028"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetInzet_StaleVersionOrAnotherProgramma_ConflictOrNotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new InzetRegel(plan.Civic, 2026, "subsidie", 100m, 0m)]));
        var before = await app.StateAsync();

        Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new InzetRegel(plan.Civic, 2026, "subsidie", 1m, 0m)])));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new Command(ander.ProgrammaId, id, 2, [new InzetRegel(ander.Civic, 2026, "subsidie", 1m, 0m)])));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }
}
