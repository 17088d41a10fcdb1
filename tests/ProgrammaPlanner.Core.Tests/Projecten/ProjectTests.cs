using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using static ProgrammaPlanner.TestSupport.PlanningFixture;

namespace ProgrammaPlanner.Core.Tests.Projecten;

public class ProjectTests
{
    internal static CreateProject.Command Project(Plan plan, string naam = "Schuldhulp aan de keukentafel") =>
        new(plan.ProgrammaId, naam, "Eerder hulp bij geldzorgen", true, plan.Civic, [plan.Dock], [plan.Doelstelling],
            new DateOnly(2026, 2, 1), new DateOnly(2027, 12, 31), "in voorbereiding");

    internal static UpdateProject.Command Update(Plan plan, long id, int version, CreateProject.Command p) =>
        new(plan.ProgrammaId, id, version, p.Naam, p.Doel, p.Doorbraak, p.TrekkerPartnerId, p.PartnerIds, p.DoelstellingIds,
            p.Startdatum, p.Einddatum, p.Status);

    [Test]
    public async Task Create_Valid_TrekkerAlwaysAPartnerAndReadable()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();

        var id = await app.SendAsync(Project(plan) with { Naam = " Schuldhulp aan de keukentafel " });

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(p.Naam, Is.EqualTo("Schuldhulp aan de keukentafel"));
        Assert.That(p.TrekkerNaam, Is.EqualTo("Civic Amsterdam"));
        Assert.That(p.Partners.Select(x => x.Naam), Is.EqualTo(new[] { "Civic Amsterdam", "Stichting DOCK" }));
        Assert.That(p.Doelstellingen.Select(x => x.Naam), Is.EqualTo(new[] { "Minder huishoudens in armoede" }));
        Assert.That((p.Startdatum, p.Einddatum), Is.EqualTo((new DateOnly(2026, 2, 1), new DateOnly(2027, 12, 31))));
        Assert.That((p.Doorbraak, p.Status, p.Version, p.BuitenProgrammaperiode), Is.EqualTo((true, "in voorbereiding", 1, false)));
        Assert.That((p.TotaalEuro, p.TotaalUren), Is.EqualTo((0m, 0m)));
    }

    [Test]
    public async Task Create_PeriodOutsideProgrammaPeriod_AllowedAndFlagged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();

        var id = await app.SendAsync(Project(plan) with { Einddatum = new DateOnly(2029, 6, 30) });

        Assert.That((await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id))).BuitenProgrammaperiode, Is.True);
        Assert.That((await app.SendAsync(new ListProjecten.Query(plan.ProgrammaId))).Single().BuitenProgrammaperiode, Is.True);
    }

    [Test]
    public async Task Create_FieldRules_RefusedWithDutchMessagesAndNothingStored()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Project(plan) with
        {
            Naam = "",
            Status = "bezig",
            Einddatum = new DateOnly(2026, 1, 31),
        }));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam", "Status", "Einddatum" }));
        Assert.That(e.Errors["Einddatum"][0], Does.Contain("niet voor de startdatum"));
        Assert.That(e.Errors["Status"][0], Does.Contain("in voorbereiding"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_PartnersAndDoelstellingOfAnotherProgramma_RefusedNamingTheProblemAndNothingStored()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Project(plan) with
        {
            TrekkerPartnerId = ander.Civic,
            PartnerIds = [plan.Dock, ander.Dock],
            DoelstellingIds = [ander.Doelstelling],
        }));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "TrekkerPartnerId", "PartnerIds", "DoelstellingIds" }));
        Assert.That(e.Errors["TrekkerPartnerId"][0], Does.Contain("partner van dit programma"));
        Assert.That(e.Errors["PartnerIds"][0],
            Is.EqualTo($"Partner met id {ander.Dock} hoort niet bij dit programma. Kies alleen partners van dit programma."));
        Assert.That(e.Errors["DoelstellingIds"][0], Does.Contain($"Doelstelling met id {ander.Doelstelling} hoort niet bij dit programma"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_DuplicateName_RefusedAtNaamAndNothingStored()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        await app.SendAsync(Project(plan));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Project(plan) with { PartnerIds = [plan.Prisma] }));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("al een project met de naam 'Schuldhulp aan de keukentafel'"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Project(plan) with { ProgrammaId = 999 }));
        Assert.That(await app.CountAsync("project"), Is.Zero);
    }

    [Test]
    public async Task Update_CurrentVersion_ReplacesLinksAndBumpsVersion()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(Project(plan));

        var version = await app.SendAsync(Update(plan, id, 1, Project(plan, "Geldzorgen de baas") with
        {
            TrekkerPartnerId = plan.Prisma,
            PartnerIds = [plan.Civic],
            DoelstellingIds = [],
            Status = "lopend",
        }));

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(version, Is.EqualTo(2));
        Assert.That((p.Naam, p.TrekkerNaam, p.Status, p.Version), Is.EqualTo(("Geldzorgen de baas", "Stichting Prisma", "lopend", 2)));
        Assert.That(p.Partners.Select(x => x.Naam), Is.EqualTo(new[] { "Civic Amsterdam", "Stichting Prisma" }));
        Assert.That(p.Doelstellingen, Is.Empty);
    }

    [Test]
    public async Task Update_DroppingPartnerWithInzet_RefusedNamingPartnerAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(Project(plan));
        await app.SendAsync(new SetInzet.Command(plan.ProgrammaId, id, 1, [new SetInzet.InzetRegel(plan.Dock, 2026, "subsidie", 5000m, 0m)]));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(Update(plan, id, 2, Project(plan) with { PartnerIds = [plan.Prisma] })));

        Assert.That(e!.Errors["PartnerIds"][0], Does.StartWith("'Stichting DOCK' heeft nog inzet in dit project"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Update_StaleVersionOrAnotherProgramma_ConflictOrNotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var id = await app.SendAsync(Project(plan));
        await app.SendAsync(new SetProjectStatus.Command(plan.ProgrammaId, id, 1, "lopend"));
        var before = await app.StateAsync();

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Update(plan, id, 1, Project(plan, "Oud"))));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Update(ander, id, 2, Project(ander, "Kaping"))));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetProject.Query(ander.ProgrammaId, id)));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetProjectStatus_CurrentVersion_Saved_StaleConflict_OtherProgrammaNotFound_BadStatusRefused()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var id = await app.SendAsync(Project(plan));

        var version = await app.SendAsync(new SetProjectStatus.Command(plan.ProgrammaId, id, 1, "afgerond"));
        var before = await app.StateAsync();

        Assert.That(version, Is.EqualTo(2));
        Assert.That((await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id))).Status, Is.EqualTo("afgerond"));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new SetProjectStatus.Command(plan.ProgrammaId, id, 1, "gestopt")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetProjectStatus.Command(ander, id, 2, "gestopt")));
        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetProjectStatus.Command(plan.ProgrammaId, id, 2, "klaar")));
        Assert.That(e!.Errors["Status"][0], Does.StartWith("Kies een status"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Delete_CascadesMijlpalenRisicosInzetAndLinks()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(Project(plan));
        await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, null, 0, "Start", new DateOnly(2026, 3, 1), "gepland"));
        await app.SendAsync(new SaveRisico.Command(plan.ProgrammaId, id, null, 0, "Te weinig vrijwilligers", "middel", "hoog", ""));
        var version = await app.SendAsync(new SetInzet.Command(plan.ProgrammaId, id, 1, [new SetInzet.InzetRegel(plan.Civic, 2026, "subsidie", 1m, 0m)]));

        await app.SendAsync(new DeleteProject.Command(plan.ProgrammaId, id, version));

        foreach (var table in new[] { "project", "project_partner", "project_doelstelling", "mijlpaal", "risico", "inzet" })
            Assert.That(await app.CountAsync(table), Is.Zero, table);
        Assert.That(await app.CountAsync("doelstelling"), Is.EqualTo(1));
    }

    [Test]
    public async Task Delete_StaleVersionOrAnotherProgramma_ConflictOrNotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var id = await app.SendAsync(Project(plan));
        await app.SendAsync(new SetProjectStatus.Command(plan.ProgrammaId, id, 1, "lopend"));
        var before = await app.StateAsync();

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteProject.Command(plan.ProgrammaId, id, 1)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteProject.Command(ander, id, 2)));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task List_FiltersBySpeerpuntPartnerStatusDoorbraak_OrderedByNaamWithExactTotals()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        await app.CreatePlanAsync("Ander programma");
        var eenzaam = await app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Eenzaamheid, "Minder eenzaamheid"));
        var a = await app.SendAsync(Project(plan, "Schuldhulp"));
        var b = await app.SendAsync(Project(plan, "Buurtkamer") with
        {
            Doorbraak = false,
            TrekkerPartnerId = plan.Prisma,
            PartnerIds = [],
            DoelstellingIds = [eenzaam],
            Status = "lopend",
        });
        await app.SendAsync(new SetInzet.Command(plan.ProgrammaId, a, 1,
            [new SetInzet.InzetRegel(plan.Civic, 2026, "subsidie", 12500.10m, 0m), new SetInzet.InzetRegel(plan.Dock, 2027, "in natura", 0.20m, 8m)]));

        async Task<string[]> Namen(ListProjecten.Query q) => (await app.SendAsync(q)).Select(i => i.Naam).ToArray();
        var alle = await app.SendAsync(new ListProjecten.Query(plan.ProgrammaId));

        Assert.That(alle.Select(i => (i.Naam, i.TrekkerNaam, i.TotaalEuro, i.Version)),
            Is.EqualTo(new[] { ("Buurtkamer", "Stichting Prisma", 0m, 1), ("Schuldhulp", "Civic Amsterdam", 12500.30m, 2) }));
        Assert.That(await Namen(new(plan.ProgrammaId, SpeerpuntId: plan.Eenzaamheid)), Is.EqualTo(new[] { "Buurtkamer" }));
        Assert.That(await Namen(new(plan.ProgrammaId, SpeerpuntId: plan.Armoede)), Is.EqualTo(new[] { "Schuldhulp" }));
        Assert.That(await Namen(new(plan.ProgrammaId, PartnerId: plan.Dock)), Is.EqualTo(new[] { "Schuldhulp" }));
        Assert.That(await Namen(new(plan.ProgrammaId, PartnerId: plan.Prisma)), Is.EqualTo(new[] { "Buurtkamer" }));
        Assert.That(await Namen(new(plan.ProgrammaId, Status: "lopend")), Is.EqualTo(new[] { "Buurtkamer" }));
        Assert.That(await Namen(new(plan.ProgrammaId, Doorbraak: true)), Is.EqualTo(new[] { "Schuldhulp" }));
        Assert.That(await Namen(new(plan.ProgrammaId, Doorbraak: false, Status: "idee")), Is.Empty);
        Assert.That(b, Is.Not.EqualTo(a));
    }
}
