using Dapper;
using ProgrammaPlanner.Core.Hoofdstukken;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Samenwerking;
using ProgrammaPlanner.Core.Speerpunten;

namespace ProgrammaPlanner.Core.Tests.Data;

/// <summary>The three reorder slices share their rule and their messages (Data/Volgorde.cs); each still names its own items in good Dutch.</summary>
public class VolgordeTests
{
    [Test]
    public async Task Reorder_OneTwiceOrOneMissing_EachSliceNamesItsOwnItems()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        long[] speerpunten =
            [await app.SendAsync(new CreateSpeerpunt.Command(p, "Armoede", "")), await app.SendAsync(new CreateSpeerpunt.Command(p, "Zorg", ""))];
        long[] voorwaarden =
            [await app.SendAsync(new AddBasisvoorwaarde.Command(p, "Open")), await app.SendAsync(new AddBasisvoorwaarde.Command(p, "Eerlijk"))];
        long[] hoofdstukken =
        [
            (await app.SendAsync(new SaveEigenHoofdstuk.Command(p, null, 0, "Werkwijze", Hoofdstuksoort.Visie, ""))).HoofdstukId,
            (await app.SendAsync(new SaveEigenHoofdstuk.Command(p, null, 0, "Lessen", Hoofdstuksoort.Visie, ""))).HoofdstukId,
        ];

        Assert.That(await FoutAsync(app, new ReorderSpeerpunten.Command(p, [speerpunten[0], speerpunten[0]])),
            Is.EqualTo("Elk speerpunt mag maar één keer in de volgorde staan."));
        Assert.That(await FoutAsync(app, new ReorderBasisvoorwaarden.Command(p, [voorwaarden[1], voorwaarden[1]])),
            Is.EqualTo("Elke basisvoorwaarde mag maar één keer in de volgorde staan."));
        Assert.That(await FoutAsync(app, new ReorderEigenHoofdstukken.Command(p, [hoofdstukken[0], hoofdstukken[0]])),
            Is.EqualTo("Elk hoofdstuk mag maar één keer in de volgorde staan."));
        Assert.That(await FoutAsync(app, new ReorderSpeerpunten.Command(p, [speerpunten[1]])), Is.EqualTo(
            "De volgorde moet precies alle speerpunten van dit programma bevatten. " +
            "Er is intussen een speerpunt toegevoegd of verwijderd: laad de lijst opnieuw."));
        Assert.That(await FoutAsync(app, new ReorderBasisvoorwaarden.Command(p, [voorwaarden[0]])), Is.EqualTo(
            "De volgorde moet precies alle basisvoorwaarden van dit programma bevatten. " +
            "Er is intussen een basisvoorwaarde toegevoegd of verwijderd: laad de lijst opnieuw."));
        Assert.That(await FoutAsync(app, new ReorderEigenHoofdstukken.Command(p, [hoofdstukken[1]])), Is.EqualTo(
            "De volgorde moet precies alle eigen hoofdstukken van dit programma bevatten. " +
            "Er is intussen een hoofdstuk toegevoegd of verwijderd: laad de lijst opnieuw."));
    }

    [Test]
    public async Task DeleteOrgaan_Middle_DeletedAndTheRestNumberedWithoutAGap()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        var ids = new List<long>();
        foreach (var naam in new[] { "Stuurgroep", "Kernteam", "Klankbord" }) ids.Add(await OrgaanAsync(app, p, naam));

        await app.SendAsync(new DeleteOrgaan.Command(p, ids[1], 1));

        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<string>("SELECT volgorde || ':' || naam FROM orgaan ORDER BY volgorde"),
            Is.EqualTo(new[] { "1:Stuurgroep", "2:Klankbord" }));
    }

    private static async Task<long> OrgaanAsync(TestApp app, long programma, string naam) =>
        (await app.SendAsync(new SaveOrgaan.Command(programma, null, 0, naam, "", []))).OrgaanId;

    private static async Task<string> FoutAsync<T>(TestApp app, ICommand<T> command)
    {
        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(command));
        return e!.Errors.Values.Single().Single();
    }
}
