using Dapper;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Ontwikkelopgaven;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Ontwikkelopgaven;

/// <summary>A card on the wall becomes an ontwikkelopgave whose question is what was said, linked back to the card, all or nothing.</summary>
public class ConvertBijdrageToOntwikkelopgaveTests
{
    private const string Tekst = "Wat kan het wijkteam doen als mensen hun post niet meer openen?";

    private static async Task<(SessieFixture.Sessie S, long Bijdrage)> BijdrageAsync(TestApp app)
    {
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var r = await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Dock), Tekst);
        return (s, r.BijdrageId);
    }

    private static ConvertBijdrageToOntwikkelopgave.Command Convert(
        SessieFixture.Sessie s, long bijdrage, long? groep = null, string titel = "Post die dicht blijft") =>
        new(s.ProgrammaId, bijdrage, 1, new CreateOntwikkelopgave.Command(s.ProgrammaId, titel, Tekst, "", groep));

    [Test]
    public async Task Convert_MakesTheOpgaveWithTheCardAsQuestion_AndLinksTheCard()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var groep = await app.GroepAsync(s.ProgrammaId);

        var r = await app.SendAsync(Convert(s, bijdrage, groep));

        Assert.That(r.BijdrageVersion, Is.EqualTo(2));
        var o = await app.SendAsync(new GetOntwikkelopgave.Query(s.ProgrammaId, r.ElementId));
        Assert.That((o.Titel, o.Vraag, o.VerbondsgroepId, o.Status), Is.EqualTo(("Post die dicht blijft", Tekst, (long?)groep, "open")));
        Assert.That(o.Herkomst.Select(h => (h.BijdrageId, h.Tekst, h.Bijeenkomst)), Is.EqualTo(new[] { (bijdrage, Tekst, "Dialoogtafel armoede") }));
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<long>("SELECT ontwikkelopgave_id FROM bijdrage_ontwikkelopgave WHERE bijdrage_id = @bijdrage", new { bijdrage }),
            Is.EqualTo(new[] { r.ElementId }));
        Assert.That(await c.QueryAsync<string>("SELECT opdracht FROM audit ORDER BY id DESC LIMIT 1"),
            Is.EqualTo(new[] { "ConvertBijdrageToOntwikkelopgave" }));
    }

    [Test]
    public async Task Convert_BadTitelOrForeignGroupOrStaleCard_Refused_NothingWritten()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var andereGroep = await app.GroepAsync(ander);
        await app.SendAsync(OntwikkelopgaveFixture.Opgave(s.ProgrammaId, titel: "Bestaat al"));
        var before = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Convert(s, bijdrage, titel: "")));
        Assert.That(e!.Errors.Values.SelectMany(m => m), Does.Contain("Geef de ontwikkelopgave een titel."));
        e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Convert(s, bijdrage, andereGroep)));
        Assert.That(e!.Errors["VerbondsgroepId"], Is.EqualTo(new[] { "Kies een Verbondsgroep van dit programma." }));
        e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Convert(s, bijdrage, titel: "Bestaat al")));
        Assert.That(e!.Errors["Titel"][0], Does.Contain("al een ontwikkelopgave met de titel 'Bestaat al'"));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Convert(s, bijdrage) with { Version = 7 }));

        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Convert_FaultAtTheLastWrite_NothingWritten()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app);
        var dump = await app.DumpAsync();
        await app.FailOnAsync("UPDATE", "bijdrage");

        FaultInjection.AssertInjectedFault(() => app.SendAsync(Convert(s, bijdrage)));

        await app.RemoveFaultAsync();
        Assert.That(await app.DumpAsync(), Is.EqualTo(dump));
    }

    [Test]
    public void Convert_NeedsFaciliteren() =>
        Assert.That(Toegang.Voor(typeof(ConvertBijdrageToOntwikkelopgave.Command))!.Recht, Is.EqualTo(Recht.Faciliteren));
}
