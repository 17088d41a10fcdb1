using Dapper;
using ProgrammaPlanner.Core.Maatwerk;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Voortgang;

namespace ProgrammaPlanner.Core.Tests.Maatwerk;

public class MaatwerkTests
{
    /// <summary>Mid 2027 in a 2026–2028 programma: dates of 2026 and 2027 are in the past, 2028 ahead.</summary>
    private static TestApp Create() => TestApp.Create(new TestKlok(new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero)));

    private static readonly DateOnly Dag = new(2027, 3, 15);

    /// <summary>A programma with the ceiling at € 2.500 and one group with a budget of € 10.000.</summary>
    private static async Task<(long Programma, long Groep)> OpzetAsync(TestApp app, decimal? budget = 10_000m, decimal? plafond = 2_500m)
    {
        var programma = await app.CreateProgrammaAsync();
        var groep = await MaatwerkFixture.GroepAsync(app, programma, "Verbondsgroep Nieuw-West");
        if (budget is not null) await app.SendAsync(new SetMaatwerkbudget.Command(programma, groep, 1, budget));
        await app.SendAsync(new SetMaatwerkregeling.Command(programma, 0, plafond, false));
        return (programma, groep);
    }

    private static RecordMaatwerkcasus.Command Casus(long programma, long groep, decimal bedrag, string tweede = "", string omschrijving =
        "Huurachterstand dreigt tot uitzetting te leiden; de schuldhulp kan pas over drie maanden starten.") =>
        new(programma, groep, omschrijving, bedrag, "Wachttijd schuldhulpverlening", "Anouk (wijkteam)", tweede, Dag);

    [Test]
    public async Task Record_BelowCeiling_StoredAndCountedAgainstTheBudget()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);

        await app.SendAsync(Casus(programma, groep, 1_200.50m));

        var m = await app.SendAsync(new GetMaatwerk.Query(programma));
        var g = m.Groepen.Single();
        Assert.That((g.Maatwerkbudget, g.Besteed, g.Over, g.AantalCasussen), Is.EqualTo(((decimal?)10_000m, (decimal?)1_200.50m, (decimal?)8_799.50m, 1)));
        Assert.That(m.Casussen.Single().Bedrag, Is.EqualTo(1_200.50m));
        Assert.That(m.HeeftMaatwerk, Is.True);
    }

    [Test]
    public async Task Record_AboveCeilingWithoutSecondDecider_RefusedAtTweedeBeslisser_NothingStored()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 3_000m)));

        Assert.That(e!.Errors["TweedeBeslisser"][0], Is.EqualTo("Boven het plafond van €\u00A02.500 per casus beslist een tweede persoon mee."));
        Assert.That(await app.CountAsync("maatwerkcasus"), Is.Zero);
    }

    [Test]
    public async Task Record_AboveCeilingWithSecondDecider_Stored()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);

        await app.SendAsync(Casus(programma, groep, 3_000m, tweede: "Sander (gemeente)"));

        Assert.That((await app.SendAsync(new GetMaatwerk.Query(programma))).Casussen.Single().TweedeBeslisser, Is.EqualTo("Sander (gemeente)"));
    }

    [Test]
    public async Task Record_SecondDeciderIsTheFirst_Refused()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 3_000m, tweede: " anouk (WIJKTEAM) ")));

        Assert.That(e!.Errors["TweedeBeslisser"][0], Does.Contain("ander"));
        Assert.That(await app.CountAsync("maatwerkcasus"), Is.Zero);
    }

    [Test]
    public async Task Record_PastTheBudget_RefusedNamingWhatIsLeft_NothingStored()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app, budget: 4_000m, plafond: null);
        await app.SendAsync(Casus(programma, groep, 3_000m));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 1_000.01m)));

        Assert.That(e!.Errors["Bedrag"][0], Does.Contain("nog €\u00A01.000 over van €\u00A04.000"));
        Assert.That(await app.CountAsync("maatwerkcasus"), Is.EqualTo(1));
        await app.SendAsync(Casus(programma, groep, 1_000m)); // exactly what is left fits
    }

    [Test]
    public async Task Record_GroupWithoutBudget_OnlyRegelruimte()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app, budget: null);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 10m)));
        Assert.That(e!.Errors["Bedrag"][0], Does.Contain("geen maatwerkbudget"));

        await app.SendAsync(Casus(programma, groep, 0m));
        Assert.That(await app.CountAsync("maatwerkcasus"), Is.EqualTo(1));
    }

    [TestCase("Mevrouw belt op 06-12345678 als het misgaat.", "een telefoonnummer")]
    [TestCase("Woont op 1064 AB 12, huur achter.", "een postcode met huisnummer")]
    [TestCase("BSN 111222333 staat in het dossier.", "een burgerservicenummer")]
    public async Task Record_OmschrijvingWithAnIdentifier_RefusedAtOmschrijving(string omschrijving, string soort)
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 100m, omschrijving: omschrijving)));

        Assert.That(e!.Errors["Omschrijving"][0], Does.Contain(soort));
        Assert.That(await app.CountAsync("maatwerkcasus"), Is.Zero);
    }

    [Test]
    public async Task Record_DateAheadOrOutsideTheProgramma_RefusedAtBeslotenOp()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);

        var vooruit = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 100m) with { BeslotenOp = new(2027, 6, 2) }));
        var ervoor = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 100m) with { BeslotenOp = new(2025, 12, 31) }));
        var zonder = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 100m) with { BeslotenOp = null }));
        var niemand = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(programma, groep, 100m) with { BeslotenDoor = " " }));

        Assert.That(vooruit!.Errors["BeslotenOp"][0], Does.Contain("toekomst"));
        Assert.That(ervoor!.Errors["BeslotenOp"][0], Does.Contain("buiten de programmaperiode 2026–2028"));
        Assert.That(zonder!.Errors.Keys, Is.EqualTo(new[] { "BeslotenOp" }));
        Assert.That(niemand!.Errors.Keys, Is.EqualTo(new[] { "BeslotenDoor" }));
        Assert.That(await app.CountAsync("maatwerkcasus"), Is.Zero);
    }

    [Test]
    public async Task Update_OwnOldAmountFreed_AndAboveCeilingNeedsSecondDecider()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app, budget: 4_000m);
        var id = await app.SendAsync(Casus(programma, groep, 2_000m));
        UpdateMaatwerkcasus.Command Wijzig(decimal bedrag, string tweede) =>
            new(programma, id, 1, groep, "Aangepast verhaal zonder namen.", bedrag, "Wachttijd", "Anouk (wijkteam)", tweede, Dag);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Wijzig(4_000m, "")));
        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "TweedeBeslisser" })); // the 2.000 it had is not counted twice
        var version = await app.SendAsync(Wijzig(4_000m, "Sander (gemeente)"));

        Assert.That(version, Is.EqualTo(2));
        var c = (await app.SendAsync(new GetMaatwerk.Query(programma))).Casussen.Single();
        Assert.That((c.Bedrag, c.Omschrijving, c.Version), Is.EqualTo(((decimal?)4_000m, "Aangepast verhaal zonder namen.", 2)));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Wijzig(100m, "")));
    }

    [Test]
    public async Task Delete_StaleVersion_Conflict_CurrentVersion_Removed()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);
        var id = await app.SendAsync(Casus(programma, groep, 100m));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteMaatwerkcasus.Command(programma, id, 7)));
        await app.SendAsync(new DeleteMaatwerkcasus.Command(programma, id, 1));

        Assert.That(await app.CountAsync("maatwerkcasus"), Is.Zero);
    }

    [Test]
    public async Task SetBudget_BelowWhatWasSpent_Refused_NothingChanged()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);
        await app.SendAsync(Casus(programma, groep, 2_000m));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetMaatwerkbudget.Command(programma, groep, 2, 1_999m)));

        Assert.That(e!.Errors["Maatwerkbudget"][0], Does.Contain("al €\u00A02.000"));
        var g = (await app.SendAsync(new GetMaatwerk.Query(programma))).Groepen.Single();
        Assert.That((g.Maatwerkbudget, g.Version), Is.EqualTo(((decimal?)10_000m, 2)));
    }

    [Test]
    public async Task SetRegeling_TwiceFromVersion0_SecondIsConflict()
    {
        await using var app = Create();
        var programma = await app.CreateProgrammaAsync();

        Assert.That(await app.SendAsync(new SetMaatwerkregeling.Command(programma, 0, 2_500m, false)), Is.EqualTo(1));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new SetMaatwerkregeling.Command(programma, 0, 1_000m, true)));
        Assert.That(await app.SendAsync(new SetMaatwerkregeling.Command(programma, 1, null, true)), Is.EqualTo(2));

        var r = (await app.SendAsync(new GetMaatwerk.Query(programma))).Regeling;
        Assert.That((r.PlafondPerCasus, r.BedragenVoorLezers, r.Version), Is.EqualTo(((decimal?)null, true, 2)));
    }

    [Test]
    public async Task Get_ALezer_SeesCasussenWithoutAmounts_UntilTheRegelingAllows_ABestuurderSeesThem()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);
        await app.SendAsync(Casus(programma, groep, 1_500m));
        await using var lezer = await app.LidAsync("L. Ezer", programma, ProgrammaRol.Lezer);
        await using var redacteur = await app.LidAsync("R. Edacteur", programma, ProgrammaRol.Redacteur);
        await using var bestuurder = await app.LidAsync("B. Estuurder", programma, ProgrammaRol.Bestuurder);

        var verborgen = await lezer.SendAsync(new GetMaatwerk.Query(programma));
        var gezien = await redacteur.SendAsync(new GetMaatwerk.Query(programma));

        Assert.That(verborgen.BedragenZichtbaar, Is.False);
        Assert.That(verborgen.Casussen.Single().Bedrag, Is.Null);
        Assert.That(verborgen.Casussen.Single().Regel, Is.EqualTo("Wachttijd schuldhulpverlening"));
        var g = verborgen.Groepen.Single();
        Assert.That((g.Maatwerkbudget, g.Besteed, g.Over, g.AantalCasussen, g.HeeftBudget),
            Is.EqualTo(((decimal?)null, (decimal?)null, (decimal?)null, 1, true)));
        Assert.That(gezien.Casussen.Single().Bedrag, Is.EqualTo(1_500m));
        // A bestuurder approves the plan and its reports, amounts included.
        Assert.That((await bestuurder.SendAsync(new GetMaatwerk.Query(programma))).Casussen.Single().Bedrag, Is.EqualTo(1_500m));
        var voortgang = await lezer.SendAsync(new GetVoortgangsrapportage.Query(programma, 2027));
        Assert.That(voortgang.Maatwerk!.Groepen.Single().BesteedInJaar, Is.Null);

        await app.SendAsync(new SetMaatwerkregeling.Command(programma, 1, 2_500m, true));

        Assert.That((await lezer.SendAsync(new GetMaatwerk.Query(programma))).Casussen.Single().Bedrag, Is.EqualTo(1_500m));
        Assert.That((await lezer.SendAsync(new GetVoortgangsrapportage.Query(programma, 2027))).Maatwerk!.Groepen.Single().BesteedInJaar,
            Is.EqualTo(1_500m));
    }

    [Test]
    public async Task Commands_ALezerOrARedacteurSettingTheRegeling_Refused()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);
        await using var lezer = await app.LidAsync("L. Ezer", programma, ProgrammaRol.Lezer);
        await using var redacteur = await app.LidAsync("R. Edacteur", programma, ProgrammaRol.Redacteur);

        Assert.ThrowsAsync<GeenToegangException>(() => lezer.SendAsync(Casus(programma, groep, 100m)));
        Assert.ThrowsAsync<GeenToegangException>(() => redacteur.SendAsync(new SetMaatwerkregeling.Command(programma, 1, null, true)));
        Assert.ThrowsAsync<GeenToegangException>(() => redacteur.SendAsync(new SetMaatwerkbudget.Command(programma, groep, 2, 50_000m)));
        await redacteur.SendAsync(Casus(programma, groep, 100m));

        Assert.That(await app.CountAsync("maatwerkcasus"), Is.EqualTo(1));
    }

    [Test]
    public async Task Record_GroupOfAnotherProgramma_Refused_AndNotListed()
    {
        await using var app = Create();
        var (a, groepA) = await OpzetAsync(app);
        var b = await app.CreateProgrammaAsync("Programma B");
        await app.SendAsync(Casus(a, groepA, 100m));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Casus(b, groepA, 0m)));

        Assert.That(e!.Errors.Keys, Does.Contain("VerbondsgroepId"));
        var m = await app.SendAsync(new GetMaatwerk.Query(b));
        Assert.That((m.Groepen.Count, m.Casussen.Count, m.HeeftMaatwerk), Is.EqualTo((0, 0, false)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetMaatwerkbudget.Command(b, groepA, 2, 1m)));
    }

    [Test]
    public async Task Voortgang_SectionPerGroup_YearAndTotal_RulesOfTheYear_NoneWithoutMaatwerk()
    {
        await using var app = Create();
        var (programma, groep) = await OpzetAsync(app);
        Assert.That((await app.SendAsync(new GetVoortgangsrapportage.Query(programma, 2027))).Maatwerk!.Groepen.Single().CasussenTotaal, Is.Zero);
        await app.SendAsync(Casus(programma, groep, 1_000m) with { BeslotenOp = new(2026, 5, 1), Regel = "Oude regel" });
        await app.SendAsync(Casus(programma, groep, 250m));
        await app.SendAsync(Casus(programma, groep, 0m) with { Regel = "Kostendelersnorm" });

        var r = await app.SendAsync(new GetVoortgangsrapportage.Query(programma, 2027));

        var g = r.Maatwerk!.Groepen.Single();
        Assert.That((g.Naam, g.Maatwerkbudget, g.BesteedInJaar, g.BesteedTotaal, g.CasussenInJaar, g.CasussenTotaal),
            Is.EqualTo(("Verbondsgroep Nieuw-West", (decimal?)10_000m, (decimal?)250m, (decimal?)1_250m, 2, 3)));
        Assert.That(g.Regels, Is.EqualTo(new[] { "Wachttijd schuldhulpverlening", "Kostendelersnorm" }));
        var zonder = await app.CreateProgrammaAsync("Zonder maatwerk");
        Assert.That((await app.SendAsync(new GetVoortgangsrapportage.Query(zonder, 2027))).Maatwerk, Is.Null);
        Assert.That(Voortgangssnapshot.Serialize(r), Does.Contain("Kostendelersnorm"));
        Assert.That(Voortgangssnapshot.Deserialize(Voortgangssnapshot.Serialize(r)).Maatwerk!.Groepen.Single().BesteedTotaal, Is.EqualTo(1_250m));
    }
}

/// <summary>A Verbondsgroep made with plain SQL: the groups' own commands live in another area.</summary>
public static class MaatwerkFixture
{
    public static async Task<long> GroepAsync(TestApp app, long programmaId, string naam)
    {
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "INSERT INTO verbondsgroep (programma_id, naam) VALUES (@programmaId, @naam) RETURNING id", new { programmaId, naam });
    }
}
