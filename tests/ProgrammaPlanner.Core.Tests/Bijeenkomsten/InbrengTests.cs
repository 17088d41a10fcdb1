using System.Text.Json;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Speerpunten;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

/// <summary>The public "wat is er met uw inbreng gedaan" page: every bijdrage's fate, by an unguessable token, without an account.</summary>
public class InbrengTests
{
    private static async Task<int> VersionAsync(TestApp app, SessieFixture.Sessie s, long id) => (await app.BijdrageAsync(s, id)).Version;

    [Test]
    public async Task GetInbreng_ConvertedMergedNotAdoptedOpen_EachFateShown_Anonymously()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var fatima = await app.JoinAsync(code, s.Plan.Dock, "Fatima");
        var civic = await app.JoinAsync(code, s.Plan.Civic);
        var speerpunt = (await app.SubmitAsync(code, fatima, "Jongeren een plek geven")).BijdrageId;
        var doel = (await app.SubmitAsync(code, civic, "Minder armoede", "zorg")).BijdrageId;
        var niet = (await app.SubmitAsync(code, civic, "Een nieuw zwembad", "idee")).BijdrageId;
        var samen = (await app.SubmitAsync(code, civic, "Plek voor tieners")).BijdrageId;
        var open = (await app.SubmitAsync(code, fatima, "Meer bankjes", "idee")).BijdrageId;

