using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Prioritering;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Core.Tests.Prioritering;

public class PrioriteringTests
{
    private static CreateProject.Command Project(PlanningFixture.Plan p, string naam) =>
        new(p.ProgrammaId, naam, "", false, p.Civic, [p.Dock], [], new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), "idee");

    [Test]
    public async Task Ranking_WeightedScoreAndSpreadBetweenPartners()
    {
        await using var app = TestApp.Create();
        var p = await app.CreatePlanAsync();
        var zwem = await app.SendAsync(Project(p, "Zwemles"));
        var kamer = await app.SendAsync(Project(p, "Buurtkamer"));
        var impact = await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, "Bijdrage aan doelstellingen", 3m));
        var haalbaar = await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, "Haalbaarheid", 1m));

        // Zwemles: Civic 5/5 → 5.00, DOCK 1/1 → 1.00: average 3.00, spread 4. Buurtkamer: both 4 on impact, 2 on haalbaarheid → 3.50, spread 0.
        await app.SendAsync(new SetScores.Command(p.ProgrammaId, p.Civic, [new(zwem, impact.CriteriumId, 5), new(zwem, haalbaar.CriteriumId, 5),
            new(kamer, impact.CriteriumId, 4), new(kamer, haalbaar.CriteriumId, 2)]));
        await app.SendAsync(new SetScores.Command(p.ProgrammaId, p.Dock, [new(zwem, impact.CriteriumId, 1), new(zwem, haalbaar.CriteriumId, 1),
            new(kamer, impact.CriteriumId, 4), new(kamer, haalbaar.CriteriumId, 2)]));

        var r = (await app.SendAsync(new GetPrioritering.Query(p.ProgrammaId))).Ranking;
        Assert.That(r.Select(x => (x.Plaats, x.Project.Naam, x.Gewogen, x.Spreiding, x.Standaardafwijking)), Is.EqualTo(new[]
        {
            (1, "Buurtkamer", (decimal?)3.50m, (decimal?)0m, (decimal?)0m), (2, "Zwemles", 3.00m, 4.00m, 2.00m),
        }));
        Assert.That(r[1].PerPartner, Is.EqualTo(new[] { ("Civic Amsterdam", 5.00m), ("Stichting DOCK", 1.00m) }));

        await app.SendAsync(new SetScores.Command(p.ProgrammaId, p.Dock, [new(zwem, impact.CriteriumId, null), new(zwem, haalbaar.CriteriumId, null)]));
        var na = (await app.SendAsync(new GetPrioritering.Query(p.ProgrammaId))).Ranking;
        Assert.That((na[0].Project.Naam, na[0].Gewogen, na[0].Spreiding), Is.EqualTo(("Zwemles", (decimal?)5.00m, (decimal?)null)),
            "a cleared score no longer counts");
    }

    [Test]
    public async Task SetScores_OutOfRangeOrForeignIds_Refused_NothingChanged()
    {
        await using var app = TestApp.Create();
        var p = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var zwem = await app.SendAsync(Project(p, "Zwemles"));
        var k = await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, "Kosten", 1m));
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetScores.Command(p.ProgrammaId, p.Civic, [new(zwem, k.CriteriumId, 6)])));
        Assert.That(e!.Errors.Values.Single()[0], Does.Contain("1 tot en met 5"));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetScores.Command(p.ProgrammaId, ander.Civic, [new(zwem, k.CriteriumId, 3)])));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetScores.Command(ander.ProgrammaId, ander.Civic, [new(zwem, k.CriteriumId, 3)])));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task SaveCriterium_Refusals_AndDelete()
    {
        await using var app = TestApp.Create();
        var p = await app.CreatePlanAsync();
        var k = await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, "Draagvlak", 2m));
        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, " Draagvlak ", 1m)));
        Assert.That(e!.Errors["Naam"][0], Does.Contain("al een criterium"));
        var g = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, "Kosten", 0m)));
        Assert.That(g!.Errors["Gewicht"][0], Does.Contain("groter zijn dan 0"));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, k.CriteriumId, 4, "Draagvlak", 2.5m)));
        var v = await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, k.CriteriumId, 1, "Draagvlak", 2.5m));
        Assert.That((await app.SendAsync(new GetPrioritering.Query(p.ProgrammaId))).Criteria.Single().Gewicht, Is.EqualTo(2.5m));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteCriterium.Command(999, k.CriteriumId, v.Version)));
        await app.SendAsync(new DeleteCriterium.Command(p.ProgrammaId, k.CriteriumId, v.Version));
        Assert.That(await app.CountAsync("criterium"), Is.Zero);
    }

    [Test]
    public async Task SetDoorbraak_MarksChosenProject_StaleConflict()
    {
        await using var app = TestApp.Create();
        var p = await app.CreatePlanAsync();
        var zwem = await app.SendAsync(Project(p, "Zwemles"));
        Assert.That(await app.SendAsync(new SetDoorbraak.Command(p.ProgrammaId, zwem, 1, true)), Is.EqualTo(2));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new SetDoorbraak.Command(p.ProgrammaId, zwem, 1, false)));
        Assert.That((await app.SendAsync(new GetProject.Query(p.ProgrammaId, zwem))).Doorbraak, Is.True);
    }
}
