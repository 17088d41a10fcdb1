using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Core.Tests.Programmas;

public class ProgrammaTests
{
    [Test]
    public async Task Create_ValidProgramma_IsListedAndReadable()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync("Samen Noord", 2017, 2019);

        var list = await app.SendAsync(new ListProgrammas.Query());
        var programma = await app.SendAsync(new GetProgramma.Query(id));

        Assert.That(list.Select(p => p.Naam), Is.EqualTo(new[] { "Samen Noord" }));
        Assert.That(programma.Jaren, Is.EqualTo(new[] { 2017, 2018, 2019 }));
        Assert.That(programma.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task Create_EmptyNameAndReversedPeriod_RefusedWithDutchFieldMessagesAndNothingStored()
    {
        await using var app = TestApp.Create();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new CreateProgramma.Command(" ", "", "", 2020, 2019, "bestaat niet", "", "")));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam", "Eindjaar", "Fase" }));
        Assert.That(e.Errors["Eindjaar"][0], Is.EqualTo("Het eindjaar mag niet voor het startjaar liggen."));
        Assert.That(await app.CountAsync("programma"), Is.Zero);
        Assert.That(await app.CountAsync("audit"), Is.Zero);
    }

    [Test]
    public async Task Create_DuplicateName_RefusedAtNaam()
    {
        await using var app = TestApp.Create();
        await app.CreateProgrammaAsync("Samen Noord");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.CreateProgrammaAsync("Samen Noord "));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("bestaat al"));
        Assert.That(await app.CountAsync("programma"), Is.EqualTo(1));
    }

    [Test]
    public async Task Update_WithCurrentVersion_SavesAndBumpsVersion()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();

        var version = await app.SendAsync(new UpdateProgramma.Command(id, 1, "Samen Oost", "Nieuw motto", "Oost", 2026, 2029,
            Fase.Implementatiefase, "Aanleiding", "Ambitie"));

        var programma = await app.SendAsync(new GetProgramma.Query(id));
        Assert.That(version, Is.EqualTo(2));
        Assert.That(programma, Is.EqualTo(new GetProgramma.Programma
        {
            Id = id, Naam = "Samen Oost", Motto = "Nieuw motto", Gebied = "Oost", Startjaar = 2026, Eindjaar = 2029,
            Fase = Fase.Implementatiefase, Aanleiding = "Aanleiding", Ambitie = "Ambitie", Version = 2
        }));
    }

    [Test]
    public async Task Update_WithStaleVersion_ConflictAndNothingOverwritten()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();
        await app.SendAsync(new UpdateProgramma.Command(id, 1, "Samen Oost", "Eerste", "", 2026, 2028, Fase.Ontwikkelfase, "", ""));

        Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(new UpdateProgramma.Command(id, 1, "Samen Oost", "Tweede", "", 2026, 2028, Fase.Ontwikkelfase, "", "")));

        Assert.That((await app.SendAsync(new GetProgramma.Query(id))).Motto, Is.EqualTo("Eerste"));
    }

    [Test]
    public async Task Update_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new UpdateProgramma.Command(42, 1, "X", "", "", 2026, 2028, Fase.Ontwikkelfase, "", "")));
    }
}