        await app.SendAsync(new MergeBijdragen.Command(s.ProgrammaId, speerpunt, 1, samen, 1, "Jongeren en tieners een plek geven"));
        await app.SendAsync(new ConvertBijdrageToSpeerpunt.Command(s.ProgrammaId, speerpunt, await VersionAsync(app, s, speerpunt),
            new CreateSpeerpunt.Command(s.ProgrammaId, "Jeugd in Noord", "")));
        await app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, doel, 1, ElementSoort.Doelstelling, s.Plan.Doelstelling));
        await app.SendAsync(new SetNietOvergenomen.Command(s.ProgrammaId, niet, 1, "Past niet binnen het budget"));
        var token = await app.SendAsync(new CreateInbrenglink.Command(s.ProgrammaId, s.BijeenkomstId));

        await using var anoniem = app.Als(new Anoniem());
        var inbreng = await anoniem.SendAsync(new GetInbreng.Query(token));

        Assert.That(inbreng, Is.Not.Null);
        Assert.That((inbreng!.Titel, inbreng.Datum, inbreng.Verborgen), Is.EqualTo(("Dialoogtafel armoede", new DateOnly(2026, 3, 12), 0)));
        var perTekst = inbreng.Bijdragen.ToDictionary(b => b.Tekst);
        Assert.That(perTekst.Keys, Is.EquivalentTo(new[]
            { "Jongeren en tieners een plek geven", "Minder armoede", "Een nieuw zwembad", "Plek voor tieners", "Meer bankjes" }));
        var sp = perTekst["Jongeren en tieners een plek geven"];
        Assert.That((sp.Lot, sp.Partner, sp.Naam), Is.EqualTo((GetInbreng.Lot.Overgenomen, "Stichting DOCK", "Fatima")));
        Assert.That(sp.Elementen, Is.EqualTo(new[] { new GetInbreng.Element("speerpunt", "Jeugd in Noord", "") }));
        var ds = perTekst["Minder armoede"];
        Assert.That((ds.Lot, ds.Elementen.Single().Soort, ds.Elementen.Single().Naam, ds.Elementen.Single().Stand),
            Is.EqualTo((GetInbreng.Lot.Overgenomen, "doelstelling", "Minder huishoudens in armoede", "nog geen meting")));
        Assert.That((perTekst["Een nieuw zwembad"].Lot, perTekst["Een nieuw zwembad"].Reden),
            Is.EqualTo((GetInbreng.Lot.NietOvergenomen, "Past niet binnen het budget")));
        var sv = perTekst["Plek voor tieners"];
        Assert.That((sv.Lot, sv.SamengevoegdMet, sv.SamengevoegdIn?.Elementen.Single().Naam),
            Is.EqualTo((GetInbreng.Lot.Samengevoegd, "Jongeren en tieners een plek geven", "Jeugd in Noord")));
        Assert.That(perTekst["Meer bankjes"].Lot, Is.EqualTo(GetInbreng.Lot.Open));
    }

    [Test]
    public async Task HideBijdrage_LeftOutOfThePublicPage_ButCounted_MembersSeeItMarked_ShowBringsItBack()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock);
        await app.SubmitAsync(code, sleutel, "Goed plan");
        var geheim = (await app.SubmitAsync(code, sleutel, "Meneer Jansen van nummer 12 is het probleem", "zorg")).BijdrageId;
        var token = await app.SendAsync(new CreateInbrenglink.Command(s.ProgrammaId, s.BijeenkomstId));

        var version = await app.SendAsync(new HideBijdrage.Command(s.ProgrammaId, geheim, 1, " Noemt een persoon "));

        await using var anoniem = app.Als(new Anoniem());
        var inbreng = await anoniem.SendAsync(new GetInbreng.Query(token));
        Assert.That((inbreng!.Bijdragen.Select(b => b.Tekst), inbreng.Verborgen), Is.EqualTo((new[] { "Goed plan" }, 1)));
        Assert.That(JsonSerializer.Serialize(inbreng), Does.Not.Contain("Jansen").And.Not.Contain("persoon"));
        Assert.That((await app.BijdrageAsync(s, geheim)).VerborgenReden, Is.EqualTo("Noemt een persoon"));

        await app.SendAsync(new ShowBijdrage.Command(s.ProgrammaId, geheim, version));
        inbreng = await app.SendAsync(new GetInbreng.Query(token));
        Assert.That((inbreng!.Bijdragen.Count, inbreng.Verborgen), Is.EqualTo((2, 0)));
        Assert.That((await app.BijdrageAsync(s, geheim)).VerborgenReden, Is.Null);
    }

    [Test]
    public async Task HideBijdrage_NoReasonOrStaleOrNotFacilitator_RefusedAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var id = (await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Dock), "Tekst")).BijdrageId;
        await using var lezer = await app.LidAsync("Lies", s.ProgrammaId, ProgrammaRol.Lezer);
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var leeg = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new HideBijdrage.Command(s.ProgrammaId, id, 1, "  ")));
        Assert.That(leeg!.Errors["Reden"][0], Does.Contain("Geef de reden"));
        var lang = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new HideBijdrage.Command(s.ProgrammaId, id, 1, new string('a', 1001))));
        Assert.That(lang!.Errors["Reden"][0], Does.Contain("1000"));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new HideBijdrage.Command(s.ProgrammaId, id, 5, "Noemt een persoon")));
        Assert.ThrowsAsync<GeenToegangException>(() => lezer.SendAsync(new HideBijdrage.Command(s.ProgrammaId, id, 1, "Noemt een persoon")));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task GetInbreng_UnknownEmptyOrOversizedToken_Null()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        await app.SendAsync(new CreateInbrenglink.Command(s.ProgrammaId, s.BijeenkomstId));
        await using var anoniem = app.Als(new Anoniem());

        Assert.That(await anoniem.SendAsync(new GetInbreng.Query(CreateInbrenglink.Nieuw())), Is.Null);
        Assert.That(await anoniem.SendAsync(new GetInbreng.Query("")), Is.Null);
        Assert.That(await anoniem.SendAsync(new GetInbreng.Query(new string('x', 5000))), Is.Null);
    }

    [Test]
    public async Task CreateInbrenglink_OneStableUnguessableTokenPerSession_AndATokenOfANeverShowsB()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateSessieAsync();
        var b = new SessieFixture.Sessie(a.Plan, await app.SendAsync(SessieFixture.Dialoogtafel(a.Plan, "Werksessie B")));
        var ander = await app.CreateSessieAsync("Ander programma");
        foreach (var (s, tekst) in new[] { (a, "Inbreng bij A"), (b, "Inbreng bij B"), (ander, "Inbreng elders") })
        {
            var code = await app.OpenAsync(s);
            await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Dock), tekst);
        }

        var tokenA = await app.SendAsync(new CreateInbrenglink.Command(a.ProgrammaId, a.BijeenkomstId));
        var tokenB = await app.SendAsync(new CreateInbrenglink.Command(b.ProgrammaId, b.BijeenkomstId));
        await app.SendAsync(new CreateInbrenglink.Command(ander.ProgrammaId, ander.BijeenkomstId));

        Assert.That(await app.SendAsync(new CreateInbrenglink.Command(a.ProgrammaId, a.BijeenkomstId)), Is.EqualTo(tokenA), "stable");
        Assert.That(await app.SendAsync(new GetInbrenglink.Query(a.ProgrammaId, a.BijeenkomstId)), Is.EqualTo(tokenA));
        Assert.That(tokenA, Does.Match("^[A-Za-z0-9_-]{22}$"), "128 bits, URL-safe");
        Assert.That(tokenB, Is.Not.EqualTo(tokenA));
        await using var anoniem = app.Als(new Anoniem());
        Assert.That((await anoniem.SendAsync(new GetInbreng.Query(tokenA)))!.Bijdragen.Select(x => x.Tekst), Is.EqualTo(new[] { "Inbreng bij A" }));
        Assert.That((await anoniem.SendAsync(new GetInbreng.Query(tokenB)))!.Bijdragen.Select(x => x.Tekst), Is.EqualTo(new[] { "Inbreng bij B" }));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new CreateInbrenglink.Command(a.ProgrammaId, ander.BijeenkomstId)));
    }

    [Test]
    public async Task GetDeelnemerInbrenglink_OnlyForAPhoneThatJoinedThatSession_AfterThePageWasMade()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock);
        await using var anoniem = app.Als(new Anoniem());

        Assert.That(await anoniem.SendAsync(new GetDeelnemerInbrenglink.Query(code, sleutel)), Is.Null, "no page made yet");
        var token = await app.SendAsync(new CreateInbrenglink.Command(s.ProgrammaId, s.BijeenkomstId));
        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        await app.SendAsync(new CloseInvoer.Command(s.ProgrammaId, s.BijeenkomstId, b.Version));

        Assert.That(await anoniem.SendAsync(new GetDeelnemerInbrenglink.Query(code.ToLowerInvariant(), sleutel)), Is.EqualTo(token));
        Assert.That(await anoniem.SendAsync(new GetDeelnemerInbrenglink.Query(code, "een-andere-telefoon")), Is.Null);
        Assert.That(await anoniem.SendAsync(new GetDeelnemerInbrenglink.Query(code, null)), Is.Null);
        Assert.That(await anoniem.SendAsync(new GetDeelnemerInbrenglink.Query("QQQQQQ", sleutel)), Is.Null);
    }
}
