using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

public class StemTests
{
    private static async Task<(SessieFixture.Sessie S, string Code, string Sleutel, long A, long B)> MetTweeBijdragenAsync(TestApp app)
    {
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Civic);
        var a = (await app.SubmitAsync(code, sleutel, "Buurtkamer in elke wijk")).BijdrageId;
        var b = (await app.SubmitAsync(code, sleutel, "Schuldhulp zonder wachtlijst", "idee")).BijdrageId;
        return (s, code, sleutel, a, b);
    }

    [Test]
    public async Task CastStemmen_WithinAllowance_CountedAndReplacedOnResend()
    {
        await using var app = TestApp.Create();
        var (s, code, sleutel, a, b) = await MetTweeBijdragenAsync(app);
        await app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 3));

        await app.SendAsync(new CastStemmen.Command(code, sleutel, [a, a, b]));
        await app.SendAsync(new CastStemmen.Command(code, sleutel, [a, a, b]));
        var ander = await app.JoinAsync(code, s.Plan.Dock);
        await app.SendAsync(new CastStemmen.Command(code, ander, [b]));

        Assert.That((await app.BijdrageAsync(s, a)).Stemmen, Is.EqualTo(2));
        Assert.That((await app.BijdrageAsync(s, b)).Stemmen, Is.EqualTo(2));
        var d = await app.SendAsync(new GetDeelname.Query(code, sleutel));
        Assert.That((d.Stemronde!.StemmenPerDeelnemer, d.Stemronde.MijnStemmen), Is.EqualTo((3, new List<long> { a, a, b })));
        var verslag = await app.SendAsync(new GetVerslag.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(verslag.Stemrondes.Single().Stemmers, Is.EqualTo(2));
    }

    [Test]
    public async Task CastStemmen_BeyondAllowanceOrNoRound_RefusedInDutch_NothingChanged()
    {
        await using var app = TestApp.Create();
        var (s, code, sleutel, a, b) = await MetTweeBijdragenAsync(app);
        var geen = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CastStemmen.Command(code, sleutel, [a])));
        Assert.That(geen!.Errors["BijdrageIds"][0], Does.Contain("geen stemronde"));

        await app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 2));
        await app.SendAsync(new CastStemmen.Command(code, sleutel, [a]));
        var before = await app.DumpAsync(SessieFixture.Tabellen);
        var teveel = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CastStemmen.Command(code, sleutel, [a, b, b])));
        Assert.That(teveel!.Errors["BijdrageIds"][0], Is.EqualTo("U heeft 2 stemmen en koos er 3. Haal er 1 weg."));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CastStemmen.Command(code, sleutel, [999])));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task OpenStemronde_WhileOneRunsOrInvoerClosed_Refused()
    {
        await using var app = TestApp.Create();
        var (s, _, _, _, _) = await MetTweeBijdragenAsync(app);
        var ronde = await app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 3));
        Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 3)));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 0)));
        await app.SendAsync(new CloseStemronde.Command(s.ProgrammaId, ronde, 1));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new CloseStemronde.Command(s.ProgrammaId, ronde, 1)));
        var tweede = await app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 1));
        Assert.That(tweede, Is.Not.EqualTo(ronde));

        await app.SendAsync(new CloseInvoer.Command(s.ProgrammaId, s.BijeenkomstId, 2));
        Assert.That((await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId))).OpenStemronde, Is.Null, "closing input closes the round");
        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 3)));
        Assert.That(e!.Message, Does.Contain("Open de bijeenkomst eerst voor invoer"));
    }
}
