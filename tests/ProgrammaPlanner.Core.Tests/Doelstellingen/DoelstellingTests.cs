using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using static ProgrammaPlanner.TestSupport.PlanningFixture;

namespace ProgrammaPlanner.Core.Tests.Doelstellingen;

public class DoelstellingTests
{
    [Test]
    public async Task Create_Valid_ReadableWithStreefwaardenByYearExact()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();

        var id = await app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Eenzaamheid, "  Minder eenzaamheid ") with
        {
            HogerIsBeter = true,
            Streefwaarden = [new Streefwaarde(2028, 12500.10m), new Streefwaarde(2026, 0.20m)],
        });

        var d = await app.SendAsync(new GetDoelstelling.Query(plan.ProgrammaId, id));
        Assert.That(d.Naam, Is.EqualTo("Minder eenzaamheid"));
        Assert.That(d.SpeerpuntNaam, Is.EqualTo("Eenzaamheid"));
        Assert.That(d.HogerIsBeter, Is.True);
        Assert.That(d.NulmetingWaarde, Is.EqualTo(18.4m));
        Assert.That(d.NulmetingJaar, Is.EqualTo(2025));
        Assert.That(d.Meetfrequentie, Is.EqualTo("jaarlijks"));
        Assert.That(d.Streefwaarden, Is.EqualTo(new[] { new Streefwaarde(2026, 0.20m), new Streefwaarde(2028, 12500.10m) }));
        Assert.That(d.Streefwaarden.Sum(s => s.Waarde), Is.EqualTo(12500.30m));
        Assert.That(d.Version, Is.EqualTo(1));
        Assert.That(d.Projecten, Is.Empty);
    }

    [Test]
    public async Task Create_WithoutNulmeting_Stored()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();

        var id = await app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Armoede, "Zonder nulmeting") with { NulmetingWaarde = null, NulmetingJaar = null });

        var d = await app.SendAsync(new GetDoelstelling.Query(plan.ProgrammaId, id));
        Assert.That((d.NulmetingWaarde, d.NulmetingJaar), Is.EqualTo(((decimal?)null, (int?)null)));
    }

    [Test]
    public async Task Create_NoStreefwaarde_RefusedAndNothingStored()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Armoede, "Leeg") with { Streefwaarden = [] }));

        Assert.That(e!.Errors["Streefwaarden"][0], Does.Contain("minstens één streefwaarde"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_YearOutsidePeriod_RefusedNamingYearAndPeriod()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Armoede, "Te laat") with
        {
            Streefwaarden = [new Streefwaarde(2027, 1m), new Streefwaarde(2031, 2m), new Streefwaarde(2025, 3m)],
        }));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Streefwaarden[1].Jaar", "Streefwaarden[2].Jaar" }));
        Assert.That(e.Errors["Streefwaarden[1].Jaar"][0], Does.StartWith("2031 valt buiten de programmaperiode 2026–2028"));
        Assert.That(e.Errors["Streefwaarden[2].Jaar"][0], Does.StartWith("2025 valt buiten de programmaperiode 2026–2028"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_DuplicateYear_Refused()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Armoede, "Dubbel") with
        {
            Streefwaarden = [new Streefwaarde(2027, 1m), new Streefwaarde(2027, 2m)],
        }));

        Assert.That(e!.Errors["Streefwaarden"][0], Does.Contain("2027 staat meer dan eens"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_FieldRules_RefusedWithDutchMessages()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Armoede, " ") with
        {
            IndicatorNaam = "",
            Meetfrequentie = "wekelijks",
            NulmetingJaar = null,
        }));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam", "IndicatorNaam", "Meetfrequentie", "NulmetingJaar" }));
        Assert.That(e.Errors["NulmetingJaar"][0], Does.Contain("zowel de waarde als het jaar"));
        Assert.That(e.Errors["Meetfrequentie"][0], Does.Contain("per kwartaal"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_NameTooLong_Refused()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Armoede, new string('x', 301))));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("maximaal 300"));
        Assert.That(await app.CountAsync("doelstelling"), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_NulmetingAfterPeriodAndSpeerpuntOfOtherProgramma_RefusedAndNothingStored()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var vreemd = await app.AddSpeerpuntAsync(ander, "Vreemd");
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Doelstelling(plan.ProgrammaId, vreemd, "Fout") with { NulmetingJaar = 2029 }));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "SpeerpuntId", "NulmetingJaar" }));
        Assert.That(e.Errors["SpeerpuntId"][0], Does.Contain("speerpunt van dit programma"));
        Assert.That(e.Errors["NulmetingJaar"][0], Does.Contain("2029").And.Contain("2026–2028"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_DuplicateNameInProgramma_RefusedAtNaam_ButAllowedInAnotherProgramma()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Eenzaamheid, "Minder huishoudens in armoede ")));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("bestaat in dit programma al"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));

        var ander = await app.CreatePlanAsync("Ander programma");
        Assert.That(ander.Doelstelling, Is.Not.EqualTo(plan.Doelstelling));
    }

    [Test]
    public async Task Create_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Doelstelling(42, 1, "Nergens")));
        Assert.That(await app.CountAsync("doelstelling"), Is.Zero);
    }

    [Test]
    public async Task Update_CurrentVersion_SavesFieldsReplacesStreefwaardenBumpsVersion()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();

        var version = await app.SendAsync(Update(plan, 1) with { Naam = "Nieuwe naam", Streefwaarden = [new Streefwaarde(2027, 15.25m)] });

        var d = await app.SendAsync(new GetDoelstelling.Query(plan.ProgrammaId, plan.Doelstelling));
        Assert.That(version, Is.EqualTo(2));
        Assert.That(d.Version, Is.EqualTo(2));
        Assert.That(d.Naam, Is.EqualTo("Nieuwe naam"));
        Assert.That(d.SpeerpuntId, Is.EqualTo(plan.Eenzaamheid));
        Assert.That(d.Streefwaarden, Is.EqualTo(new[] { new Streefwaarde(2027, 15.25m) }));
    }

    [Test]
    public async Task Update_NameOfAnotherDoelstelling_RefusedAtNaamAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        await app.SendAsync(Doelstelling(plan.ProgrammaId, plan.Eenzaamheid, "Minder eenzaamheid"));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Update(plan, 1) with { Naam = "Minder eenzaamheid" }));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("al een doelstelling met de naam 'Minder eenzaamheid'"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Update_StaleVersion_ConflictAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        await app.SendAsync(Update(plan, 1));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Update(plan, 1) with { Naam = "Overschreven" }));

        Assert.That(e!.Message, Does.Contain("intussen door iemand anders gewijzigd"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Update_YearOutsidePeriodOrNoStreefwaarde_RefusedAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var before = await app.StateAsync();

        var buiten = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Update(plan, 1) with { Streefwaarden = [new Streefwaarde(2031, 1m)] }));
        var leeg = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Update(plan, 1) with { Streefwaarden = [] }));

        Assert.That(buiten!.Errors["Streefwaarden[0].Jaar"][0], Does.StartWith("2031 valt buiten de programmaperiode 2026–2028"));
        Assert.That(leeg!.Errors["Streefwaarden"][0], Does.Contain("minstens één"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Update_DoelstellingOfAnotherProgramma_NotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreatePlanAsync("Ander programma");
        var before = await app.StateAsync();

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Update(plan, 1) with { ProgrammaId = ander.ProgrammaId, SpeerpuntId = ander.Armoede }));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetDoelstelling.Query(ander.ProgrammaId, plan.Doelstelling)));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Delete_WithStreefwaardenAndRealisaties_RemovesAll()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 1, 2026, null, 17.9m));
        await app.SendAsync(new SetRealisatie.Command(plan.ProgrammaId, plan.Doelstelling, 2, 2026, plan.Wijk, 21m));

        await app.SendAsync(new DeleteDoelstelling.Command(plan.ProgrammaId, plan.Doelstelling, 3));

        Assert.That(await app.CountAsync("doelstelling"), Is.Zero);
        Assert.That(await app.CountAsync("streefwaarde"), Is.Zero);
        Assert.That(await app.CountAsync("realisatie"), Is.Zero);
    }

    [Test]
    public async Task Delete_WhileProjectsContribute_RefusedNamingThemAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        foreach (var naam in new[] { "Schuldhulp aan de keukentafel", "Buurtkamer" })
            await app.SendAsync(new CreateProject.Command(plan.ProgrammaId, naam, "", true, plan.Civic, [], [plan.Doelstelling],
                new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), "lopend"));
        var before = await app.StateAsync();

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new DeleteDoelstelling.Command(plan.ProgrammaId, plan.Doelstelling, 1)));

        Assert.That(e!.Message, Does.StartWith("De doelstelling 'Minder huishoudens in armoede' kan niet worden verwijderd"));
        Assert.That(e.Message, Does.Contain("'Buurtkamer', 'Schuldhulp aan de keukentafel' dragen eraan bij"));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Delete_StaleVersionOrAnotherProgramma_ConflictOrNotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        await app.SendAsync(Update(plan, 1));
        var before = await app.StateAsync();

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteDoelstelling.Command(plan.ProgrammaId, plan.Doelstelling, 1)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteDoelstelling.Command(ander, plan.Doelstelling, 2)));
        Assert.That(await app.StateAsync(), Is.EqualTo(before));
    }

    private static UpdateDoelstelling.Command Update(PlanningFixture.Plan plan, int version)
    {
        var d = Doelstelling(plan.ProgrammaId, plan.Eenzaamheid, "Minder huishoudens in armoede");
        return new UpdateDoelstelling.Command(plan.ProgrammaId, plan.Doelstelling, version, d.SpeerpuntId, d.Naam, d.Omschrijving,
            d.IndicatorNaam, d.IndicatorEenheid, d.IndicatorBron, d.HogerIsBeter, d.Meetfrequentie, d.NulmetingWaarde,
            d.NulmetingJaar, d.Streefwaarden);
    }
}
