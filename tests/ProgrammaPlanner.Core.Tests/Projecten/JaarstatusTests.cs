using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using static ProgrammaPlanner.Core.Projecten.SetProjectJaarstatus;

namespace ProgrammaPlanner.Core.Tests.Projecten;

public class JaarstatusTests
{
    [Test]
    public async Task SetJaarstatus_PerYear_StoredTrimmedChangedAndCleared()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));

        var v2 = await app.SendAsync(new Command(plan.ProgrammaId, id, 1, 2026, ProjectJaarstatus.OpSchema, ""));
        var v3 = await app.SendAsync(new Command(plan.ProgrammaId, id, v2, 2027, ProjectJaarstatus.Vertraagd, "  Geen locatie gevonden. "));
        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That((v2, v3, p.Version), Is.EqualTo((2, 3, 3)));
        Assert.That(p.Jaarstatussen.Select(s => (s.Jaar, s.Status, s.Toelichting)), Is.EqualTo(new[]
        {
            (2026, "op schema", ""), (2027, "vertraagd", "Geen locatie gevonden."),
        }));

        var v4 = await app.SendAsync(new Command(plan.ProgrammaId, id, v3, 2027, ProjectJaarstatus.Afgerond, "Alsnog klaar."));
        await app.SendAsync(new Command(plan.ProgrammaId, id, v4, 2026, null, "wordt niet bewaard"));
        p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, id));
        Assert.That(p.Jaarstatussen.Select(s => (s.Jaar, s.Status, s.Toelichting)), Is.EqualTo(new[] { (2027, "afgerond", "Alsnog klaar.") }));
    }

    [TestCase("vertraagd", "")]
    [TestCase("gestopt", "   ")]
    public async Task SetJaarstatus_VertraagdOrGestoptWithoutToelichting_RefusedAtTheFieldAndNothingChanged(string status, string toelichting)
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var before = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new Command(plan.ProgrammaId, id, 1, 2026, status, toelichting)));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "Toelichting" }));
        Assert.That(e.Errors["Toelichting"][0], Is.EqualTo($"Licht toe waarom het project {status} is in 2026."));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetJaarstatus_UnknownStatusTooLongOrYearOutsidePeriod_RefusedAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var id = await app.SendAsync(ProjectTests.Project(plan));
        var before = await app.DumpAsync();

        var status = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new Command(plan.ProgrammaId, id, 1, 2026, "klaar", "")));
        Assert.That(status!.Errors["Status"][0], Is.EqualTo("Kies een status: op schema, vertraagd, afgerond, gestopt."));
        var lang = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new Command(plan.ProgrammaId, id, 1, 2026, "op schema", new string('x', Tekstgrenzen.KorteTekst + 1))));
        Assert.That(lang!.Errors["Toelichting"][0], Does.StartWith("De toelichting"));
        var jaar = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new Command(plan.ProgrammaId, id, 1, 2025, "op schema", "")));
        Assert.That(jaar!.Errors["Jaar"][0], Is.EqualTo("2025 valt buiten de programmaperiode 2026–2028. Kies een jaar binnen die periode."));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetJaarstatus_StaleVersionOrAnotherProgramma_ConflictOrNotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var id = await app.SendAsync(ProjectTests.Project(plan));
        await app.SendAsync(new Command(plan.ProgrammaId, id, 1, 2026, "op schema", ""));
        var before = await app.DumpAsync();

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new Command(plan.ProgrammaId, id, 1, 2026, "gestopt", "Geen geld meer.")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new Command(ander.ProgrammaId, id, 2, 2026, "gestopt", "Geen geld meer.")));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }
}
