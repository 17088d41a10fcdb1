using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Speerpunten;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

/// <summary>A participant changes or withdraws their own bijdragen from the phone, and nobody else's.</summary>
public class EigenBijdrageTests
{
    private static Task<UpdateEigenBijdrage.Result> WijzigAsync(TestApp app, string code, string sleutel, long id, int version,
        string tekst, string soort = "idee") =>
        app.SendAsync(new UpdateEigenBijdrage.Command(code, sleutel, id, version, soort, tekst));

    private static Task<WithdrawEigenBijdrage.Result> TrekInAsync(TestApp app, string code, string sleutel, long id, int version = 1) =>
        app.SendAsync(new WithdrawEigenBijdrage.Command(code, sleutel, id, version));

    [Test]
    public async Task UpdateEigenBijdrage_Own_SoortAndTextChanged_ShownToThePhoneAndTheWall_Audited()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock, "Fatima");
        var r = await app.SubmitAsync(code, sleutel, "Zwemles", "ambitie");

        var nieuw = await WijzigAsync(app, code, sleutel, r.BijdrageId, 1, "  Elk kind een zwemdiploma  ", "idee");

        Assert.That(nieuw, Is.EqualTo(new UpdateEigenBijdrage.Result(s.ProgrammaId, 2)));
        var b = await app.BijdrageAsync(s, r.BijdrageId);
        Assert.That((b.Soort, b.Tekst, b.Partner, b.Naam, b.Version), Is.EqualTo(("idee", "Elk kind een zwemdiploma", "Stichting DOCK", "Fatima", 2)));
        var mijn = (await app.SendAsync(new GetDeelname.Query(code, sleutel))).MijnBijdragen.Single();
        Assert.That((mijn.Tekst, mijn.Version, mijn.Vast), Is.EqualTo(("Elk kind een zwemdiploma", 2, false)));
        await using var c = await app.Db.OpenAsync();
        var audit = await Dapper.SqlMapper.QuerySingleAsync<(long? ProgrammaId, string Samenvatting)>(c,
            "SELECT programma_id, samenvatting FROM audit WHERE opdracht = 'UpdateEigenBijdrage'");
        Assert.That(audit.ProgrammaId, Is.EqualTo(s.ProgrammaId));
        Assert.That(audit.Samenvatting, Does.Not.Contain(sleutel), "the cookie key is the phone's credential");
    }

    [Test]
    public async Task WithdrawEigenBijdrage_Own_Gone_OthersKept()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock);
        var weg = await app.SubmitAsync(code, sleutel, "Vergissing");
        var blijft = await app.SubmitAsync(code, sleutel, "Blijft staan");

        Assert.That(await TrekInAsync(app, code, sleutel, weg.BijdrageId), Is.EqualTo(new WithdrawEigenBijdrage.Result(s.ProgrammaId)));

        var wand = await app.SendAsync(new ListBijdragen.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(wand.Select(b => b.Id), Is.EqualTo(new[] { blijft.BijdrageId }));
        Assert.That((await app.SendAsync(new GetDeelname.Query(code, sleutel))).MijnBijdragen.Select(b => b.Tekst), Is.EqualTo(new[] { "Blijft staan" }));
        Assert.ThrowsAsync<NotFoundException>(() => TrekInAsync(app, code, sleutel, weg.BijdrageId), "twice: already gone");
    }

    [Test]
    public async Task ForeignOrUnknownId_RefusedAsNotFound_NothingChanged()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var ander = await app.CreateSessieAsync("Ander programma");
        var code = await app.OpenAsync(s);
        var anderCode = await app.OpenAsync(ander);
        var fatima = await app.JoinAsync(code, s.Plan.Dock);
        var jan = await app.JoinAsync(code, s.Plan.Civic);
        var vanJan = await app.SubmitAsync(code, jan, "Van Jan");
        var elders = await app.SubmitAsync(anderCode, await app.JoinAsync(anderCode, ander.Plan.Civic), "Elders");
        var facilitator = await app.SendAsync(new AddBijdrage.Command(s.ProgrammaId, s.BijeenkomstId, "zorg", "Door de gespreksleider", s.Plan.Civic, ""));
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        foreach (var id in new[] { vanJan.BijdrageId, elders.BijdrageId, facilitator, 999_999 })
        {
            var w = Assert.ThrowsAsync<NotFoundException>(() => WijzigAsync(app, code, fatima, id, 1, "Overgenomen"));
            Assert.That(w!.Message, Is.EqualTo("De bijdrage bestaat niet (meer)."), $"id {id}: the same answer, nothing revealed");
            var t = Assert.ThrowsAsync<NotFoundException>(() => TrekInAsync(app, code, fatima, id));
            Assert.That(t!.Message, Is.EqualTo("De bijdrage bestaat niet (meer)."));
        }
        // Jan's own key but the code of the other session: scoped by session too.
        Assert.ThrowsAsync<ValidationException>(() => TrekInAsync(app, anderCode, jan, vanJan.BijdrageId));
        Assert.ThrowsAsync<ValidationException>(() => WijzigAsync(app, code, "nooit-aangemeld-telefoon", vanJan.BijdrageId, 1, "X"));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task AfterInputClosed_Refused_NothingChanged()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock);
        var r = await app.SubmitAsync(code, sleutel, "Zwemles");
        await app.SendAsync(new CloseInvoer.Command(s.ProgrammaId, s.BijeenkomstId, 2));
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var w = Assert.ThrowsAsync<ValidationException>(() => WijzigAsync(app, code, sleutel, r.BijdrageId, 1, "Later"));
        Assert.That(w!.Errors["Code"][0], Is.EqualTo(DeelnemerRules.CodeGesloten));
        var t = Assert.ThrowsAsync<ValidationException>(() => TrekInAsync(app, code, sleutel, r.BijdrageId));
        Assert.That(t!.Errors["Code"][0], Is.EqualTo(DeelnemerRules.CodeGesloten));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task AfterMergeConvertNietOvergenomenOrVote_Refused_NothingChanged()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock);
        var bron = (await app.SubmitAsync(code, sleutel, "Bron")).BijdrageId;
        var doel = (await app.SubmitAsync(code, sleutel, "Doel")).BijdrageId;
        var omgezet = (await app.SubmitAsync(code, sleutel, "Omgezet")).BijdrageId;
        var afgewezen = (await app.SubmitAsync(code, sleutel, "Afgewezen")).BijdrageId;
        var gestemd = (await app.SubmitAsync(code, sleutel, "Gestemd")).BijdrageId;
        await app.SendAsync(new MergeBijdragen.Command(s.ProgrammaId, doel, 1, bron, 1, "Doel en bron"));
        await app.SendAsync(new ConvertBijdrageToSpeerpunt.Command(s.ProgrammaId, omgezet, 1, new CreateSpeerpunt.Command(s.ProgrammaId, "Zwemmen", "")));
        await app.SendAsync(new SetNietOvergenomen.Command(s.ProgrammaId, afgewezen, 1, "Past niet"));
        await app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 1));
        await app.SendAsync(new CastStemmen.Command(code, await app.JoinAsync(code, s.Plan.Civic), [gestemd]));
        var mijn = (await app.SendAsync(new GetDeelname.Query(code, sleutel))).MijnBijdragen.ToDictionary(b => b.Id);
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        foreach (var id in new[] { bron, doel, omgezet, afgewezen, gestemd })
        {
            Assert.That(mijn[id].Vast, Is.True, $"{id} is shown without Wijzigen/Intrekken");
            var verwacht = id == gestemd ? UpdateEigenBijdrage.Gestemd : UpdateEigenBijdrage.Verwerkt;
            var w = Assert.ThrowsAsync<RefusedException>(() => WijzigAsync(app, code, sleutel, id, mijn[id].Version, "Toch anders"));
            Assert.That(w!.Message, Is.EqualTo(verwacht));
            var t = Assert.ThrowsAsync<RefusedException>(() => TrekInAsync(app, code, sleutel, id, mijn[id].Version));
            Assert.That(t!.Message, Is.EqualTo(verwacht));
        }
        Assert.That(UpdateEigenBijdrage.Verwerkt, Does.StartWith("De gespreksleider heeft deze bijdrage al verwerkt"));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task StaleVersion_FacilitatorEditedMeanwhile_Conflict_FacilitatorTextKept()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock);
        var id = (await app.SubmitAsync(code, sleutel, "Zwemles")).BijdrageId;
        await app.SendAsync(new UpdateBijdrage.Command(s.ProgrammaId, id, 1, "ambitie", "Zwemles voor elk kind", s.Plan.Dock, "Sport"));
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var w = Assert.ThrowsAsync<ConflictException>(() => WijzigAsync(app, code, sleutel, id, 1, "Mijn versie"));
        Assert.That(w!.Message, Does.Contain("intussen door iemand anders gewijzigd"));
        Assert.ThrowsAsync<ConflictException>(() => TrekInAsync(app, code, sleutel, id, 1));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));

        // With the current version (after reloading), a clustered bijdrage can still be changed; it stays in its cluster.
        await WijzigAsync(app, code, sleutel, id, 2, "Mijn versie");
        var b = await app.BijdrageAsync(s, id);
        Assert.That((b.Tekst, b.Cluster), Is.EqualTo(("Mijn versie", "Sport")));
    }

    [Test]
    public async Task UpdateEigenBijdrage_EmptyOversizedOrBadSoort_RefusedInDutch_NothingChanged()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock);
        var id = (await app.SubmitAsync(code, sleutel, "Zwemles")).BijdrageId;
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var leeg = Assert.ThrowsAsync<ValidationException>(() => WijzigAsync(app, code, sleutel, id, 1, "  \n "));
        Assert.That(leeg!.Errors["Tekst"][0], Does.Contain("leeg"));
        var lang = Assert.ThrowsAsync<ValidationException>(() => WijzigAsync(app, code, sleutel, id, 1, new string('a', 1001)));
        Assert.That(lang!.Errors["Tekst"][0], Does.Contain("1001 tekens, maximaal 1000"));
        var soort = Assert.ThrowsAsync<ValidationException>(() => WijzigAsync(app, code, sleutel, id, 1, "Goed", "klacht"));
        Assert.That(soort!.Errors["Soort"][0], Does.Contain("ambitie, belang, idee of zorg"));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));

        await WijzigAsync(app, code, sleutel, id, 1, new string('a', 1000) + "\u0007");
        Assert.That((await app.BijdrageAsync(s, id)).Tekst, Is.EqualTo(new string('a', 1000)), "exactly 1000 allowed; control characters cleaned");
    }
}
