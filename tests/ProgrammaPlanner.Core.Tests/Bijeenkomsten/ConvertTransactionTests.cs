using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Speerpunten;
using ProgrammaPlanner.Core.Tests.Doelstellingen;
using ProgrammaPlanner.Core.Tests.Programmas;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

/// <summary>
/// A convert creates an element and links the bijdrage to it. A fault at its last write (the bijdrage's new version),
/// after the element and the link were written, must leave nothing behind: no element, no link, no audit row.
/// </summary>
public class ConvertTransactionTests
{
    private static async Task<(SessieFixture.Sessie S, long Bijdrage)> BijdrageAsync(TestApp app)
    {
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var r = await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Dock), "Minder kinderen in armoede");
        return (s, r.BijdrageId);
    }

    private static async Task AssertNothingWrittenAsync(TestApp app, SessieFixture.Sessie s, long bijdrage, Func<Task> convert, params string[] touched)
    {
        var counts = await app.CountAllAsync();
        var dump = await app.DumpAsync();
        await app.FailOnAsync("UPDATE", "bijdrage");

        FaultInjection.AssertInjectedFault(() => convert());

        await app.RemoveFaultAsync();
        var after = await app.CountAllAsync();
        Assert.That(touched.Select(t => (t, after[t])).ToArray(), Is.EqualTo(touched.Select(t => (t, counts[t])).ToArray()));
        Assert.That(after, Is.EqualTo(counts));
        Assert.That(await app.DumpAsync(), Is.EqualTo(dump));
        var b = await app.BijdrageAsync(s, bijdrage);
        Assert.That((b.Status, b.Version, b.Elementen.Count), Is.EqualTo((BijdrageStatus.Open, 1, 0)));
    }

    [Test]
    public async Task ConvertBijdrageToSpeerpunt_FaultAtTheLastWrite_NothingWritten()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);

        await AssertNothingWrittenAsync(app, s, bijdrage,
            () => app.SendAsync(new ConvertBijdrageToSpeerpunt.Command(s.ProgrammaId, bijdrage, 1, new CreateSpeerpunt.Command(s.ProgrammaId, "Jeugd", ""))),
            "speerpunt", "bijdrage_speerpunt", "audit");
    }

    [Test]
    public async Task ConvertBijdrageToDoelstelling_FaultAtTheLastWrite_NothingWritten()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var doel = PlanningFixture.Doelstelling(s.ProgrammaId, s.Plan.Armoede, "Minder kinderen in armoede");

        await AssertNothingWrittenAsync(app, s, bijdrage,
            () => app.SendAsync(new ConvertBijdrageToDoelstelling.Command(s.ProgrammaId, bijdrage, 1, doel)),
            "doelstelling", "streefwaarde", "bijdrage_doelstelling", "audit");
    }

    [Test]
    public async Task ConvertBijdrageToProject_FaultAtTheLastWrite_NothingWritten()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var project = new CreateProject.Command(s.ProgrammaId, "Buurtkamer", "Ontmoeting", false, s.Plan.Dock, [s.Plan.Civic], [s.Plan.Doelstelling],
            new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), "idee");

        await AssertNothingWrittenAsync(app, s, bijdrage,
            () => app.SendAsync(new ConvertBijdrageToProject.Command(s.ProgrammaId, bijdrage, 1, project)),
            "project", "project_partner", "project_doelstelling", "bijdrage_project", "audit");
    }

    [Test]
    public async Task ConvertBijdrageToDoelstelling_InvalidDoelstelling_RefusedWithItsFieldMessages()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var before = await app.DumpAsync();
        var doel = PlanningFixture.Doelstelling(s.ProgrammaId, s.Plan.Armoede, "") with { Streefwaarden = [] };

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new ConvertBijdrageToDoelstelling.Command(s.ProgrammaId, bijdrage, 1, doel)));

        Assert.That(e!.Errors.Keys, Is.SupersetOf(new[] { "Naam", "Streefwaarden" }));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }
}
