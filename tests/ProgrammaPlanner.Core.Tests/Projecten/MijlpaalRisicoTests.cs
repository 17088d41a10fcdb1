using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Core.Tests.Projecten;

public class MijlpaalRisicoTests
{
    [Test]
    public async Task SaveMijlpaal_AddAndEdit_ListedByDatumWithVersion()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));

        var later = await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, null, 0, "Evaluatie", new DateOnly(2027, 11, 1), "gepland"));
        var eerst = await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "gepland"));
        var bewerkt = await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, eerst.MijlpaalId, 1, " Aftrap in de buurtkamer ",
            new DateOnly(2026, 3, 15), "gehaald"));

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That((later.Version, bewerkt.MijlpaalId, bewerkt.Version), Is.EqualTo((1, eerst.MijlpaalId, 2)));
        Assert.That(p.Mijlpalen.Select(m => (m.Titel, m.Datum, m.Status, m.Version)), Is.EqualTo(new[]
        {
            ("Aftrap in de buurtkamer", new DateOnly(2026, 3, 15), "gehaald", 2), ("Evaluatie", new DateOnly(2027, 11, 1), "gepland", 1),
        }));
        Assert.That(p.Version, Is.EqualTo(1), "a mijlpaal has its own version");
    }

    [Test]
    public async Task SaveMijlpaal_Refusals_NothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var m = await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "gepland"));
        await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, m.MijlpaalId, 1, "Aftrap", new DateOnly(2026, 3, 1), "vertraagd",
            new DateOnly(2026, 4, 1)));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, null, 0, "", new DateOnly(2026, 3, 1), "klaar")));
        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Titel", "Status" }));
        Assert.That(e.Errors["Status"][0], Does.Contain("vertraagd"));
        Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, m.MijlpaalId, 1, "Oud", new DateOnly(2026, 3, 1), "gepland")));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new SaveMijlpaal.Command(ander.ProgrammaId, id, null, 0, "Kaping", new DateOnly(2026, 3, 1), "gepland")));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new SaveMijlpaal.Command(ander.ProgrammaId, id, m.MijlpaalId, 2, "Kaping", new DateOnly(2026, 3, 1), "gepland")));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SaveMijlpaal_Vertraagd_KeepsDatumAndNieuweDatum_OtherStatusClearsIt()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var m = await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "vertraagd",
            new DateOnly(2026, 5, 12)));

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(p.Mijlpalen.Select(x => (x.Datum, x.Status, x.NieuweDatum)),
            Is.EqualTo(new[] { (new DateOnly(2026, 3, 1), "vertraagd", (DateOnly?)new DateOnly(2026, 5, 12)) }));

        await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, m.MijlpaalId, 1, "Aftrap", new DateOnly(2026, 3, 1), "gehaald",
            new DateOnly(2026, 5, 12)));
        p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(p.Mijlpalen.Single().NieuweDatum, Is.Null, "only a vertraagde mijlpaal keeps a nieuwe datum");
    }

    [TestCase(null, "Vul de nieuwe datum in waarop de vertraagde mijlpaal verwacht wordt.")]
    [TestCase("2026-03-01", "De nieuwe datum moet na de geplande datum (1 maart 2026) liggen.")]
    [TestCase("2026-02-01", "De nieuwe datum moet na de geplande datum (1 maart 2026) liggen.")]
    public async Task SaveMijlpaal_VertraagdWithoutLaterNieuweDatum_RefusedAtTheFieldAndNothingChanged(string? nieuw, string melding)
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var m = await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "gepland"));
        var before = await app.DumpAsync();
        DateOnly? nieuweDatum = nieuw is null ? null : DateOnly.Parse(nieuw, System.Globalization.CultureInfo.InvariantCulture);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, m.MijlpaalId, 1, "Aftrap",
            new DateOnly(2026, 3, 1), "vertraagd", nieuweDatum)));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "NieuweDatum" }));
        Assert.That(e.Errors["NieuweDatum"][0], Is.EqualTo(melding));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task DeleteMijlpaal_CurrentVersion_Removed_StaleConflict_OtherProgrammaNotFound()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var m = await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, id, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "gepland"));
        var before = await app.StateAsync();

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteMijlpaal.Command(plan.ProgrammaId, m.MijlpaalId, 7)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteMijlpaal.Command(ander, m.MijlpaalId, 1)));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));

        await app.SendAsync(new DeleteMijlpaal.Command(plan.ProgrammaId, m.MijlpaalId, 1));
        Assert.That(await app.CountAsync("mijlpaal"), Is.Zero);
    }

    [Test]
    public async Task SaveRisico_AddAndEdit_ReadBackWithVersion()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));

        var r = await app.SendAsync(new SaveRisico.Command(plan.ProgrammaId, id, null, 0, "Te weinig vrijwilligers", "middel", "hoog", ""));
        var v = await app.SendAsync(new SaveRisico.Command(plan.ProgrammaId, id, r.RisicoId, 1, "Te weinig vrijwilligers", "laag", "hoog",
            "Samen werven met de Vrijwilligers Centrale"));

        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(v, Is.EqualTo(new SaveRisico.Result(r.RisicoId, 2)));
        Assert.That(p.Risicos.Select(x => (x.Omschrijving, x.Kans, x.Impact, x.Maatregel, x.Version)), Is.EqualTo(new[]
        {
            ("Te weinig vrijwilligers", "laag", "hoog", "Samen werven met de Vrijwilligers Centrale", 2),
        }));
    }

    [Test]
    public async Task SaveRisico_Refusals_NothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var r = await app.SendAsync(new SaveRisico.Command(plan.ProgrammaId, id, null, 0, "Uitval", "laag", "laag", ""));
        await app.SendAsync(new SaveRisico.Command(plan.ProgrammaId, id, r.RisicoId, 1, "Uitval", "hoog", "laag", ""));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new SaveRisico.Command(plan.ProgrammaId, id, null, 0, " ", "groot", "klein", "")));
        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Omschrijving", "Kans", "Impact" }));
        Assert.That(e.Errors["Kans"][0], Does.Contain("laag, middel, hoog"));
        Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(new SaveRisico.Command(plan.ProgrammaId, id, r.RisicoId, 1, "Uitval", "middel", "laag", "")));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new SaveRisico.Command(ander.ProgrammaId, id, null, 0, "Kaping", "laag", "laag", "")));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new SaveRisico.Command(ander.ProgrammaId, id, r.RisicoId, 2, "Kaping", "laag", "laag", "")));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task DeleteRisico_CurrentVersion_Removed_StaleConflict_OtherProgrammaNotFound()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var r = await app.SendAsync(new SaveRisico.Command(plan.ProgrammaId, id, null, 0, "Uitval", "laag", "laag", ""));
        var before = await app.StateAsync();

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteRisico.Command(plan.ProgrammaId, r.RisicoId, 2)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteRisico.Command(ander, r.RisicoId, 1)));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));

        await app.SendAsync(new DeleteRisico.Command(plan.ProgrammaId, r.RisicoId, 1));
        Assert.That(await app.CountAsync("risico"), Is.Zero);
    }
}
