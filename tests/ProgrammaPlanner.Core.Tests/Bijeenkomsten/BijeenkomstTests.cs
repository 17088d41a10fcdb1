using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

public class BijeenkomstTests
{
    [Test]
    public async Task CreateBijeenkomst_ReadBack_WithPartnersAndVersion()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();

        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That((b.Soort, b.Titel, b.Datum, b.Begintijd, b.Eindtijd, b.Locatie, b.InvoerOpen, b.Version),
            Is.EqualTo((BijeenkomstSoort.Dialoogtafel, "Dialoogtafel armoede", new DateOnly(2026, 3, 12), "19:30", "21:30", "Buurthuis De Meeuw", false, 1)));
        Assert.That(b.UitgenodigdIds, Is.EquivalentTo(new[] { s.Plan.Civic, s.Plan.Dock }));
        Assert.That(b.AanwezigIds, Is.EquivalentTo(new[] { s.Plan.Civic }));
        var lijst = await app.SendAsync(new ListBijeenkomsten.Query(s.ProgrammaId));
        Assert.That(lijst.Select(x => x.Titel), Is.EqualTo(new[] { "Dialoogtafel armoede" }));
    }

    [Test]
    public async Task UpdateBijeenkomst_NewFieldsAndPartners_StaleConflict_OtherProgrammaNotFound()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        UpdateBijeenkomst.Command Update(long programmaId, int version) => new(programmaId, s.BijeenkomstId, version, BijeenkomstSoort.Werkbijeenkomst,
            "Werkbijeenkomst 1", new DateOnly(2026, 4, 2), new TimeOnly(9, 0), new TimeOnly(12, 0), "Stadsdeelkantoor", "", "", [s.Plan.Prisma],
                [s.Plan.Prisma, s.Plan.Dock]);

        Assert.That(await app.SendAsync(Update(s.ProgrammaId, 1)), Is.EqualTo(2));
        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That((b.Soort, b.Titel, b.Begintijd), Is.EqualTo((BijeenkomstSoort.Werkbijeenkomst, "Werkbijeenkomst 1", "09:00")));
        Assert.That(b.AanwezigIds, Is.EquivalentTo(new[] { s.Plan.Prisma, s.Plan.Dock }));

        var before = await app.DumpAsync(SessieFixture.Tabellen);
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Update(s.ProgrammaId, 1)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Update(ander, 2)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetBijeenkomst.Query(ander, s.BijeenkomstId)));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task CreateBijeenkomst_BadInput_DutchMessagesAndNothingStored()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var goed = SessieFixture.Dialoogtafel(plan);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(goed with { Titel = " ", Soort = "feest", Eindtijd = new TimeOnly(18, 0) }));
        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Titel", "Soort", "Eindtijd" }));
        Assert.That(e.Errors["Eindtijd"][0], Does.Contain("na de begintijd"));
        var p = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(goed with { UitgenodigdIds = [ander.Civic] }));
        Assert.That(p!.Errors["UitgenodigdIds"][0], Does.Contain("partners van dit programma"));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(goed with { ProgrammaId = 999 }));
        Assert.That(await app.CountAsync("bijeenkomst"), Is.Zero);
    }

    [Test]
    public async Task DeleteBijeenkomst_WithoutBijdragen_Deleted_WithBijdragen_Refused()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var leeg = await app.SendAsync(SessieFixture.Dialoogtafel(s.Plan, "Lege tafel"));
        await app.SendAsync(new SaveBesluit.Command(s.ProgrammaId, leeg, null, 0, "We gaan door"));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteBijeenkomst.Command(s.ProgrammaId, leeg, 5)));
        await app.SendAsync(new DeleteBijeenkomst.Command(s.ProgrammaId, leeg, 1));
        Assert.That((await app.CountAsync("bijeenkomst"), await app.CountAsync("besluit")), Is.EqualTo((1L, 0L)));

        var code = await app.OpenAsync(s);
        await app.SubmitAsync(code, await app.JoinAsync(code, s.Plan.Civic), "Meer jongeren aan het werk");
        var before = await app.DumpAsync(SessieFixture.Tabellen);
        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new DeleteBijeenkomst.Command(s.ProgrammaId, s.BijeenkomstId, 2)));
        Assert.That(e!.Message, Does.Contain("1 bijdrage").And.Contain("niet overgenomen"));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
    }

    [Test]
    public async Task OpenInvoer_ShortUnambiguousCode_CloseInvoer_CodeStopsWorking()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        Assert.That(code, Has.Length.EqualTo(6).And.Matches("^[ACDEFGHJKMNPQRTUVWXY3469]{6}$"));

        var d = await app.SendAsync(new GetDeelname.Query(code.ToLowerInvariant(), null));
        Assert.That((d.Titel, d.Partners.Count), Is.EqualTo(("Dialoogtafel armoede", 2)), "invited partners only; a typed lower-case code works");

        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        Assert.That((b.InvoerOpen, b.Code), Is.EqualTo((true, code)));
        await app.SendAsync(new CloseInvoer.Command(s.ProgrammaId, s.BijeenkomstId, b.Version));
        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new GetDeelname.Query(code, null)));
        Assert.That(e!.Errors["Code"][0], Is.EqualTo(DeelnemerRules.CodeGesloten));
    }

    [Test]
    public async Task OpenInvoer_ManySessions_CodesUniqueAmongOpenSessions()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var codes = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var id = await app.SendAsync(SessieFixture.Dialoogtafel(s.Plan, $"Tafel {i}"));
            codes.Add((await app.SendAsync(new OpenInvoer.Command(s.ProgrammaId, id, 1))).Code);
        }
        Assert.That(codes.Distinct().Count(), Is.EqualTo(30));
    }

    [Test]
    public async Task OpenInvoer_Reopened_KeepsCode_UnlessAnotherOpenSessionHoldsIt()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        await SluitAsync(s.BijeenkomstId);
        Assert.That(await app.OpenAsync(s), Is.EqualTo(code), "after a break the code on the slides still works");
        await SluitAsync(s.BijeenkomstId);

        // Another session that once had the same code: while the first is open, it gets a fresh one.
        var ander = await app.SendAsync(SessieFixture.Dialoogtafel(s.Plan, "Tweede tafel"));
        await app.SendAsync(new OpenInvoer.Command(s.ProgrammaId, ander, 1));
        await SluitAsync(ander);
        await using (var c = await app.Db.OpenAsync())
            await Dapper.SqlMapper.ExecuteAsync(c, "UPDATE bijeenkomst SET code = @code WHERE id = @ander", new { code, ander });
        Assert.That(await app.OpenAsync(s), Is.EqualTo(code));
        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, ander));
        var nieuw = (await app.SendAsync(new OpenInvoer.Command(s.ProgrammaId, ander, b.Version))).Code;
        Assert.That(nieuw, Is.Not.EqualTo(code).And.Matches("^[ACDEFGHJKMNPQRTUVWXY3469]{6}$"));
        Assert.That((await app.SendAsync(new GetDeelname.Query(code, null))).Titel, Is.EqualTo("Dialoogtafel armoede"));

        async Task SluitAsync(long id)
        {
            var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, id));
            await app.SendAsync(new CloseInvoer.Command(s.ProgrammaId, id, b.Version));
        }
    }
}
