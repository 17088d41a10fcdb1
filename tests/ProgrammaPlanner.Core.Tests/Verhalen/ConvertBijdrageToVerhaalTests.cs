using Dapper;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Verhalen;

namespace ProgrammaPlanner.Core.Tests.Verhalen;

/// <summary>A facilitator makes a story of a card: the story and the link are written together, and the story's rules hold.</summary>
public class ConvertBijdrageToVerhaalTests
{
    private static async Task<(SessieFixture.Sessie S, long Bijdrage)> BijdrageAsync(TestApp app, string tekst)
    {
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var r = await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Dock), tekst);
        return (s, r.BijdrageId);
    }

    private static ConvertBijdrageToVerhaal.Command Convert(long programma, long bijdrage, IReadOnlyList<long>? opgaven = null) =>
        new(programma, bijdrage, 1, "Geen geld voor de huur", Verteller.Professional, null, new DateOnly(2026, 3, 2), [Bestaanszekerheid.Inkomen],
            opgaven ?? []);

    [Test]
    public async Task Convert_StoryWithTheCardsText_LinkedToTheBijdrage_HerkomstKnown()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app, "Een gezin kan na de huurverhoging de energierekening niet meer betalen.");
        var opgave = await VerhaalTests.OpgaveAsync(app, s.ProgrammaId, "Energiearmoede");

        var r = await app.SendAsync(Convert(s.ProgrammaId, bijdrage, [opgave]));

        var v = await app.SendAsync(new GetVerhaal.Query(s.ProgrammaId, r.ElementId));
        Assert.That((v.Item.Titel, v.Item.Tekst, v.Item.Verteller),
            Is.EqualTo(("Geen geld voor de huur", "Een gezin kan na de huurverhoging de energierekening niet meer betalen.", "professional")));
        Assert.That(v.Item.Opgaven.Single().Id, Is.EqualTo(opgave));
        Assert.That(v.Herkomst.Single().BijdrageId, Is.EqualTo(bijdrage));
        Assert.That(v.Herkomst.Single().BijeenkomstId, Is.EqualTo(s.BijeenkomstId));
        Assert.That(r.BijdrageVersion, Is.EqualTo(2));
        var inLijst = (await app.SendAsync(new ListVerhalen.Query(s.ProgrammaId))).Verhalen.Single();
        Assert.That(inLijst.UitBijeenkomst, Is.EqualTo("Dialoogtafel armoede"));
    }

    [Test]
    public async Task Convert_CardWithAPhoneNumber_RefusedAtTekst_NothingWritten()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app, "Mevrouw belde met 06-12345678 over haar huurschuld.");
        var dump = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Convert(s.ProgrammaId, bijdrage)));

        Assert.That(e!.Errors["Tekst"][0], Does.StartWith("De tekst bevat een telefoonnummer ('06-12345678')"));
        Assert.That(await app.DumpAsync(), Is.EqualTo(dump));
    }

    [Test]
    public async Task Convert_FaultAtTheLastWrite_NothingWritten()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app, "Na de scheiding raakte hij zijn woning kwijt.");
        var counts = await app.CountAllAsync();
        var dump = await app.DumpAsync();
        await app.FailOnAsync("UPDATE", "bijdrage");

        FaultInjection.AssertInjectedFault(() => app.SendAsync(Convert(s.ProgrammaId, bijdrage)));

        await app.RemoveFaultAsync();
        Assert.That(await app.CountAllAsync(), Is.EqualTo(counts));
        Assert.That(await app.DumpAsync(), Is.EqualTo(dump));
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT (SELECT COUNT(*) FROM verhaal) + (SELECT COUNT(*) FROM bijdrage_verhaal)"), Is.Zero);
    }

    [Test]
    public async Task Convert_OpgaveOfAnotherProgramma_OrStaleVersion_Refused_NothingWritten()
    {
        await using var app = TestApp.Create();
        var (s, bijdrage) = await BijdrageAsync(app, "Na de scheiding raakte hij zijn woning kwijt.");
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var vreemd = await VerhaalTests.OpgaveAsync(app, ander, "Elders");
        var dump = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Convert(s.ProgrammaId, bijdrage, [vreemd])));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Convert(s.ProgrammaId, bijdrage) with { Version = 5 }));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Convert(ander, bijdrage)));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "Ontwikkelopgaven" }));
        Assert.That(await app.DumpAsync(), Is.EqualTo(dump));
    }
}
