using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Speerpunten;

namespace ProgrammaPlanner.Core.Tests.Speerpunten;

public class SpeerpuntTests
{
    private static async Task<long[]> DrieSpeerpuntenAsync(TestApp app, long programma) =>
    [
        await app.SendAsync(new CreateSpeerpunt.Command(programma, "Armoede", "Veel huishoudens met schulden.")),
        await app.SendAsync(new CreateSpeerpunt.Command(programma, "Eenzaamheid", "")),
        await app.SendAsync(new CreateSpeerpunt.Command(programma, "Langer zelfstandig thuis wonen", "")),
    ];

    private static async Task<string[]> NamenInVolgordeAsync(TestApp app, long programma) =>
        (await app.SendAsync(new ListSpeerpunten.Query(programma))).Select(s => $"{s.Volgorde}:{s.Naam}").ToArray();

    [Test]
    public async Task Create_ThreeSpeerpunten_AppendedInOrderWithAnalyse()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var ids = await DrieSpeerpuntenAsync(app, programma);

        var lijst = await app.SendAsync(new ListSpeerpunten.Query(programma));
        Assert.That(lijst.Select(s => s.Id), Is.EqualTo(ids));
        Assert.That(await NamenInVolgordeAsync(app, programma), Is.EqualTo(new[] { "1:Armoede", "2:Eenzaamheid", "3:Langer zelfstandig thuis wonen" }));
        Assert.That(lijst[0], Is.EqualTo(new ListSpeerpunten.SpeerpuntItem
        { Id = ids[0], Naam = "Armoede", Analyse = "Veel huishoudens met schulden.", Volgorde = 1, Version = 1, AantalDoelstellingen = 0 }));
    }

    [Test]
    public async Task Create_EmptyNaamAndTooLongAnalyse_DutchFieldMessagesAndNothingStored()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new CreateSpeerpunt.Command(programma, " ", new string('a', Tekstgrenzen.LangeTekst + 1))));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam", "Analyse" }));
        Assert.That(e.Errors["Naam"][0], Does.StartWith("Geef het speerpunt een naam"));
        Assert.That(await app.CountAsync("speerpunt"), Is.Zero);
    }

    [Test]
    public async Task Create_DuplicateNaam_RefusedAtNaam()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(new CreateSpeerpunt.Command(programma, "Armoede", ""));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CreateSpeerpunt.Command(programma, "Armoede ", "")));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("al een speerpunt met de naam 'Armoede'"));
        Assert.That(await app.CountAsync("speerpunt"), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new CreateSpeerpunt.Command(42, "Armoede", "")));

        Assert.That(await app.CountAsync("speerpunt"), Is.Zero);
    }

    [Test]
    public async Task Update_CurrentVersion_SavesAndKeepsVolgorde()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await DrieSpeerpuntenAsync(app, programma);

        var version = await app.SendAsync(new UpdateSpeerpunt.Command(programma, ids[1], 1, "Eenzaamheid onder ouderen", "Een op de drie ouderen."));

        var item = (await app.SendAsync(new ListSpeerpunten.Query(programma)))[1];
        Assert.That(version, Is.EqualTo(2));
        Assert.That(item, Is.EqualTo(new ListSpeerpunten.SpeerpuntItem
        { Id = ids[1], Naam = "Eenzaamheid onder ouderen", Analyse = "Een op de drie ouderen.", Volgorde = 2, Version = 2 }));
    }

    [Test]
    public async Task Update_StaleVersion_ConflictAndNothingOverwritten()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new CreateSpeerpunt.Command(programma, "Armoede", ""));
        await app.SendAsync(new UpdateSpeerpunt.Command(programma, id, 1, "Armoede", "Eerste"));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new UpdateSpeerpunt.Command(programma, id, 1, "Armoede", "Tweede")));

        Assert.That((await app.SendAsync(new ListSpeerpunten.Query(programma))).Single().Analyse, Is.EqualTo("Eerste"));
    }

    [Test]
    public async Task Update_SpeerpuntOfOtherProgramma_NotFoundAndUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var id = await app.SendAsync(new CreateSpeerpunt.Command(ander, "Armoede", ""));
        var voor = await app.DumpAsync("speerpunt");

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new UpdateSpeerpunt.Command(programma, id, 1, "Overgenomen", "")));

        Assert.That(await app.DumpAsync("speerpunt"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Update_NaamOfOtherSpeerpunt_RefusedAtNaamAndUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await DrieSpeerpuntenAsync(app, programma);
        var voor = await app.DumpAsync("speerpunt");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new UpdateSpeerpunt.Command(programma, ids[2], 1, "Armoede", "")));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam" }));
        Assert.That(await app.DumpAsync("speerpunt"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Reorder_AllSpeerpunten_WritesVolgorde1ToN()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await DrieSpeerpuntenAsync(app, programma);

        await app.SendAsync(new ReorderSpeerpunten.Command(programma, [ids[2], ids[0], ids[1]]));

        Assert.That(await NamenInVolgordeAsync(app, programma), Is.EqualTo(new[] { "1:Langer zelfstandig thuis wonen", "2:Armoede", "3:Eenzaamheid" }));
        Assert.That((await app.SendAsync(new ListSpeerpunten.Query(programma))).Select(s => s.Version), Is.All.EqualTo(1));
    }

    [TestCase(new[] { 0, 1 }, TestName = "Reorder_OneMissing_ValidationAndNothingChanged")]
    [TestCase(new[] { 0, 1, 2, 2 }, TestName = "Reorder_OneTwice_ValidationAndNothingChanged")]
    [TestCase(new[] { 2, 1, 0, -1 }, TestName = "Reorder_UnknownId_ValidationAndNothingChanged")]
    public async Task Reorder_NotExactlyTheProgrammasSpeerpunten_ValidationAndNothingChanged(int[] posities)
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await DrieSpeerpuntenAsync(app, programma);
        var voor = await app.DumpAsync("speerpunt");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new ReorderSpeerpunten.Command(programma, posities.Select(p => p < 0 ? 999L : ids[p]).ToList())));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "SpeerpuntIds" }));
        Assert.That(await app.DumpAsync("speerpunt"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Reorder_WithSpeerpuntOfOtherProgramma_ValidationAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var ids = await DrieSpeerpuntenAsync(app, programma);
        var vreemd = await app.SendAsync(new CreateSpeerpunt.Command(ander, "Armoede", ""));
        var voor = await app.DumpAsync("speerpunt");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new ReorderSpeerpunten.Command(programma, [vreemd, ids[2], ids[1], ids[0]])));

        Assert.That(e!.Errors["SpeerpuntIds"][0], Does.Contain("precies alle speerpunten van dit programma"));
        Assert.That(await app.DumpAsync("speerpunt"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Reorder_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ReorderSpeerpunten.Command(42, [])));
    }

    [Test]
    public async Task Delete_MiddleSpeerpunt_DeletedAndRestRenumbered()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await DrieSpeerpuntenAsync(app, programma);

        await app.SendAsync(new DeleteSpeerpunt.Command(programma, ids[1], 1));

        Assert.That(await NamenInVolgordeAsync(app, programma), Is.EqualTo(new[] { "1:Armoede", "2:Langer zelfstandig thuis wonen" }));
        Assert.That(await app.SendAsync(new CreateSpeerpunt.Command(programma, "Mantelzorg", "")), Is.Not.Zero);
        Assert.That((await NamenInVolgordeAsync(app, programma))[^1], Is.EqualTo("3:Mantelzorg"));
    }

    [Test]
    public async Task Delete_SpeerpuntWithDoelstellingen_RefusedNamingThemAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await DrieSpeerpuntenAsync(app, programma);
        await app.AddDoelstellingAsync(programma, ids[1], "Minder eenzame ouderen");
        await app.AddDoelstellingAsync(programma, ids[1], "Meer ontmoetingsplekken");
        var voor = await app.DumpAsync("speerpunt", "doelstelling");

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new DeleteSpeerpunt.Command(programma, ids[1], 1)));

        Assert.That(e!.Message, Is.EqualTo("Het speerpunt 'Eenzaamheid' kan niet worden verwijderd: er hangen nog de doelstellingen " +
            "'Meer ontmoetingsplekken' en 'Minder eenzame ouderen' onder. Verplaats die naar een ander speerpunt of verwijder ze; " +
            "daarna kunt u het speerpunt verwijderen."));
        Assert.That(await app.DumpAsync("speerpunt", "doelstelling"), Is.EqualTo(voor));
        Assert.That((await app.SendAsync(new ListSpeerpunten.Query(programma))).Select(s => s.AantalDoelstellingen), Is.EqualTo(new[] { 0, 2, 0 }));
    }

    [Test]
    public async Task Delete_StaleVersion_ConflictAndNotDeleted()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new CreateSpeerpunt.Command(programma, "Armoede", ""));
        await app.SendAsync(new UpdateSpeerpunt.Command(programma, id, 1, "Armoede", "Nieuw"));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteSpeerpunt.Command(programma, id, 1)));

        Assert.That(await app.CountAsync("speerpunt"), Is.EqualTo(1));
    }

    [Test]
    public async Task Delete_SpeerpuntOfOtherProgramma_NotFoundAndNotDeleted()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var id = await app.SendAsync(new CreateSpeerpunt.Command(ander, "Armoede", ""));

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteSpeerpunt.Command(programma, id, 1)));

        Assert.That(await app.CountAsync("speerpunt"), Is.EqualTo(1));
    }

    [Test]
    public async Task List_OnlyThisProgrammasSpeerpunten()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        await app.SendAsync(new CreateSpeerpunt.Command(ander, "Jeugd", ""));
        await app.SendAsync(new CreateSpeerpunt.Command(programma, "Armoede", ""));

        Assert.That(await NamenInVolgordeAsync(app, programma), Is.EqualTo(new[] { "1:Armoede" }));
    }
}
