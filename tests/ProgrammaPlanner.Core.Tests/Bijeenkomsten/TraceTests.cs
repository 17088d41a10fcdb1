using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Speerpunten;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

public class TraceTests
{
    private static async Task<(SessieFixture.Sessie S, long Bijdrage)> BijdrageAsync(TestApp app, string tekst = "Minder kinderen in armoede")
    {
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var r = await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Dock), tekst);
        return (s, r.BijdrageId);
    }

    [Test]
    public async Task ConvertBijdrageToDoelstelling_CreatesAndLinks_KomtVoortUitShowsSessionAndPartner()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var doel = PlanningFixture.Doelstelling(s.ProgrammaId, s.Plan.Armoede, "Minder kinderen in armoede");

        var r = await app.SendAsync(new ConvertBijdrageToDoelstelling.Command(s.ProgrammaId, bijdrage, 1, doel));

        Assert.That(r.BijdrageVersion, Is.EqualTo(2));
        var herkomst = await app.SendAsync(new GetHerkomst.Query(s.ProgrammaId, ElementSoort.Doelstelling, r.ElementId));
        Assert.That(herkomst.Select(h => (h.Tekst, h.Partner, h.Bijeenkomst)),
            Is.EqualTo(new[] { ("Minder kinderen in armoede", "Stichting DOCK", "Dialoogtafel armoede") }));
        var b = await app.BijdrageAsync(s, bijdrage);
        Assert.That((b.Status, b.Elementen.Single().Naam), Is.EqualTo((BijdrageStatus.Overgenomen, "Minder kinderen in armoede")));
        var plan = await app.SendAsync(new GetPlanHerkomst.Query(s.ProgrammaId));
        Assert.That((plan.Sessies.Single().Bijdragen, plan.Sessies.Single().Overgenomen, plan.Elementen.Single().Naam),
            Is.EqualTo((1, 1, "Minder kinderen in armoede")));
    }

    [Test]
    public async Task ConvertBijdrage_InvalidElementOrStaleBijdrage_NothingCreated()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new ConvertBijdrageToSpeerpunt.Command(s.ProgrammaId, bijdrage, 1,
            new CreateSpeerpunt.Command(s.ProgrammaId, "", ""))));
        Assert.That(e!.Errors.Keys, Does.Contain("Naam"));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new ConvertBijdrageToSpeerpunt.Command(s.ProgrammaId, bijdrage, 7,
            new CreateSpeerpunt.Command(s.ProgrammaId, "Jeugd", ""))));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ConvertBijdrageToSpeerpunt.Command(s.ProgrammaId, 999, 1,
            new CreateSpeerpunt.Command(s.ProgrammaId, "Jeugd", ""))));
        var ander = await app.CreateProgrammaAsync("Ander programma");
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new ConvertBijdrageToSpeerpunt.Command(s.ProgrammaId, bijdrage, 1,
            new CreateSpeerpunt.Command(ander, "Jeugd", ""))));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task LinkBijdrage_ToExisting_ThenNietOvergenomenRefusedUntilUnlinked()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var v = await app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, bijdrage, 1, ElementSoort.Speerpunt, s.Plan.Armoede));
        v = await app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, bijdrage, v, ElementSoort.Doelstelling, s.Plan.Doelstelling));
        Assert.That((await app.BijdrageAsync(s, bijdrage)).Elementen.Select(e => e.Soort), Is.EqualTo(new[] { "doelstelling", "speerpunt" }));

        var before = await app.DumpAsync(SessieFixture.Tabellen);
        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new SetNietOvergenomen.Command(s.ProgrammaId, bijdrage, v, "Past niet")));
        Assert.That(e!.Message, Does.Contain("Ontkoppel hem eerst"));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, bijdrage, v, ElementSoort.Project, 999)));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, bijdrage, 1, ElementSoort.Project, 1)));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));

        v = await app.SendAsync(new UnlinkBijdrage.Command(s.ProgrammaId, bijdrage, v, ElementSoort.Speerpunt, s.Plan.Armoede));
        v = await app.SendAsync(new UnlinkBijdrage.Command(s.ProgrammaId, bijdrage, v, ElementSoort.Doelstelling, s.Plan.Doelstelling));
        var leeg = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetNietOvergenomen.Command(s.ProgrammaId, bijdrage, v, " ")));
        Assert.That(leeg!.Errors["Reden"][0], Does.Contain("reden"));
        await app.SendAsync(new SetNietOvergenomen.Command(s.ProgrammaId, bijdrage, v, "Valt buiten de opdracht van het programma"));
        var b = await app.BijdrageAsync(s, bijdrage);
        Assert.That((b.Status, b.NietOvergenomen), Is.EqualTo((BijdrageStatus.NietOvergenomen, "Valt buiten de opdracht van het programma")));
    }

    [Test]
    public async Task MergeBijdragen_TwoBecomeOne_SourceKeptForTheTrace_VotesAndLinksMove()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var jan = await app.JoinAsync(code, s.Plan.Civic);
        var piet = await app.JoinAsync(code, s.Plan.Dock);
        var doel = (await app.SubmitAsync(code, jan, "Buurtkamer")).BijdrageId;
        var bron = (await app.SubmitAsync(code, piet, "Huiskamer in de buurt")).BijdrageId;
        await app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 2));
        await app.SendAsync(new CastStemmen.Command(code, piet, [bron, bron]));
        await app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, bron, 1, ElementSoort.Speerpunt, s.Plan.Eenzaamheid));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new MergeBijdragen.Command(s.ProgrammaId, doel, 1, bron, 1, "x")));
        var v = await app.SendAsync(new MergeBijdragen.Command(s.ProgrammaId, doel, 1, bron, 2, "Buurtkamer / huiskamer in de buurt"));

        var lijst = await app.SendAsync(new ListBijdragen.Query(s.ProgrammaId, s.BijeenkomstId));
        var d = lijst.Single(b => b.Id == doel);
        Assert.That((v, d.Tekst, d.Stemmen, d.Elementen.Single().Id), Is.EqualTo((2, "Buurtkamer / huiskamer in de buurt", 2, s.Plan.Eenzaamheid)));
        Assert.That(lijst.Single(b => b.Id == bron).SamengevoegdInId, Is.EqualTo(doel));
        var herkomst = await app.SendAsync(new GetHerkomst.Query(s.ProgrammaId, ElementSoort.Speerpunt, s.Plan.Eenzaamheid));
        Assert.That(herkomst.Select(h => h.Partner), Is.EquivalentTo(new[] { "Civic Amsterdam", "Stichting DOCK" }), "both partners stay visible");
        Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new MergeBijdragen.Command(s.ProgrammaId, doel, 2, bron, 3, "x")));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new MergeBijdragen.Command(s.ProgrammaId, doel, 2, doel, 2, "x")));
    }

    [Test]
    public async Task UpdateAndClusterBijdragen_EditedOnTheWall_StaleRefused()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var a = await app.SendAsync(new AddBijdrage.Command(s.ProgrammaId, s.BijeenkomstId, "zorg", "Wachtlijsten", s.Plan.Civic, "Post-it"));
        var b = await app.SendAsync(new AddBijdrage.Command(s.ProgrammaId, s.BijeenkomstId, "idee", "Samen intake", s.Plan.Dock, ""));
        var v = await app.SendAsync(new UpdateBijdrage.Command(s.ProgrammaId, a, 1, "belang", "Wachtlijsten ggz", s.Plan.Prisma, ""));
        await app.SendAsync(new ClusterBijdragen.Command(s.ProgrammaId, s.BijeenkomstId, "Toegang", [new(a, v), new(b, 1)]));

        var lijst = await app.SendAsync(new ListBijdragen.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(lijst.Select(x => (x.Soort, x.Tekst, x.Partner, x.Cluster)), Is.EqualTo(new[]
        {
            ("belang", "Wachtlijsten ggz", "Stichting Prisma", "Toegang"), ("idee", "Samen intake", "Stichting DOCK", "Toegang"),
        }));
        var before = await app.DumpAsync(SessieFixture.Tabellen);
        Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(new ClusterBijdragen.Command(s.ProgrammaId, s.BijeenkomstId, "Anders", [new(b, 2), new(a, 1)])));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new UpdateBijdrage.Command(s.ProgrammaId, a, 3, "belang", "", s.Plan.Prisma, "")));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before), "a cluster commits whole or not at all");
    }
}
