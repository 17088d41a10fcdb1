using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

public class LiveInvoerTests
{
    [Test]
    public async Task JoinAndSubmit_OpenCode_StoredWithPartnerNameAndShownToThePhone()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock, " Fatima ");

        var r = await app.SubmitAsync(code, sleutel, "Elk kind een zwemdiploma", "ambitie");

        Assert.That((r.ProgrammaId, r.BijeenkomstId, r.AlOntvangen), Is.EqualTo((s.ProgrammaId, s.BijeenkomstId, false)));
        var b = await app.BijdrageAsync(s, r.BijdrageId);
        Assert.That((b.Soort, b.Tekst, b.Partner, b.Naam, b.Status), Is.EqualTo(("ambitie", "Elk kind een zwemdiploma", "Stichting DOCK", "Fatima", "open")));
        var d = await app.SendAsync(new GetDeelname.Query(code, sleutel));
        Assert.That((d.Partner?.Naam, d.Naam, d.MijnBijdragen.Single().Tekst), Is.EqualTo(("Stichting DOCK", "Fatima", "Elk kind een zwemdiploma")));
    }

    [Test]
    public async Task SubmitBijdrage_SameIdempotencyKeyTwice_StoredOnce()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Civic);

        var eerste = await app.SubmitAsync(code, sleutel, "Eén loket voor schulden", idempotentie: "form-123");
        var tweede = await app.SubmitAsync(code, sleutel, "Eén loket voor schulden", idempotentie: "form-123");
        var gelijktijdig = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.SubmitAsync(code, sleutel, "Tegelijk", idempotentie: "form-456")));

        Assert.That(tweede, Is.EqualTo(eerste with { AlOntvangen = true }));
        Assert.That(gelijktijdig.Select(g => g.BijdrageId).Distinct().Count(), Is.EqualTo(1));
        Assert.That(await app.CountAsync("bijdrage"), Is.EqualTo(2));
    }

    [Test]
    public async Task SubmitBijdrage_HtmlAndScript_StoredAsTyped()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var tekst = "<script>alert('x')</script><b>vet</b> & \"quotes\"";
        var r = await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Civic), tekst);
        Assert.That((await app.BijdrageAsync(s, r.BijdrageId)).Tekst, Is.EqualTo(tekst));
    }

    [Test]
    public async Task SubmitBijdrage_EmptyOrOversizedText_RefusedInDutch_NothingStored()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Civic);
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var leeg = Assert.ThrowsAsync<ValidationException>(() => app.SubmitAsync(code, sleutel, "   "));
        Assert.That(leeg!.Errors["Tekst"][0], Does.Contain("leeg"));
        var lang = Assert.ThrowsAsync<ValidationException>(() => app.SubmitAsync(code, sleutel, new string('a', 1001)));
        Assert.That(lang!.Errors["Tekst"][0], Does.Contain("1001 tekens, maximaal 1000"));
        var soort = Assert.ThrowsAsync<ValidationException>(() => app.SubmitAsync(code, sleutel, "Goed idee", "klacht"));
        Assert.That(soort!.Errors["Soort"][0], Does.Contain("ambitie, belang, idee of zorg"));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));

        await app.SubmitAsync(code, sleutel, new string('a', 1000));
        Assert.That(await app.CountAsync("bijdrage"), Is.EqualTo(1), "exactly 1000 characters is allowed");
    }

    [Test]
    public async Task SubmitBijdrage_UnknownClosedOrMalformedCode_Refused_NothingStored()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Civic);
        var onbekend = code == "AAAAAA" ? "CCCCCC" : "AAAAAA";
        await app.SendAsync(new CloseInvoer.Command(s.ProgrammaId, s.BijeenkomstId, 2));
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var e1 = Assert.ThrowsAsync<ValidationException>(() => app.SubmitAsync(onbekend, sleutel, "Hallo"));
        Assert.That(e1!.Errors["Code"][0], Is.EqualTo(DeelnemerRules.CodeOnbekend));
        var e2 = Assert.ThrowsAsync<ValidationException>(() => app.SubmitAsync(code, sleutel, "Hallo"));
        Assert.That(e2!.Errors["Code"][0], Is.EqualTo(DeelnemerRules.CodeGesloten));
        var e3 = Assert.ThrowsAsync<ValidationException>(() => app.SubmitAsync("AB", sleutel, "Hallo"));
        Assert.That(e3!.Errors["Code"][0], Does.Contain("6 tekens"));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new JoinBijeenkomst.Command(code, "nieuw", s.Plan.Civic, "")));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task SubmitBijdrage_NotJoinedOrForeignPartner_Refused()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var ander = await app.CreateSessieAsync("Ander programma");
        var code = await app.OpenAsync(s);
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SubmitAsync(code, "nooit-aangemeld", "Hallo"));
        Assert.That(e!.Errors["PartnerId"][0], Is.EqualTo(DeelnemerRules.NietAangemeld));
        var p = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new JoinBijeenkomst.Command(code, "telefoon-1", ander.Plan.Civic, "")));
        Assert.That(p!.Errors["PartnerId"][0], Does.Contain("organisatie uit de lijst"));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task JoinBijeenkomst_AgainWithOtherPartner_SameParticipantUpdated()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        await app.SendAsync(new JoinBijeenkomst.Command(code, "telefoon-1", s.Plan.Civic, "Jan"));
        await app.SendAsync(new JoinBijeenkomst.Command(code, "telefoon-1", s.Plan.Dock, "Jan de Vries"));
        var d = await app.SendAsync(new GetDeelname.Query(code, "telefoon-1"));
        Assert.That((await app.CountAsync("deelnemer"), d.Partner!.Id, d.Naam), Is.EqualTo((1L, s.Plan.Dock, "Jan de Vries")));
    }

    [Test]
    public async Task SubmitBijdrage_Audited_WithProgramma()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Civic), "Hallo");
        await using var c = await app.Db.OpenAsync();
        var rij = await Dapper.SqlMapper.QuerySingleAsync<(string Opdracht, long? ProgrammaId)>(c,
            "SELECT opdracht, programma_id FROM audit WHERE opdracht = 'SubmitBijdrage'");
        Assert.That(rij, Is.EqualTo(("SubmitBijdrage", (long?)s.ProgrammaId)));
    }
}
