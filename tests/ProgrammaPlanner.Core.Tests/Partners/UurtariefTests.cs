using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Tests.Programmas;
using ProgrammaPlanner.TestSupport;

namespace ProgrammaPlanner.Core.Tests.Partners;

/// <summary>The agreed uurtarief of a partner: optional, ≥ 0, whole cents; stored exactly and carried through export and import.</summary>
public class UurtariefTests
{
    private static AddPartner.Command Dock(long programmaId, decimal? uurtarief) =>
        new(programmaId, "Stichting DOCK", "welzijn", PartnerRol.Penvoerder, "", "", "", "", "", uurtarief);

    [Test]
    public async Task AddAndUpdate_Uurtarief_StoredExactlyAndClearable()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var id = await app.SendAsync(Dock(programma, 72.50m));
        Assert.That((await app.SendAsync(new ListPartners.Query(programma))).Single().Uurtarief, Is.EqualTo(72.50m));

        var p = (await app.SendAsync(new ListPartners.Query(programma))).Single();
        await app.SendAsync(new UpdatePartner.Command(programma, id, p.Version, p.Naam, p.Soort, p.Rol, "", "", "", "", "", 80.05m));
        Assert.That((await app.SendAsync(new ListPartners.Query(programma))).Single().Uurtarief, Is.EqualTo(80.05m));

        p = (await app.SendAsync(new ListPartners.Query(programma))).Single();
        await app.SendAsync(new UpdatePartner.Command(programma, id, p.Version, p.Naam, p.Soort, p.Rol, "", "", "", "", "", null));
        Assert.That((await app.SendAsync(new ListPartners.Query(programma))).Single().Uurtarief, Is.Null);
    }

    [TestCase(-1, "Het uurtarief mag niet negatief zijn.")]
    [TestCase(65.555, "Geef het bedrag op in hele centen (hooguit 2 decimalen).")]
    [TestCase(1000.01, "Een uurtarief boven € 1.000 is niet aannemelijk; controleer het bedrag.")]
    public async Task Add_WrongUurtarief_RefusedAtTheField(decimal uurtarief, string melding)
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Dock(programma, uurtarief)));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "Uurtarief" }));
        Assert.That(e.Errors["Uurtarief"][0], Is.EqualTo(melding));
        Assert.That(await app.CountAsync("partner"), Is.Zero);
    }

    [Test]
    public async Task Add_ZeroUurtarief_Allowed()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        await app.SendAsync(Dock(programma, 0m));

        Assert.That((await app.SendAsync(new ListPartners.Query(programma))).Single().Uurtarief, Is.EqualTo(0m));
    }

    [Test]
    public async Task ExportImport_Uurtarief_RoundTripsAndOldFilesWithoutItStillImport()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync("Tarieven");
        await app.SendAsync(Dock(programma, 67.25m));
        await app.SendAsync(new AddPartner.Command(programma, "Buurtvrijwilligers", "informeel/vrijwilligers", PartnerRol.Partner, "", "", "", "", ""));

        var json = await app.SendAsync(new ExportProgramma.Query(programma));
        Assert.That(json, Does.Contain("\"uurtarief\": 67.25"));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(json, "uurtarief"), Has.Count.EqualTo(1), "no rate, no field");

        var kopie = await app.ImportAsync(json.Replace("\"naam\": \"Tarieven\"", "\"naam\": \"Tarieven 2\""));
        Assert.That((await app.SendAsync(new ListPartners.Query(kopie))).Select(p => (p.Naam, p.Uurtarief)),
            Is.EqualTo(new[] { ("Buurtvrijwilligers", (decimal?)null), ("Stichting DOCK", 67.25m) }));

        var zonder = json.Replace(",\n      \"uurtarief\": 67.25", "").Replace("\"naam\": \"Tarieven\"", "\"naam\": \"Tarieven oud\"");
        Assert.That(zonder, Does.Not.Contain("uurtarief"));
        var oud = await app.ImportAsync(zonder);
        Assert.That((await app.SendAsync(new ListPartners.Query(oud))).Select(p => p.Uurtarief), Is.All.Null);
    }

    [Test]
    public async Task Import_NegativeOrTooPreciseUurtarief_RefusedWithThePlace()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync("Tarieven");
        await app.SendAsync(Dock(programma, 67.25m));
        var json = (await app.SendAsync(new ExportProgramma.Query(programma))).Replace("\"naam\": \"Tarieven\"", "\"naam\": \"Ander\"");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json.Replace("67.25", "-5")));
        Assert.That(e!.Errors.Keys, Does.Contain("partners[0].uurtarief"));
        e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json.Replace("67.25", "67.255")));
        Assert.That(e!.Errors["partners[0].uurtarief"][0], Does.Contain("meer dan 2 decimalen"));
    }
}
