using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

public class BesluitActiepuntTests
{
    [Test]
    public async Task BesluitenEnActiepunten_SavedPerSession_OpenOnesForTheDashboard()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var besluit = await app.SendAsync(new SaveBesluit.Command(s.ProgrammaId, s.BijeenkomstId, null, 0, "We starten met twee buurtkamers"));
        besluit = await app.SendAsync(new SaveBesluit.Command(s.ProgrammaId, s.BijeenkomstId, besluit.BesluitId, 1, "We starten met drie buurtkamers"));
        var a1 = await app.SendAsync(new SaveActiepunt.Command(s.ProgrammaId, s.BijeenkomstId, null, 0, "Locaties zoeken", s.Plan.Dock,
            new DateOnly(2026, 5, 1), "open"));
        var a2 = await app.SendAsync(new SaveActiepunt.Command(s.ProgrammaId, s.BijeenkomstId, null, 0, "Begroting", s.Plan.Civic,
            new DateOnly(2026, 4, 1), "open"));
        await app.SendAsync(new SaveActiepunt.Command(s.ProgrammaId, s.BijeenkomstId, a2.ActiepuntId, 1, "Begroting", s.Plan.Civic,
            new DateOnly(2026, 4, 1), "afgerond"));

        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(b.Besluiten.Select(x => (x.Tekst, x.Version)), Is.EqualTo(new[] { ("We starten met drie buurtkamers", 2) }));
        Assert.That(b.Actiepunten.Select(x => (x.Omschrijving, x.Eigenaar, x.Status)),
            Is.EqualTo(new[] { ("Begroting", "Civic Amsterdam", "afgerond"), ("Locaties zoeken", "Stichting DOCK", "open") }));
        var open = await app.SendAsync(new ListOpenActiepunten.Query(s.ProgrammaId));
        Assert.That(open.Select(x => (x.Omschrijving, x.Bijeenkomst, x.Eigenaar)),
            Is.EqualTo(new[] { ("Locaties zoeken", "Dialoogtafel armoede", "Stichting DOCK") }));

        await app.SendAsync(new DeleteActiepunt.Command(s.ProgrammaId, a1.ActiepuntId, 1));
        await app.SendAsync(new DeleteBesluit.Command(s.ProgrammaId, besluit.BesluitId, 2));
        Assert.That((await app.CountAsync("actiepunt"), await app.CountAsync("besluit")), Is.EqualTo((1L, 0L)));
    }

    [Test]
    public async Task SaveActiepunt_Refusals_NothingChanged()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var ander = await app.CreateSessieAsync("Ander programma");
        var a = await app.SendAsync(new SaveActiepunt.Command(s.ProgrammaId, s.BijeenkomstId, null, 0, "Locaties zoeken", s.Plan.Dock,
            new DateOnly(2026, 5, 1), "open"));
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new SaveActiepunt.Command(s.ProgrammaId, s.BijeenkomstId, null, 0, "", s.Plan.Dock, new DateOnly(2026, 5, 1), "klaar")));
        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Omschrijving", "Status" }));
        var p = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new SaveActiepunt.Command(s.ProgrammaId, s.BijeenkomstId, null, 0, "X", ander.Plan.Dock, new DateOnly(2026, 5, 1), "open")));
        Assert.That(p!.Errors["EigenaarPartnerId"][0], Does.Contain("partner van dit programma"));
        Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(new SaveActiepunt.Command(s.ProgrammaId, s.BijeenkomstId, a.ActiepuntId, 5, "X", s.Plan.Dock, new DateOnly(2026, 5, 1), "open")));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new SaveActiepunt.Command(ander.ProgrammaId, s.BijeenkomstId, null, 0, "X", ander.Plan.Dock, new DateOnly(2026, 5, 1), "open")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SaveBesluit.Command(ander.ProgrammaId, s.BijeenkomstId, null, 0, "X")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteActiepunt.Command(ander.ProgrammaId, a.ActiepuntId, 1)));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task GetVerslag_AttendeesBijdragenVotesBesluitenActiepunten()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var fatima = await app.JoinAsync(code, s.Plan.Dock, "Fatima");
        var a = (await app.SubmitAsync(code, fatima, "Zwemles voor elk kind")).BijdrageId;
        await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Civic), "Zorgen over wachtlijsten", "zorg");
        await app.SendAsync(new OpenStemronde.Command(s.ProgrammaId, s.BijeenkomstId, 1));
        await app.SendAsync(new CastStemmen.Command(code, fatima, [a]));
        await app.SendAsync(new SaveBesluit.Command(s.ProgrammaId, s.BijeenkomstId, null, 0, "Zwemles wordt een project"));

        var v = await app.SendAsync(new GetVerslag.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That((v.Programma, v.Uitgenodigd.Count, v.Aanwezig.Single()), Is.EqualTo(("Samen Noord", 2, "Civic Amsterdam")));
        Assert.That(v.Deelnemers.Select(d => (d.Partner, d.Naam)), Is.EqualTo(new[] { ("Civic Amsterdam", ""), ("Stichting DOCK", "Fatima") }));
        Assert.That(v.Zelfstandig.Select(b => b.Soort), Is.EqualTo(new[] { "ambitie", "zorg" }));
        Assert.That(v.Stemrondes.Single().Uitslag.Single(), Is.EqualTo(new GetVerslag.Uitslag { RondeId = v.Stemrondes[0].Id, BijdrageId = a, Stemmen = 1 }));
        Assert.That(v.Bijeenkomst.Besluiten.Single().Tekst, Is.EqualTo("Zwemles wordt een project"));
    }
}
