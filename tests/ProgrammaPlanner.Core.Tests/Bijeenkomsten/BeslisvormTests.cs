using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

/// <summary>The 100-points round and the statements: what a phone may send, what is stored, and the results per organisation.</summary>
public class BeslisvormTests
{
    private static async Task<(SessieFixture.Sessie S, string Code, string Civic, string Dock, long A, long B)> MetTweeBijdragenAsync(TestApp app)
    {
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var civic = await app.JoinAsync(code, s.Plan.Civic);
        var dock = await app.JoinAsync(code, s.Plan.Dock);
        var a = (await app.SubmitAsync(code, civic, "Buurtkamer in elke wijk")).BijdrageId;
        var b = (await app.SubmitAsync(code, dock, "Schuldhulp zonder wachtlijst", "idee")).BijdrageId;
        return (s, code, civic, dock, a, b);
    }

    [Test]
    public async Task CastPunten_Exactly100_StoredReplacedOnResend_ResultPerBijdrageAndPartner()
    {
        await using var app = TestApp.Create();
        var (s, code, civic, dock, a, b) = await MetTweeBijdragenAsync(app);
        await app.SendAsync(new OpenPuntenronde.Command(s.ProgrammaId, s.BijeenkomstId, null));
        Assert.That((await app.SendAsync(new GetDeelname.Query(code, civic))).Puntenronde, Is.EqualTo(1));

        await app.SendAsync(new CastPunten.Command(code, civic, new Dictionary<long, int> { [a] = 100, [b] = 0 }));
        await app.SendAsync(new CastPunten.Command(code, civic, new Dictionary<long, int> { [a] = 70, [b] = 30 }));
        await app.SendAsync(new CastPunten.Command(code, civic, new Dictionary<long, int> { [a] = 70, [b] = 30 }));
        await app.SendAsync(new CastPunten.Command(code, dock, new Dictionary<long, int> { [b] = 100 }));

        var vragen = await app.SendAsync(new GetBeslisvragen.Query(code, civic));
        Assert.That(vragen.Puntenronde!.MijnPunten, Is.EquivalentTo(new Dictionary<long, int> { [a] = 70, [b] = 30 }));
        var ronde = (await app.SendAsync(new GetBeslisuitslag.Query(s.ProgrammaId, s.BijeenkomstId))).Puntenrondes.Single();
        Assert.That(ronde.Deelnemers, Is.EqualTo(2));
        Assert.That(ronde.PerBijdrage.Select(x => (x.BijdrageId, x.Punten)), Is.EqualTo(new[] { (b, 130), (a, 70) }));
        Assert.That(ronde.PerBijdrage[0].VanTekst, Is.EqualTo("Stichting DOCK 100 · Civic Amsterdam 30"));
        Assert.That(ronde.PerPartner, Is.EqualTo(new[] { new GetBeslisuitslag.Partnerpunten("Stichting DOCK", 130),
            new GetBeslisuitslag.Partnerpunten("Civic Amsterdam", 70) }));
        var verslag = await app.SendAsync(new GetVerslag.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(verslag.Beslisuitslag.Puntenrondes.Single().PerBijdrage.Sum(x => x.Punten), Is.EqualTo(200));
    }

    [TestCase(99, "nog 1 te verdelen")]
    [TestCase(101, "1 te veel")]
    public async Task CastPunten_TotalNot100_RefusedInDutch_NothingStored(int eerste, string melding)
    {
        await using var app = TestApp.Create();
        var (s, code, civic, _, a, b) = await MetTweeBijdragenAsync(app);
        await app.SendAsync(new OpenPuntenronde.Command(s.ProgrammaId, s.BijeenkomstId, null));
        var before = await app.DumpAsync(SessieFixture.Tabellen);
        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CastPunten.Command(code, civic,
            new Dictionary<long, int> { [a] = eerste, [b] = 0 })));
        Assert.That(e!.Errors["Punten"][0], Does.Contain(melding).And.Contain("precies 100"));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task CastPunten_NegativeOtherBijdrageOrClosedRound_Refused_NothingStored()
    {
        await using var app = TestApp.Create();
        var (s, code, civic, _, a, b) = await MetTweeBijdragenAsync(app);
        var geen = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CastPunten.Command(code, civic,
            new Dictionary<long, int> { [a] = 100 })));
        Assert.That(geen!.Errors["Punten"][0], Does.Contain("geen puntenronde"));

        var id = await app.SendAsync(new OpenPuntenronde.Command(s.ProgrammaId, s.BijeenkomstId, "idee"));
        var before = await app.DumpAsync(SessieFixture.Tabellen);
        var negatief = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CastPunten.Command(code, civic,
            new Dictionary<long, int> { [b] = 110, [a] = -10 })));
        Assert.That(negatief!.Errors[CastPunten.Veld(a)][0], Is.EqualTo("Vul 0 of meer punten in, niet -10."));
        // a is an ambitie: not in a round of ideeën
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CastPunten.Command(code, civic, new Dictionary<long, int> { [a] = 100 })));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));

        await app.SendAsync(new ClosePuntenronde.Command(s.ProgrammaId, id, 1));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CastPunten.Command(code, civic, new Dictionary<long, int> { [b] = 100 })));
        Assert.That((await app.SendAsync(new GetBeslisuitslag.Query(s.ProgrammaId, s.BijeenkomstId))).Puntenrondes.Single().Deelnemers, Is.Zero);
    }

    [Test]
    public async Task CloseInvoer_ClosesPuntenrondeAndStellingen_ReopeningDoesNotBringThemBack()
    {
        await using var app = TestApp.Create();
        var (s, _, _, _, _, _) = await MetTweeBijdragenAsync(app);
        await app.SendAsync(new OpenPuntenronde.Command(s.ProgrammaId, s.BijeenkomstId, null));
        await app.SendAsync(new AddStelling.Command(s.ProgrammaId, s.BijeenkomstId, "Elke wijk een buurtkamer"));

        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        var version = await app.SendAsync(new CloseInvoer.Command(s.ProgrammaId, s.BijeenkomstId, b.Version));
        var code = (await app.SendAsync(new OpenInvoer.Command(s.ProgrammaId, s.BijeenkomstId, version))).Code;

        var uitslag = await app.SendAsync(new GetBeslisuitslag.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(uitslag.Puntenrondes.Single().Open, Is.False);
        Assert.That(uitslag.Stellingen.Single().Open, Is.False);
        var telefoon = await app.JoinAsync(code, s.Plan.Civic);
        var deelname = await app.SendAsync(new GetDeelname.Query(code, telefoon));
        Assert.That((deelname.Puntenronde, deelname.OpenStellingen), Is.EqualTo(((int?)null, 0)));
    }

    [Test]
    public async Task OpenPuntenronde_WhileOneRuns_Refused()
    {
        await using var app = TestApp.Create();
        var (s, _, _, _, _, _) = await MetTweeBijdragenAsync(app);
        await app.SendAsync(new OpenPuntenronde.Command(s.ProgrammaId, s.BijeenkomstId, null));
        Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new OpenPuntenronde.Command(s.ProgrammaId, s.BijeenkomstId, null)));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new OpenPuntenronde.Command(s.ProgrammaId, s.BijeenkomstId, "wens")));
    }

    [Test]
    public async Task SubmitAntwoorden_CountedPerPartner_ResendReplaces_VerdeeldWhenOrganisationsDisagree()
    {
        await using var app = TestApp.Create();
        var (s, code, civic, dock, _, _) = await MetTweeBijdragenAsync(app);
        var eens = await app.SendAsync(new AddStelling.Command(s.ProgrammaId, s.BijeenkomstId, "Elke wijk een buurtkamer"));
        var samen = await app.SendAsync(new AddStelling.Command(s.ProgrammaId, s.BijeenkomstId, "Schuldhulp gaat voor"));
        var civic2 = await app.JoinAsync(code, s.Plan.Civic);
        Assert.That((await app.SendAsync(new GetDeelname.Query(code, civic))).OpenStellingen, Is.EqualTo(2));

        await app.SendAsync(new SubmitAntwoorden.Command(code, civic, new Dictionary<long, string> { [eens] = "oneens", [samen] = "eens" }));
        await app.SendAsync(new SubmitAntwoorden.Command(code, civic, new Dictionary<long, string> { [eens] = "eens" }));
        await app.SendAsync(new SubmitAntwoorden.Command(code, civic2, new Dictionary<long, string> { [eens] = "eens", [samen] = "eens" }));
        await app.SendAsync(new SubmitAntwoorden.Command(code, dock, new Dictionary<long, string> { [eens] = "oneens", [samen] = "neutraal" }));

        var uitslag = await app.SendAsync(new GetBeslisuitslag.Query(s.ProgrammaId, s.BijeenkomstId));
        var eerste = uitslag.Stellingen.Single(x => x.Id == eens);
        Assert.That((eerste.Eens, eerste.Neutraal, eerste.Oneens, eerste.Verdeeld), Is.EqualTo((2, 0, 1, true)));
        Assert.That(eerste.PerPartner.Select(p => p.Tekst), Is.EqualTo(new[]
            { "Civic Amsterdam: 100% eens, 0% oneens (2)", "Stichting DOCK: 0% eens, 100% oneens (1)" }));
        var tweede = uitslag.Stellingen.Single(x => x.Id == samen);
        Assert.That((tweede.Eens, tweede.Neutraal, tweede.Oneens, tweede.Verdeeld), Is.EqualTo((2, 1, 0, false)));
        var mijn = (await app.SendAsync(new GetBeslisvragen.Query(code, civic))).Stellingen;
        Assert.That(mijn.Select(x => x.MijnAntwoord), Is.EqualTo(new[] { "eens", "eens" }));
    }

    [Test]
    public void IsVerdeeld_OnlyWhenOneOrganisationMostlyEensAndAnotherMostlyOneens()
    {
        static GetBeslisuitslag.Partnerantwoorden P(int eens, int neutraal, int oneens) => new() { Eens = eens, Neutraal = neutraal, Oneens = oneens };
        Assert.That(GetBeslisuitslag.IsVerdeeld([P(2, 0, 1), P(0, 1, 2)]), Is.True);
        Assert.That(GetBeslisuitslag.IsVerdeeld([P(1, 0, 1), P(0, 0, 2)]), Is.False, "a split organisation is not mostly eens");
        Assert.That(GetBeslisuitslag.IsVerdeeld([P(3, 0, 0), P(0, 3, 0)]), Is.False, "neutraal does not disagree");
    }

    [Test]
    public async Task SubmitAntwoorden_ClosedStellingBadAnswerOrOtherSession_Refused_NothingStored()
    {
        await using var app = TestApp.Create();
        var (s, code, civic, _, _, _) = await MetTweeBijdragenAsync(app);
        var stelling = await app.SendAsync(new AddStelling.Command(s.ProgrammaId, s.BijeenkomstId, "Elke wijk een buurtkamer"));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddStelling.Command(s.ProgrammaId, s.BijeenkomstId, " ")));

        var andere = await app.SendAsync(SessieFixture.Dialoogtafel(s.Plan, "Tweede tafel"));
        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, andere));
        var code2 = (await app.SendAsync(new OpenInvoer.Command(s.ProgrammaId, andere, b.Version))).Code;
        var vreemde = await app.JoinAsync(code2, s.Plan.Dock);

        var before = await app.DumpAsync(SessieFixture.Tabellen);
        var anders = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SubmitAntwoorden.Command(code2, vreemde,
            new Dictionary<long, string> { [stelling] = "eens" })));
        Assert.That(anders!.Errors[SubmitAntwoorden.Veld(stelling)][0], Does.Contain("hoort niet bij deze bijeenkomst"));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SubmitAntwoorden.Command(code, vreemde,
            new Dictionary<long, string> { [stelling] = "eens" })), "not joined in this session");
        var fout = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SubmitAntwoorden.Command(code, civic,
            new Dictionary<long, string> { [stelling] = "misschien" })));
        Assert.That(fout!.Errors[SubmitAntwoorden.Veld(stelling)][0], Is.EqualTo("Kies eens, neutraal of oneens."));
        await app.SendAsync(new CloseStelling.Command(s.ProgrammaId, stelling, 1));
        var dicht = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SubmitAntwoorden.Command(code, civic,
            new Dictionary<long, string> { [stelling] = "eens" })));
        Assert.That(dicht!.Errors[SubmitAntwoorden.Veld(stelling)][0], Does.Contain("gesloten"));
        Assert.That((await app.SendAsync(new GetBeslisuitslag.Query(s.ProgrammaId, s.BijeenkomstId))).Stellingen.Single().Antwoorden, Is.Zero);
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.Not.EqualTo(before), "closing changed the stelling");
    }
}
