using Dapper;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

/// <summary>Owners are people: a member of the programma owns an actiepunt or mijlpaal besides the organisation.</summary>
public class EigenaarPersoonTests
{
    private static readonly DateTimeOffset Nu = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    private static SaveActiepunt.Command Actiepunt(SessieFixture.Sessie s, string wat, long partnerId, DateOnly deadline, long? persoon,
        string status = "open", long? id = null, int version = 0) =>
        new(s.ProgrammaId, s.BijeenkomstId, id, version, wat, partnerId, deadline, status, persoon);

    [Test]
    public async Task Owner_SavedAndListed_AsOrganisatieAndPersoon_ClearedBySavingWithout()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var fatima = await app.LidAsync("Fatima Bakker", s.ProgrammaId, ProgrammaRol.Redacteur);

        var a = await app.SendAsync(Actiepunt(s, "Locaties zoeken", s.Plan.Dock, new DateOnly(2026, 5, 1), fatima.Gebruiker.GebruikerId));
        await app.SendAsync(Actiepunt(s, "Begroting", s.Plan.Civic, new DateOnly(2026, 4, 1), null));

        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(b.Actiepunten.Select(x => (x.Omschrijving, x.EigenaarGebruikerId, x.EigenaarTekst)), Is.EqualTo(new[]
        {
            ("Begroting", (long?)null, "Civic Amsterdam"),
            ("Locaties zoeken", fatima.Gebruiker.GebruikerId, "Stichting DOCK · Fatima Bakker"),
        }));
        var open = await app.SendAsync(new ListOpenActiepunten.Query(s.ProgrammaId));
        Assert.That(open.Select(x => x.EigenaarTekst), Is.EqualTo(new[] { "Civic Amsterdam", "Stichting DOCK · Fatima Bakker" }));
        var verslag = await app.SendAsync(new GetVerslag.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(verslag.Bijeenkomst.Actiepunten.Select(x => x.Persoon), Is.EqualTo(new[] { "", "Fatima Bakker" }));

        await app.SendAsync(Actiepunt(s, "Locaties zoeken", s.Plan.Dock, new DateOnly(2026, 5, 1), null, id: a.ActiepuntId, version: 1));
        b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That(b.Actiepunten.Select(x => x.EigenaarGebruikerId), Is.All.Null);
    }

    [Test]
    public async Task Mijlpaal_OwnerSavedAndListedOnTheProject()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var project = await app.AddProjectAsync(plan.ProgrammaId, "Buurtkamers", plan.Civic);
        var rik = await app.LidAsync("Rik Redacteur", plan.ProgrammaId, ProgrammaRol.Redacteur);

