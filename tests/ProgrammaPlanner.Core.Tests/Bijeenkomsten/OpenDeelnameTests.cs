using Dapper;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

/// <summary>Anyone in the room takes part: residents and informal partners join and send bijdragen when the facilitator allows it.</summary>
public class OpenDeelnameTests
{
    private static async Task<string> AllowAsync(TestApp app, SessieFixture.Sessie s, bool open = true)
    {
        var code = await app.OpenAsync(s);
        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        await app.SendAsync(new SetOpenDeelname.Command(s.ProgrammaId, s.BijeenkomstId, b.Version, open));
        return code;
    }

    [Test]
    public async Task JoinAsBewoner_Allowed_SubmitShownUnderNamens()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await AllowAsync(app, s);
        var sleutel = Guid.NewGuid().ToString("N");

        await app.SendAsync(new JoinBijeenkomst.Command(code, sleutel, null, " Anna ", " Buurtvereniging De Kolk "));
        var r = await app.SubmitAsync(code, sleutel, "Een bankje bij de bushalte", "idee");

        var b = await app.BijdrageAsync(s, r.BijdrageId);
        Assert.That((b.PartnerId, b.Partner, b.Naam, b.Namens, b.IngevoerdDoor), Is.EqualTo(((long?)null, "Buurtvereniging De Kolk", "Anna",
            "Buurtvereniging De Kolk", "")));
        var d = await app.SendAsync(new GetDeelname.Query(code, sleutel));
        Assert.That((d.OpenDeelname, d.Aangemeld, d.Partner, d.Namens, d.MijnBijdragen.Count), Is.EqualTo((true, true, (GetDeelname.Keuze?)null,
            "Buurtvereniging De Kolk", 1)));
        var verslag = await app.SendAsync(new GetVerslag.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(verslag.Deelnemers.Single(), Is.EqualTo(new GetVerslag.Deelnemer { Partner = "Buurtvereniging De Kolk", Naam = "Anna" }));
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit WHERE opdracht = 'SetOpenDeelname'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Bewoner_VotesInTheRound_SeesPartnerAndNamensOnTheCards()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await AllowAsync(app, s);
        var partner = await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Civic), "Schuldhulp in de buurt");
        var sleutel = Guid.NewGuid().ToString("N");
        await app.SendAsync(new JoinBijeenkomst.Command(code, sleutel, null, "", "De Kolk"));
        var eigen = await app.SubmitAsync(code, sleutel, "Speeltuin opknappen");
        await app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 3));

        await app.SendAsync(new CastStemmen.Command(code, sleutel, [partner.BijdrageId, eigen.BijdrageId, eigen.BijdrageId]));

        var d = await app.SendAsync(new GetDeelname.Query(code, sleutel));
        Assert.That(d.Stemronde!.Bijdragen.Select(b => b.Partner), Is.EquivalentTo(new[] { "Civic Amsterdam", "De Kolk" }));
        Assert.That((await app.BijdrageAsync(s, eigen.BijdrageId)).Stemmen, Is.EqualTo(2));
    }

    [Test]
    public async Task JoinAsBewoner_EmptyNamens_ShownAsBewoner()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await AllowAsync(app, s);
        var sleutel = Guid.NewGuid().ToString("N");
        await app.SendAsync(new JoinBijeenkomst.Command(code, sleutel, null, "", ""));
        var r = await app.SubmitAsync(code, sleutel, "Meer groen");
        Assert.That((await app.BijdrageAsync(s, r.BijdrageId)).Partner, Is.EqualTo("Bewoner"));
    }

    [Test]
    public async Task JoinAsBewoner_NotAllowed_RefusedWithTheInvitedPartnersMessage_NothingStored()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        // A replayed or hand-made post without a partner, while the session is for invited partners only.
        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new JoinBijeenkomst.Command(code, Guid.NewGuid().ToString("N"), null, "", "Buurtvereniging De Kolk")));

        Assert.That(e!.Errors["PartnerId"][0], Is.EqualTo(JoinBijeenkomst.NietUitgenodigd));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
        Assert.That((await app.SendAsync(new GetDeelname.Query(code, null))).OpenDeelname, Is.False);
    }

    [Test]
    public async Task SubmitAsBewoner_AfterFacilitatorSwitchedOff_Refused()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await AllowAsync(app, s);
        var sleutel = Guid.NewGuid().ToString("N");
        await app.SendAsync(new JoinBijeenkomst.Command(code, sleutel, null, "", "Bewonersgroep"));
        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        await app.SendAsync(new SetOpenDeelname.Command(s.ProgrammaId, s.BijeenkomstId, b.Version, false));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SubmitAsync(code, sleutel, "Nog een idee"));
        Assert.That(e!.Errors["PartnerId"][0], Is.EqualTo(DeelnemerRules.NietAangemeld));
        Assert.That(await app.CountAsync("bijdrage"), Is.Zero);
    }

    [Test]
    public async Task JoinAsBewoner_NamensTooLongOrPartnerZero_DutchMessageAtTheField()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await AllowAsync(app, s);

        var lang = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new JoinBijeenkomst.Command(code, Guid.NewGuid().ToString("N"), null, "", new string('k', Tekstgrenzen.Kort + 1))));
        Assert.That(lang!.Errors["Namens"][0], Is.EqualTo("Namens wie u meedoet is te lang (maximaal 100 tekens)."));
        var geen = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new JoinBijeenkomst.Command(code, Guid.NewGuid().ToString("N"), 0, "")));
        Assert.That(geen!.Errors["PartnerId"][0], Does.Contain("Kies voor welke organisatie"));
        Assert.That(await app.CountAsync("deelnemer"), Is.Zero);

        // Control characters are cleaned like every text.
        var sleutel = Guid.NewGuid().ToString("N");
        await app.SendAsync(new JoinBijeenkomst.Command(code, sleutel, null, "", "De\u0007 Kolk\u202E"));
        Assert.That((await app.SendAsync(new GetDeelname.Query(code, sleutel))).Namens, Is.EqualTo("De Kolk"));
    }

    [Test]
    public async Task AddBijdrage_ForBewonerOnBehalf_FlaggedAndLogged()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();

        var id = await app.SendAsync(new AddBijdrage.Command(s.ProgrammaId, s.BijeenkomstId, "zorg", "Geen lift in de flat", null, "Mevrouw Jansen",
            "Ervaringsdeskundigen Noord"));
        var partner = await app.SendAsync(new AddBijdrage.Command(s.ProgrammaId, s.BijeenkomstId, "idee", "Samen intake", s.Plan.Dock, "", "genegeerd"));

        var b = await app.BijdrageAsync(s, id);
        Assert.That((b.PartnerId, b.Partner, b.Naam, b.IngevoerdDoor), Is.EqualTo(((long?)null, "Ervaringsdeskundigen Noord", "Mevrouw Jansen", "systeem")));
        var p = await app.BijdrageAsync(s, partner);
        Assert.That((p.PartnerId, p.Partner, p.Namens), Is.EqualTo(((long?)s.Plan.Dock, "Stichting DOCK", "")));
        await using var c = await app.Db.OpenAsync();
        var audit = (await c.QueryAsync<string>("SELECT opdracht FROM audit WHERE opdracht = 'AddBijdrage'")).ToList();
        Assert.That(audit, Has.Count.EqualTo(2));
        Assert.That(LogboekAttribute.LabelVan("AddBijdrage"), Is.EqualTo("Bijdrage ingevoerd namens een deelnemer"));
    }

    [Test]
    public async Task UpdateBijdrage_PartnerToBewoner_AndBack()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var id = await app.SendAsync(new AddBijdrage.Command(s.ProgrammaId, s.BijeenkomstId, "idee", "Buurtmoestuin", s.Plan.Civic, ""));

        var v = await app.SendAsync(new UpdateBijdrage.Command(s.ProgrammaId, id, 1, "idee", "Buurtmoestuin", null, "", "Tuinclub"));
        Assert.That((await app.BijdrageAsync(s, id)).Partner, Is.EqualTo("Tuinclub"));
        await app.SendAsync(new UpdateBijdrage.Command(s.ProgrammaId, id, v, "idee", "Buurtmoestuin", s.Plan.Prisma, ""));
        Assert.That((await app.BijdrageAsync(s, id)).Partner, Is.EqualTo("Stichting Prisma"));
    }

    [Test]
    public async Task Herkomst_BijdrageOfBewoner_ShowsNamens()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var id = await app.SendAsync(new AddBijdrage.Command(s.ProgrammaId, s.BijeenkomstId, "ambitie", "Iedereen doet mee", null, "", "De Kolk"));
        await app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, id, 1, ElementSoort.Speerpunt, s.Plan.Armoede));

        var herkomst = await app.SendAsync(new GetHerkomst.Query(s.ProgrammaId, ElementSoort.Speerpunt, s.Plan.Armoede));
        Assert.That(herkomst.Single().Partner, Is.EqualTo("De Kolk"));
        var plan = await app.SendAsync(new GetPlanHerkomst.Query(s.ProgrammaId));
        Assert.That(plan.Elementen.Single().Bijdragen.Single().Partner, Is.EqualTo("De Kolk"));
    }
}
