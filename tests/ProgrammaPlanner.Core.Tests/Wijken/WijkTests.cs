using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Speerpunten;
using ProgrammaPlanner.Core.Wijken;

namespace ProgrammaPlanner.Core.Tests.Wijken;

public class WijkTests
{
    [Test]
    public async Task Add_TwoWijken_ListedByNaamWithVersion1()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var noord = await app.SendAsync(new AddWijk.Command(programma, " Volewijck "));
        var banne = await app.SendAsync(new AddWijk.Command(programma, "Banne Buiksloot"));

        Assert.That(await app.SendAsync(new ListWijken.Query(programma)), Is.EqualTo(new[]
        {
            new ListWijken.WijkItem { Id = banne, Naam = "Banne Buiksloot", Version = 1 },
            new ListWijken.WijkItem { Id = noord, Naam = "Volewijck", Version = 1 },
        }));
    }

    [Test]
    public async Task Add_EmptyNaam_RefusedAtNaamAndNothingStored()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddWijk.Command(programma, "")));

        Assert.That(e!.Errors["Naam"][0], Is.EqualTo("Geef de wijk een naam."));
        Assert.That(await app.CountAsync("wijk"), Is.Zero);
    }

    [Test]
    public async Task Add_DuplicateNaam_RefusedAtNaam()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(new AddWijk.Command(programma, "Volewijck"));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddWijk.Command(programma, "Volewijck")));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("al een wijk met de naam 'Volewijck'"));
        Assert.That(await app.CountAsync("wijk"), Is.EqualTo(1));
    }

    [Test]
    public async Task Add_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddWijk.Command(42, "Volewijck")));

        Assert.That(await app.CountAsync("wijk"), Is.Zero);
    }

    [Test]
    public async Task Rename_CurrentVersion_SavesAndReturnsNewVersion()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new AddWijk.Command(programma, "Volewijk"));

        var version = await app.SendAsync(new RenameWijk.Command(programma, id, 1, "Volewijck"));

        Assert.That(version, Is.EqualTo(2));
        Assert.That((await app.SendAsync(new ListWijken.Query(programma))).Single(),
            Is.EqualTo(new ListWijken.WijkItem { Id = id, Naam = "Volewijck", Version = 2 }));
    }

    [Test]
    public async Task Rename_StaleVersion_ConflictAndNothingOverwritten()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new AddWijk.Command(programma, "Volewijk"));
        await app.SendAsync(new RenameWijk.Command(programma, id, 1, "Eerste"));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new RenameWijk.Command(programma, id, 1, "Tweede")));

        Assert.That((await app.SendAsync(new ListWijken.Query(programma))).Single().Naam, Is.EqualTo("Eerste"));
    }

    [Test]
    public async Task Rename_WijkOfOtherProgramma_NotFoundAndUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var id = await app.SendAsync(new AddWijk.Command(ander, "Volewijck"));

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new RenameWijk.Command(programma, id, 1, "Overgenomen")));

        Assert.That((await app.SendAsync(new ListWijken.Query(ander))).Single().Naam, Is.EqualTo("Volewijck"));
    }

    [Test]
    public async Task Rename_ToNaamOfOtherWijk_RefusedAtNaam()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(new AddWijk.Command(programma, "Volewijck"));
        var id = await app.SendAsync(new AddWijk.Command(programma, "Oostzanerwerf"));
        var voor = await app.DumpAsync("wijk");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new RenameWijk.Command(programma, id, 1, "Volewijck")));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam" }));
        Assert.That(await app.DumpAsync("wijk"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Delete_UnusedWijk_Deleted()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new AddWijk.Command(programma, "Volewijck"));

        await app.SendAsync(new DeleteWijk.Command(programma, id, 1));

        Assert.That(await app.CountAsync("wijk"), Is.Zero);
    }

    [Test]
    public async Task Delete_WijkWithRealisaties_RefusedSayingHowManyPerDoelstellingAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var wijk = await app.SendAsync(new AddWijk.Command(programma, "Volewijck"));
        var andereWijk = await app.SendAsync(new AddWijk.Command(programma, "Kadoelen"));
        var speerpunt = await app.SendAsync(new CreateSpeerpunt.Command(programma, "Eenzaamheid", ""));
        var minder = await app.AddDoelstellingAsync(programma, speerpunt, "Minder eenzame ouderen");
        var meer = await app.AddDoelstellingAsync(programma, speerpunt, "Meer vrijwilligers");
        await app.SetRealisatieAsync(programma, minder, 2026, wijk, 12m);
        await app.SetRealisatieAsync(programma, minder, 2027, wijk, 15m);
        await app.SetRealisatieAsync(programma, meer, 2026, wijk, 40m);
        await app.SetRealisatieAsync(programma, meer, 2026, andereWijk, 7m);
        var voor = await app.DumpAsync("wijk", "realisatie");

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new DeleteWijk.Command(programma, wijk, 1)));

        Assert.That(e!.Message, Is.EqualTo(
            "De wijk 'Volewijck' kan niet worden verwijderd: er staan nog 3 realisaties op: 1 bij doelstelling 'Meer vrijwilligers' " +
            "en 2 bij doelstelling 'Minder eenzame ouderen'. Verwijder die realisaties of boek ze op een andere wijk; daarna kunt u de wijk verwijderen."));
        Assert.That(await app.DumpAsync("wijk", "realisatie"), Is.EqualTo(voor));
        Assert.That((await app.SendAsync(new ListWijken.Query(programma))).Single(w => w.Id == wijk).AantalRealisaties, Is.EqualTo(3));
    }

    [Test]
    public async Task Delete_StaleVersion_ConflictAndNotDeleted()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new AddWijk.Command(programma, "Volewijk"));
        await app.SendAsync(new RenameWijk.Command(programma, id, 1, "Volewijck"));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteWijk.Command(programma, id, 1)));

        Assert.That(await app.CountAsync("wijk"), Is.EqualTo(1));
    }

    [Test]
    public async Task Delete_WijkOfOtherProgramma_NotFoundAndNotDeleted()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var id = await app.SendAsync(new AddWijk.Command(ander, "Volewijck"));

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteWijk.Command(programma, id, 1)));

        Assert.That(await app.CountAsync("wijk"), Is.EqualTo(1));
    }
}
