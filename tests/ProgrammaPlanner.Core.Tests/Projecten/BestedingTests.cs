using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using static ProgrammaPlanner.Core.Projecten.SetBesteding;

namespace ProgrammaPlanner.Core.Tests.Projecten;

public class BestedingTests
{
    [Test]
    [SetCulture("nl-NL")] // stored and read culture-invariant, whatever the user's culture
    public async Task SetBesteding_Grid_StoredExactlyZeroRowsDroppedTotalsExact()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));

        var version = await app.SendAsync(new Command(plan.ProgrammaId, id, 1,
        [
            new BestedingRegel(plan.Civic, 2026, 12500.10m, 0m),
            new BestedingRegel(plan.Dock, 2026, 0.20m, 16.25m),
            new BestedingRegel(plan.Dock, 2027, 0m, 0m),
        ]));

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(version, Is.EqualTo(2));
        Assert.That(p.Version, Is.EqualTo(2));
        Assert.That(p.Besteding.Select(b => (b.PartnerNaam, b.Jaar, b.Euro, b.Uren)), Is.EqualTo(new[]
        {
            ("Civic Amsterdam", 2026, 12500.10m, 0m), ("Stichting DOCK", 2026, 0.20m, 16.25m),
        }));
        Assert.That(p.BesteedEuro, Is.EqualTo(12500.30m));
        Assert.That(p.BesteedUren, Is.EqualTo(16.25m));
        Assert.That(p.Inzet, Is.Empty, "besteding is not inzet");
        Assert.That(await app.CountAsync("besteding"), Is.EqualTo(2));
    }

    [Test]
    public async Task SetBesteding_AgainWithOtherRows_ReplacesTheWholeGrid()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new BestedingRegel(plan.Civic, 2026, 100m, 0m)]));

        await app.SendAsync(new Command(plan.ProgrammaId, id, 2, [new BestedingRegel(plan.Dock, 2028, 0m, 40m)]));
        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(p.Besteding.Select(b => (b.PartnerId, b.Jaar, b.Euro, b.Uren)), Is.EqualTo(new[] { (plan.Dock, 2028, 0m, 40m) }));

        var empty = await app.SendAsync(new Command(plan.ProgrammaId, id, 3, []));
        Assert.That(empty, Is.EqualTo(4));
        Assert.That(await app.CountAsync("besteding"), Is.Zero);
    }

    [Test]
    public async Task SetBesteding_BadFigures_DutchMessagePerCellAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new BestedingRegel(plan.Civic, 2026, 100m, 0m)]));
        var before = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new Command(plan.ProgrammaId, id, 2,
        [
            new BestedingRegel(plan.Civic, 2026, 10m, 0m),
            new BestedingRegel(plan.Civic, 2026, 5m, 0m),
            new BestedingRegel(plan.Dock, 2026, -1m, 1.005m),
            new BestedingRegel(plan.Dock, 2027, 0.001m, -2m),
        ])));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Regels[1]", "Regels[2].Euro", "Regels[2].Uren", "Regels[3].Euro", "Regels[3].Uren" }));
        Assert.That(e.Errors["Regels[1]"][0], Does.Contain("staan al op regel 1"));
        Assert.That(e.Errors["Regels[2].Euro"][0], Is.EqualTo("Het bestede bedrag mag niet negatief zijn."));
        Assert.That(e.Errors["Regels[2].Uren"][0], Does.Contain("hooguit 2 decimalen"));
        Assert.That(e.Errors["Regels[3].Euro"][0], Does.Contain("hele centen"));
        Assert.That(e.Errors["Regels[3].Uren"][0], Does.Contain("niet negatief"));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetBesteding_PartnerNotInvolvedAndYearOutsidePeriod_RefusedNamingThemAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var before = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new Command(plan.ProgrammaId, id, 1,
        [
            new BestedingRegel(plan.Civic, 2026, 100m, 0m),
            new BestedingRegel(plan.Prisma, 2026, 100m, 0m),
            new BestedingRegel(ander.Civic, 2026, 100m, 0m),
            new BestedingRegel(plan.Dock, 2029, 100m, 0m),
            new BestedingRegel(plan.Prisma, 2031, 0m, 0m), // empty: dropped, not checked
        ])));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Regels[1].PartnerId", "Regels[2].PartnerId", "Regels[3].Jaar" }));
        Assert.That(e.Errors["Regels[1].PartnerId"][0], Does.StartWith("'Stichting Prisma' neemt niet deel aan dit project"));
        Assert.That(e.Errors["Regels[2].PartnerId"][0], Does.Contain("hoort niet bij dit programma"));
        Assert.That(e.Errors["Regels[3].Jaar"][0], Does.StartWith("2029 valt buiten de programmaperiode 2026–2028"));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetBesteding_PartnerWithInzetButNotDeelnemer_Allowed()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await InsertInzetAsync(app, id, plan.Prisma, 2026, 5_000m);

        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new BestedingRegel(plan.Prisma, 2026, 4_800m, 12m)]));

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(p.Besteding.Single().PartnerNaam, Is.EqualTo("Stichting Prisma"));
    }

    [Test]
    public async Task SetBesteding_PartnerLeftTheProject_ItsBestedingStaysAndCanBeCorrected()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var project = ProjectTests.Project(plan);
        var id = await app.SendAsync(project);
        var v = await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new BestedingRegel(plan.Dock, 2026, 300m, 0m)]));
        v = await app.SendAsync(ProjectTests.Update(plan, id, v, project with { PartnerIds = [] })); // DOCK leaves the project

        await app.SendAsync(new Command(plan.ProgrammaId, id, v, [new BestedingRegel(plan.Dock, 2026, 350m, 0m)]));

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(p.Partners.Select(x => x.Id), Is.EqualTo(new[] { plan.Civic }));
        Assert.That(p.Besteding.Select(b => (b.PartnerId, b.Euro)), Is.EqualTo(new[] { (plan.Dock, 350m) }));
    }

    [Test]
    public async Task SetBesteding_StaleVersionOrAnotherProgramma_ConflictOrNotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new BestedingRegel(plan.Civic, 2026, 100m, 0m)]));
        var before = await app.DumpAsync();

        var conflict = Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new BestedingRegel(plan.Civic, 2026, 1m, 0m)])));
        Assert.That(conflict!.Message, Does.Contain("gewijzigd"));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new Command(ander.ProgrammaId, id, 2, [new BestedingRegel(ander.Civic, 2026, 1m, 0m)])));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task RemovePartner_WithOnlyBesteding_RefusedSoTheBestedingIsNotLost()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await InsertInzetAsync(app, id, plan.Prisma, 2026, 5_000m);
        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, [new BestedingRegel(plan.Prisma, 2026, 4_800m, 0m)]));
        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        await app.SendAsync(new SetInzet.Command(plan.ProgrammaId, id, p.Version, [])); // the inzet is gone, the besteding stays
        var before = await app.DumpAsync();

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new RemovePartner.Command(plan.ProgrammaId, plan.Prisma, 1)));

        Assert.That(e!.Message, Is.EqualTo($"De partner 'Stichting Prisma' kan niet worden verwijderd: besteding in '{p.Naam}'. " +
                                           "Verwijder de bestede euro's en uren van de partner bij die projecten; daarna kunt u de partner verwijderen."));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    internal static async Task InsertInzetAsync(TestApp app, long projectId, long partnerId, int jaar, decimal euro)
    {
        await using var c = await app.Db.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(c,
            "INSERT INTO inzet (project_id, partner_id, jaar, soort, euro, uren) VALUES (@projectId, @partnerId, @jaar, 'eigen middelen', @euro, 0)",
            new { projectId, partnerId, jaar, euro });
    }
}
