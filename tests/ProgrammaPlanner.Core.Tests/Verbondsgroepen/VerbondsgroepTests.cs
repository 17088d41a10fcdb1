using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Verbondsgroepen;

namespace ProgrammaPlanner.Core.Tests.Verbondsgroepen;

public class VerbondsgroepTests
{
    private static readonly string[] Tabellen = ["verbondsgroep", "groepslid"];

    [Test]
    public async Task Create_TwoGroups_ListedInOrderOfCreationWithWijkAndNoMembers()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var wijk = await app.AddWijkAsync(programma, "Volewijck");

        var noord = await app.SendAsync(new CreateVerbondsgroep.Command(programma, " Verbondsgroep Volewijck ", wijk));
        var oost = await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Verbondsgroep Oost", null));

        Assert.That(await app.SendAsync(new ListVerbondsgroepen.Query(programma)), Is.EqualTo(new[]
        {
            new ListVerbondsgroepen.GroepItem { Id = noord, Naam = "Verbondsgroep Volewijck", WijkId = wijk, Wijk = "Volewijck", Version = 1 },
            new ListVerbondsgroepen.GroepItem { Id = oost, Naam = "Verbondsgroep Oost", Version = 1 },
        }));
    }

    [Test]
    public async Task Create_EmptyOrTooLongNaam_RefusedAtNaamAndNothingStored()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var leeg = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CreateVerbondsgroep.Command(programma, " ", null)));
        var lang = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new CreateVerbondsgroep.Command(programma, new string('a', Tekstgrenzen.Naam + 1), null)));

        Assert.That(leeg!.Errors["Naam"], Is.EqualTo(new[] { "Geef de Verbondsgroep een naam." }));
        Assert.That(lang!.Errors["Naam"], Is.EqualTo(new[] { "De naam is te lang (maximaal 200 tekens)." }));
        Assert.That(await app.CountAsync("verbondsgroep"), Is.Zero);
    }

    [Test]
    public async Task Create_DuplicateNaam_RefusedAtNaam()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Verbondsgroep Noord", null));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CreateVerbondsgroep.Command(programma, "Verbondsgroep Noord ", null)));

        Assert.That(e!.Errors["Naam"][0], Is.EqualTo("Er is in dit programma al een Verbondsgroep met de naam 'Verbondsgroep Noord'. Kies een andere naam."));
        Assert.That(await app.CountAsync("verbondsgroep"), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_SameNaamInAnotherProgramma_Allowed()
    {
        await using var app = TestApp.Create();
        var a = await app.CreateProgrammaAsync();
        var b = await app.CreateProgrammaAsync("Samen Noord");
        await app.SendAsync(new CreateVerbondsgroep.Command(a, "Verbondsgroep Noord", null));

        await app.SendAsync(new CreateVerbondsgroep.Command(b, "Verbondsgroep Noord", null));

        Assert.That(await app.CountAsync("verbondsgroep"), Is.EqualTo(2));
    }

    [Test]
    public async Task Create_WijkOfAnotherProgramma_RefusedAtWijkAndNothingStored()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var vreemdeWijk = await app.AddWijkAsync(ander, "Volewijck");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CreateVerbondsgroep.Command(programma, "Groep", vreemdeWijk)));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "WijkId" }));
        Assert.That(await app.CountAsync("verbondsgroep"), Is.Zero);
    }

    [Test]
    public async Task Update_CurrentVersion_SavesNaamAndWijk_StaleVersionConflicts()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var wijk = await app.AddWijkAsync(programma, "Banne Buiksloot");
        var id = await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Groep", null));

        var version = await app.SendAsync(new UpdateVerbondsgroep.Command(programma, id, 1, "Verbondsgroep Banne", wijk));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new UpdateVerbondsgroep.Command(programma, id, 1, "Overschreven", null)));

        Assert.That(version, Is.EqualTo(2));
        var groep = await app.SendAsync(new GetVerbondsgroep.Query(programma, id));
        Assert.That((groep.Naam, groep.WijkId, groep.Wijk, groep.Version), Is.EqualTo(("Verbondsgroep Banne", (long?)wijk, "Banne Buiksloot", 2)));
    }

    [Test]
    public async Task Update_ToNaamOfOtherGroup_RefusedAtNaamAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Noord", null));
        var id = await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Oost", null));
        var voor = await app.DumpAsync(Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new UpdateVerbondsgroep.Command(programma, id, 1, "Noord", null)));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam" }));
        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Update_LeavesTheMaatwerkbudgetAlone()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Noord", null));
        await ExecuteAsync(app, "UPDATE verbondsgroep SET maatwerkbudget = '12500.50' WHERE id = @id", new { id });

        await app.SendAsync(new UpdateVerbondsgroep.Command(programma, id, 1, "Noord-West", null));

        Assert.That((await app.SendAsync(new ListVerbondsgroepen.Query(programma))).Single().Maatwerkbudget, Is.EqualTo(12500.50m));
    }

    [Test]
    public async Task Delete_GroupWithMembers_DeletesTheMembersToo()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Noord", null));
        await app.SendAsync(Bewoner(programma, id, "Fatima"));

        await app.SendAsync(new DeleteVerbondsgroep.Command(programma, id, 1));

        Assert.That(await app.CountAsync("verbondsgroep"), Is.Zero);
        Assert.That(await app.CountAsync("groepslid"), Is.Zero);
    }

    [Test]
    public async Task Delete_GroupWithMaatwerkcasussen_RefusedWithReasonAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Noord", null));
        await app.SendAsync(Bewoner(programma, id, "Fatima"));
        await ExecuteAsync(app,
            """
            INSERT INTO maatwerkcasus (programma_id, verbondsgroep_id, omschrijving, bedrag, besloten_door, besloten_op)
            VALUES (@programma, @id, 'Huurachterstand opgelost', '450', 'Wijkteam', '2026-03-01')
            """, new { programma, id });
        var voor = await app.DumpAsync([.. Tabellen, "maatwerkcasus"]);

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new DeleteVerbondsgroep.Command(programma, id, 1)));

        Assert.That(e!.Message, Does.StartWith("De Verbondsgroep 'Noord' kan niet worden verwijderd: er is 1 maatwerkcasus van vastgelegd."));
        Assert.That(await app.DumpAsync([.. Tabellen, "maatwerkcasus"]), Is.EqualTo(voor));
    }

    [Test]
    public async Task GroupOfAnotherProgramma_NotFoundForEveryRequest_AndUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var vreemd = await app.SendAsync(new CreateVerbondsgroep.Command(ander, "Noord", null));
        var lid = await app.SendAsync(Bewoner(ander, vreemd, "Fatima"));
        var voor = await app.DumpAsync(Tabellen);

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetVerbondsgroep.Query(programma, vreemd)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new UpdateVerbondsgroep.Command(programma, vreemd, 1, "Overgenomen", null)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteVerbondsgroep.Command(programma, vreemd, 1)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Bewoner(programma, vreemd, "Indringer")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetAanjager.Command(programma, vreemd, lid)));
        Assert.That(await app.SendAsync(new ListVerbondsgroepen.Query(programma)), Is.Empty);

        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    internal static AddGroepslid.Command Bewoner(long programma, long groep, string naam) =>
        new(programma, groep, naam, Lidsoort.Bewoner, null, "", "");

    internal static async Task ExecuteAsync(TestApp app, string sql, object args)
    {
        await using var c = await app.Db.OpenAsync();
        await c.ExecuteAsync(sql, args);
    }
}