        var m = await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, project, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "gepland",
            EigenaarGebruikerId: rik.Gebruiker.GebruikerId));
        var p = await app.SendAsync(new GetProject.Query(plan.ProgrammaId, project));
        Assert.That(p.Mijlpalen.Select(x => (x.Id, x.EigenaarGebruikerId, x.Persoon)),
            Is.EqualTo(new[] { (m.MijlpaalId, rik.Gebruiker.GebruikerId, "Rik Redacteur") }));
    }

    [Test]
    public async Task ProgrammaFile_CarriesNoOwnerInPerson()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var project = await app.AddProjectAsync(plan.ProgrammaId, "Buurtkamers", plan.Civic);
        var rik = await app.LidAsync("Rik Redacteur", plan.ProgrammaId, ProgrammaRol.Redacteur);
        await app.SendAsync(new SaveMijlpaal.Command(plan.ProgrammaId, project, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "gepland",
            EigenaarGebruikerId: rik.Gebruiker.GebruikerId));

        var json = await app.SendAsync(new Core.Programmas.ExportProgramma.Query(plan.ProgrammaId));
        Assert.That(json, Does.Contain("Aftrap"));
        Assert.That(json, Does.Not.Contain("Rik Redacteur").And.Not.Contain("eigenaar").IgnoreCase);
    }

    [Test]
    public async Task NonMember_Refused_AtTheField_NothingChanged()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var ander = await app.CreateSessieAsync("Ander programma");
        var buiten = await app.LidAsync("Bram Buiten", ander.ProgrammaId, ProgrammaRol.Facilitator);
        var project = await app.AddProjectAsync(s.ProgrammaId, "Buurtkamers", s.Plan.Civic);
        var before = await app.DumpAsync(SessieFixture.Tabellen);
        var mijlpalen = await app.CountAsync("mijlpaal");

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(Actiepunt(s, "Locaties zoeken", s.Plan.Dock, new DateOnly(2026, 5, 1), buiten.Gebruiker.GebruikerId)));
        Assert.That(e!.Errors["EigenaarGebruikerId"][0], Does.Contain("lid van dit programma"));
        var m = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SaveMijlpaal.Command(s.ProgrammaId, project, null, 0, "Aftrap",
            new DateOnly(2026, 3, 1), "gepland", EigenaarGebruikerId: buiten.Gebruiker.GebruikerId)));
        Assert.That(m!.Errors["EigenaarGebruikerId"][0], Does.Contain("lid van dit programma"));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Actiepunt(s, "X", s.Plan.Dock, new DateOnly(2026, 5, 1), 987654)));

        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
        Assert.That(await app.CountAsync("mijlpaal"), Is.EqualTo(mijlpalen));
    }

    [Test]
    public async Task LeavingTheProgramma_ClearsOwnership_There_DeletingTheAccount_Everywhere()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var ander = await app.CreateSessieAsync("Ander programma");
        var project = await app.AddProjectAsync(s.ProgrammaId, "Buurtkamers", s.Plan.Civic);
        var fatima = await app.AccountAsync("Fatima Bakker", false, new CreateGebruiker.Lidmaatschap(s.ProgrammaId, ProgrammaRol.Lezer),
            new CreateGebruiker.Lidmaatschap(ander.ProgrammaId, ProgrammaRol.Lezer));
        var id = fatima.Gebruiker.GebruikerId!.Value;
        await app.SendAsync(Actiepunt(s, "Hier", s.Plan.Dock, new DateOnly(2026, 5, 1), id));
        await app.SendAsync(new SaveMijlpaal.Command(s.ProgrammaId, project, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "gepland",
            EigenaarGebruikerId: id));
        await app.SendAsync(Actiepunt(ander, "Daar", ander.Plan.Dock, new DateOnly(2026, 5, 1), id));

        await app.SendAsync(new UpdateLidmaatschap.Command(s.ProgrammaId, id, null));

        Assert.That(await EigenarenAsync(app), Is.EqualTo(new[] { ("Daar", (long?)id), ("Hier", null), ("mijlpaal Aftrap", null) }));
        var hier = (await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId))).Actiepunten.Single();
        Assert.That((hier.Version, hier.EigenaarTekst), Is.EqualTo((2, "Stichting DOCK")), "the change shows as a new version");

        await app.SendAsync(new DeleteGebruiker.Command(id));
        Assert.That(await EigenarenAsync(app), Is.EqualTo(new[] { ("Daar", (long?)null), ("Hier", null), ("mijlpaal Aftrap", null) }));
    }

    [Test]
    public async Task MijnActiepunten_OnlyTheCallers_OnlyOfProgrammasTheyBelongTo_OverdueFirst()
    {
        await using var app = TestApp.Create(new TestKlok(Nu));
        var s = await app.CreateSessieAsync();
        var ander = await app.CreateSessieAsync("Ander programma");
        var project = await app.AddProjectAsync(s.ProgrammaId, "Buurtkamers", s.Plan.Civic);
        var fatima = await app.AccountAsync("Fatima Bakker", false, new CreateGebruiker.Lidmaatschap(s.ProgrammaId, ProgrammaRol.Lezer),
            new CreateGebruiker.Lidmaatschap(ander.ProgrammaId, ProgrammaRol.Redacteur));
        var rik = await app.LidAsync("Rik Redacteur", s.ProgrammaId, ProgrammaRol.Redacteur);
        var f = fatima.Gebruiker.GebruikerId!.Value;

        await app.SendAsync(Actiepunt(s, "Later", s.Plan.Dock, new DateOnly(2026, 7, 1), f));
        await app.SendAsync(Actiepunt(s, "Vandaag", s.Plan.Dock, new DateOnly(2026, 6, 15), f));
        await app.SendAsync(Actiepunt(s, "Te laat", s.Plan.Civic, new DateOnly(2026, 6, 14), f));
        await app.SendAsync(Actiepunt(s, "Afgerond", s.Plan.Civic, new DateOnly(2026, 1, 1), f, "afgerond"));
        await app.SendAsync(Actiepunt(s, "Van Rik", s.Plan.Civic, new DateOnly(2026, 1, 1), rik.Gebruiker.GebruikerId));
        await app.SendAsync(Actiepunt(s, "Zonder persoon", s.Plan.Civic, new DateOnly(2026, 1, 1), null));
        await app.SendAsync(Actiepunt(ander, "Elders te laat", ander.Plan.Dock, new DateOnly(2026, 2, 1), f));
        await app.SendAsync(new SaveMijlpaal.Command(s.ProgrammaId, project, null, 0, "Aftrap", new DateOnly(2026, 3, 1), "gepland",
            EigenaarGebruikerId: f));
        await app.SendAsync(new SaveMijlpaal.Command(s.ProgrammaId, project, null, 0, "Gehaald", new DateOnly(2026, 3, 1), "gehaald",
            EigenaarGebruikerId: f));
        await app.SendAsync(new SaveMijlpaal.Command(s.ProgrammaId, project, null, 0, "Straks", new DateOnly(2026, 9, 1), "gepland",
            EigenaarGebruikerId: f));

        var mijn = await fatima.SendAsync(new ListMijnActiepunten.Query());
        Assert.That(mijn.Actiepunten.Select(a => (a.Omschrijving, a.Programma, a.TeLaat)), Is.EqualTo(new[]
        {
            ("Elders te laat", "Ander programma", true), ("Te laat", "Samen Noord", true),
            ("Vandaag", "Samen Noord", false), ("Later", "Samen Noord", false),
        }));
        Assert.That(mijn.Actiepunten[1], Is.EqualTo(mijn.Actiepunten[1] with
        {
            ProgrammaId = s.ProgrammaId,
            BijeenkomstId = s.BijeenkomstId,
            Bijeenkomst = "Dialoogtafel armoede",
            Organisatie = "Civic Amsterdam",
        }));
        Assert.That(mijn.Mijlpalen.Select(m => (m.Titel, m.Project, m.ProjectId)), Is.EqualTo(new[] { ("Aftrap", "Buurtkamers", project) }));
        Assert.That((await rik.SendAsync(new ListMijnActiepunten.Query())).Actiepunten.Select(a => a.Omschrijving), Is.EqualTo(new[] { "Van Rik" }));

        // She leaves the other programma: its actiepunt is no longer hers (and would not be listed even if it still named her).
        await app.SendAsync(new UpdateLidmaatschap.Command(ander.ProgrammaId, f, null));
        await using (var c = await app.Db.OpenAsync())
            await c.ExecuteAsync("UPDATE actiepunt SET eigenaar_gebruiker_id = @f WHERE omschrijving = 'Elders te laat'", new { f });
        mijn = await fatima.SendAsync(new ListMijnActiepunten.Query());
        Assert.That(mijn.Actiepunten.Select(a => a.Omschrijving), Is.EqualTo(new[] { "Te laat", "Vandaag", "Later" }));
        Assert.That((await app.SendAsync(new ListMijnActiepunten.Query())).Leeg, Is.True, "the installation itself owns nothing");
    }

    private static async Task<List<(string, long?)>> EigenarenAsync(TestApp app)
    {
        await using var c = await app.Db.OpenAsync();
        return (await c.QueryAsync<(string, long?)>(
            """
            SELECT omschrijving, eigenaar_gebruiker_id FROM actiepunt
            UNION ALL SELECT 'mijlpaal ' || titel, eigenaar_gebruiker_id FROM mijlpaal ORDER BY 1
            """)).ToList();
    }
}
