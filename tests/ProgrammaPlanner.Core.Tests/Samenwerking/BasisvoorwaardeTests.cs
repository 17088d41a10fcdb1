using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Samenwerking;

namespace ProgrammaPlanner.Core.Tests.Samenwerking;

public class BasisvoorwaardeTests
{
    /// <summary>The basisvoorwaarden of Samen Noord, as in its sample file.</summary>
    private static async Task<long[]> SamenNoordAsync(TestApp app, long programma) =>
    [
        await app.SendAsync(new AddBasisvoorwaarde.Command(programma, "Voel jezelf gelijk aan elkaar")),
        await app.SendAsync(new AddBasisvoorwaarde.Command(programma, "Gemeenschappelijke visie en lange-termijndoelen")),
        await app.SendAsync(new AddBasisvoorwaarde.Command(programma, "Klein beginnen, groot denken")),
    ];

    private static async Task<string[]> GenummerdAsync(TestApp app, long programma) =>
        (await app.SendAsync(new ListBasisvoorwaarden.Query(programma))).Select(b => $"{b.Volgorde}. {b.Tekst}").ToArray();

    [Test]
    public async Task Add_ThreeBasisvoorwaarden_NumberedInOrderOfAdding()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var ids = await SamenNoordAsync(app, programma);

        var lijst = await app.SendAsync(new ListBasisvoorwaarden.Query(programma));
        Assert.That(lijst.Select(b => b.Id), Is.EqualTo(ids));
        Assert.That(lijst[0],
            Is.EqualTo(new ListBasisvoorwaarden.BasisvoorwaardeItem { Id = ids[0], Volgorde = 1, Tekst = "Voel jezelf gelijk aan elkaar", Version = 1 }));
        Assert.That(await GenummerdAsync(app, programma), Is.EqualTo(new[]
            { "1. Voel jezelf gelijk aan elkaar", "2. Gemeenschappelijke visie en lange-termijndoelen", "3. Klein beginnen, groot denken" }));
    }

    [TestCase("  ", "Vul de basisvoorwaarde in")]
    [TestCase(null, "Vul de basisvoorwaarde in")]
    public async Task Add_EmptyTekst_RefusedAtTekstAndNothingStored(string? tekst, string bericht)
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddBasisvoorwaarde.Command(programma, tekst!)));

        Assert.That(e!.Errors["Tekst"][0], Does.StartWith(bericht));
        Assert.That(await app.CountAsync("basisvoorwaarde"), Is.Zero);
    }

    [Test]
    public async Task Add_TekstOf1001Characters_RefusedAndOf1000Accepted()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddBasisvoorwaarde.Command(programma, new string('x', 1001))));
        await app.SendAsync(new AddBasisvoorwaarde.Command(programma, new string('x', 1000)));

        Assert.That(e!.Errors["Tekst"][0], Does.Contain("maximaal 1000"));
        Assert.That(await app.CountAsync("basisvoorwaarde"), Is.EqualTo(1));
    }

    [Test]
    public async Task Add_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddBasisvoorwaarde.Command(42, "Voel jezelf gelijk aan elkaar")));

        Assert.That(await app.CountAsync("basisvoorwaarde"), Is.Zero);
    }

    [Test]
    public async Task Update_CurrentVersion_SavesTekstAndKeepsNumber()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await SamenNoordAsync(app, programma);

        var version = await app.SendAsync(new UpdateBasisvoorwaarde.Command(programma, ids[2], 1, " We beginnen klein en denken groot "));

        Assert.That(version, Is.EqualTo(2));
        Assert.That((await GenummerdAsync(app, programma))[2], Is.EqualTo("3. We beginnen klein en denken groot"));
    }

    [Test]
    public async Task Update_StaleVersion_ConflictAndNothingOverwritten()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(new AddBasisvoorwaarde.Command(programma, "Voel jezelf gelijk"));
        await app.SendAsync(new UpdateBasisvoorwaarde.Command(programma, id, 1, "Eerste"));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new UpdateBasisvoorwaarde.Command(programma, id, 1, "Tweede")));

        Assert.That(await GenummerdAsync(app, programma), Is.EqualTo(new[] { "1. Eerste" }));
    }

    [Test]
    public async Task Update_BasisvoorwaardeOfOtherProgramma_NotFoundAndUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var id = await app.SendAsync(new AddBasisvoorwaarde.Command(ander, "Voel jezelf gelijk aan elkaar"));
        var voor = await app.DumpAsync("basisvoorwaarde");

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new UpdateBasisvoorwaarde.Command(programma, id, 1, "Overgenomen")));

        Assert.That(await app.DumpAsync("basisvoorwaarde"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Delete_FirstBasisvoorwaarde_DeletedAndRestRenumbered()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await SamenNoordAsync(app, programma);

        await app.SendAsync(new DeleteBasisvoorwaarde.Command(programma, ids[0], 1));

        Assert.That(await GenummerdAsync(app, programma), Is.EqualTo(new[]
            { "1. Gemeenschappelijke visie en lange-termijndoelen", "2. Klein beginnen, groot denken" }));
    }

    [Test]
    public async Task Delete_StaleVersion_ConflictAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await SamenNoordAsync(app, programma);
        await app.SendAsync(new UpdateBasisvoorwaarde.Command(programma, ids[0], 1, "Voel je gelijk aan elkaar"));
        var voor = await app.DumpAsync("basisvoorwaarde");

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteBasisvoorwaarde.Command(programma, ids[0], 1)));

        Assert.That(await app.DumpAsync("basisvoorwaarde"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Delete_BasisvoorwaardeOfOtherProgramma_NotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var id = await app.SendAsync(new AddBasisvoorwaarde.Command(ander, "Voel jezelf gelijk aan elkaar"));

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteBasisvoorwaarde.Command(programma, id, 1)));

        Assert.That(await app.CountAsync("basisvoorwaarde"), Is.EqualTo(1));
    }

    [Test]
    public async Task Reorder_AllBasisvoorwaarden_RenumberedInGivenOrder()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ids = await SamenNoordAsync(app, programma);

        await app.SendAsync(new ReorderBasisvoorwaarden.Command(programma, [ids[2], ids[1], ids[0]]));

        Assert.That(await GenummerdAsync(app, programma), Is.EqualTo(new[]
            { "1. Klein beginnen, groot denken", "2. Gemeenschappelijke visie en lange-termijndoelen", "3. Voel jezelf gelijk aan elkaar" }));
    }

    [Test]
    public async Task Reorder_MissingOneOrTwiceOrForeignId_ValidationAtIdsAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var ids = await SamenNoordAsync(app, programma);
        var vreemd = await app.SendAsync(new AddBasisvoorwaarde.Command(ander, "Elders"));
        var voor = await app.DumpAsync("basisvoorwaarde");

        foreach (IReadOnlyList<long> lijst in new[] { new[] { ids[1], ids[0] }, [ids[2], ids[2], ids[1], ids[0]], [ids[2], ids[1], ids[0], vreemd] })
        {
            var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new ReorderBasisvoorwaarden.Command(programma, lijst)));
            Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Ids" }));
        }

        Assert.That(await app.DumpAsync("basisvoorwaarde"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Reorder_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ReorderBasisvoorwaarden.Command(42, [])));
    }
}
