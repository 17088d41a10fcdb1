using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Samenwerking;

namespace ProgrammaPlanner.Core.Tests.Samenwerking;

public class OrgaanTests
{
    private static readonly string[] Tabellen = ["orgaan", "orgaan_lid"];

    private static SaveOrgaan.Command Stuurgroep(long programma, params SaveOrgaan.Lid[] leden) =>
        new(programma, null, 0, "Stuurgroep", "Besluit over programmaplan en budget.", leden);

    [Test]
    public async Task Save_NewOrgaan_CreatedWithLedenInOrderAndPartnerNaam()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var dock = await app.AddPartnerAsync(programma, "Stichting DOCK");

        var result = await app.SendAsync(Stuurgroep(programma,
            new SaveOrgaan.Lid(" Jan Bakker ", "voorzitter", dock),
            new SaveOrgaan.Lid("Fatima El Amrani", "secretaris", null)));

        var organen = await app.SendAsync(new ListOrganen.Query(programma));
        Assert.That(result.Version, Is.EqualTo(1));
        Assert.That(organen, Has.Count.EqualTo(1));
        Assert.That(organen[0] with { Leden = [] }, Is.EqualTo(new ListOrganen.OrgaanItem
        { Id = result.OrgaanId, Naam = "Stuurgroep", Mandaat = "Besluit over programmaplan en budget.", Volgorde = 1, Version = 1, Leden = [] }));
        Assert.That(organen[0].Leden, Is.EqualTo(new[]
        {
            new ListOrganen.LidItem { OrgaanId = result.OrgaanId, Volgorde = 1, Naam = "Jan Bakker", Functie = "voorzitter", PartnerId = dock,
                PartnerNaam = "Stichting DOCK" },
            new ListOrganen.LidItem { OrgaanId = result.OrgaanId, Volgorde = 2, Naam = "Fatima El Amrani", Functie = "secretaris" },
        }));
    }

    [Test]
    public async Task Save_SecondAndThirdOrgaan_AppendedInOrder()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        await app.SendAsync(Stuurgroep(programma));
        await app.SendAsync(new SaveOrgaan.Command(programma, null, 0, "Kernteam", "", []));
        await app.SendAsync(new SaveOrgaan.Command(programma, null, 0, "Programmamanager", "", [new SaveOrgaan.Lid("Els", "", null)]));

        var organen = await app.SendAsync(new ListOrganen.Query(programma));
        Assert.That(organen.Select(o => $"{o.Volgorde}:{o.Naam}:{o.Leden.Count}"),
            Is.EqualTo(new[] { "1:Stuurgroep:0", "2:Kernteam:0", "3:Programmamanager:1" }));
    }

    [Test]
    public async Task Save_ExistingOrgaan_ReplacesLedenInNewOrderAndBumpsVersion()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var civic = await app.AddPartnerAsync(programma, "Civic Amsterdam");
        var eerst = await app.SendAsync(Stuurgroep(programma,
            new SaveOrgaan.Lid("Jan", "voorzitter", null), new SaveOrgaan.Lid("Piet", "lid", null), new SaveOrgaan.Lid("Kees", "lid", null)));

        var result = await app.SendAsync(new SaveOrgaan.Command(programma, eerst.OrgaanId, 1, "Stuurgroep Samen Oost", "Stelt het plan vast.",
            [new SaveOrgaan.Lid("Kees", "voorzitter", civic), new SaveOrgaan.Lid("Jan", "lid", null)]));

        var orgaan = (await app.SendAsync(new ListOrganen.Query(programma))).Single();
        Assert.That(result, Is.EqualTo(new SaveOrgaan.Result(eerst.OrgaanId, 2)));
        Assert.That((orgaan.Naam, orgaan.Mandaat, orgaan.Version), Is.EqualTo(("Stuurgroep Samen Oost", "Stelt het plan vast.", 2)));
        Assert.That(orgaan.Leden.Select(l => $"{l.Volgorde}:{l.Naam}:{l.Functie}:{l.PartnerNaam}"),
            Is.EqualTo(new[] { "1:Kees:voorzitter:Civic Amsterdam", "2:Jan:lid:" }));
        Assert.That(await app.CountAsync("orgaan_lid"), Is.EqualTo(2));
    }

    [Test]
    public async Task Save_StaleVersion_ConflictAndLedenUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var eerst = await app.SendAsync(Stuurgroep(programma, new SaveOrgaan.Lid("Jan", "voorzitter", null)));
        await app.SendAsync(new SaveOrgaan.Command(programma, eerst.OrgaanId, 1, "Stuurgroep", "", [new SaveOrgaan.Lid("Piet", "voorzitter", null)]));
        var voor = await app.DumpAsync(Tabellen);

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(
            new SaveOrgaan.Command(programma, eerst.OrgaanId, 1, "Stuurgroep", "", [new SaveOrgaan.Lid("Kees", "voorzitter", null)])));

        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Save_OrgaanOfOtherProgramma_NotFoundAndUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var vreemd = await app.SendAsync(Stuurgroep(ander, new SaveOrgaan.Lid("Jan", "voorzitter", null)));
        var voor = await app.DumpAsync(Tabellen);

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(
            new SaveOrgaan.Command(programma, vreemd.OrgaanId, 1, "Overgenomen", "", [new SaveOrgaan.Lid("Kees", "", null)])));

        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Save_UnknownProgramma_NotFoundAndNothingStored()
    {
        await using var app = TestApp.Create();

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Stuurgroep(42, new SaveOrgaan.Lid("Jan", "", null))));

        Assert.That(await app.CountAsync("orgaan") + await app.CountAsync("orgaan_lid"), Is.Zero);
    }

    [Test]
    public async Task Save_LidWithPartnerOfOtherProgramma_ValidationAtThatLidsPartnerIdAndNothingStored()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var eigen = await app.AddPartnerAsync(programma, "Civic Amsterdam");
        var vreemd = await app.AddPartnerAsync(ander, "Stichting Doras");
        var audit = await app.CountAsync("audit");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Stuurgroep(programma,
            new SaveOrgaan.Lid("Jan", "voorzitter", eigen), new SaveOrgaan.Lid("Piet", "lid", vreemd), new SaveOrgaan.Lid("Kees", "lid", 999))));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Leden[1].PartnerId", "Leden[2].PartnerId" }));
        Assert.That(e.Errors["Leden[1].PartnerId"][0], Does.Contain("geen partner"));
        Assert.That(await app.CountAsync("orgaan") + await app.CountAsync("orgaan_lid"), Is.Zero);
        Assert.That(await app.CountAsync("audit"), Is.EqualTo(audit));
    }

    [Test]
    public async Task Save_UpdateWithUnknownPartner_ValidationAndLedenUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var eerst = await app.SendAsync(Stuurgroep(programma, new SaveOrgaan.Lid("Jan", "voorzitter", null)));
        var voor = await app.DumpAsync(Tabellen);

        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new SaveOrgaan.Command(programma, eerst.OrgaanId, 1, "Stuurgroep", "", [new SaveOrgaan.Lid("Kees", "", 999)])));

        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Save_EmptyNaamAndLidWithoutNaam_DutchFieldMessagesAndNothingStored()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new SaveOrgaan.Command(programma, null, 0, "", "", [new SaveOrgaan.Lid("Jan", "", null), new SaveOrgaan.Lid(" ", "lid", null)])));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam", "Leden[1].Naam" }));
        Assert.That(e.Errors["Leden[1].Naam"][0], Is.EqualTo("Vul de naam van het lid in."));
        Assert.That(await app.CountAsync("orgaan"), Is.Zero);
    }

    [Test]
    public async Task Save_NullLid_RefusedAtThatLid()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Stuurgroep(programma, new SaveOrgaan.Lid("Jan", "", null), null!)));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Leden[1]" }));
        Assert.That(await app.CountAsync("orgaan"), Is.Zero);
    }

    [Test]
    public async Task Save_DuplicateNaam_RefusedAtNaamAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(Stuurgroep(programma, new SaveOrgaan.Lid("Jan", "voorzitter", null)));
        var kernteam = await app.SendAsync(new SaveOrgaan.Command(programma, null, 0, "Kernteam", "", [new SaveOrgaan.Lid("Els", "", null)]));
        var voor = await app.DumpAsync(Tabellen);

        var nieuw = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Stuurgroep(programma, new SaveOrgaan.Lid("Piet", "", null))));
        var hernoemd = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new SaveOrgaan.Command(programma, kernteam.OrgaanId, 1, "Stuurgroep", "", [new SaveOrgaan.Lid("Kees", "", null)])));

        Assert.That(nieuw!.Errors["Naam"][0], Is.EqualTo("Er is in dit programma al een orgaan met de naam 'Stuurgroep'. Kies een andere naam."));
        Assert.That(hernoemd!.Errors.Keys, Is.EquivalentTo(new[] { "Naam" }));
        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Delete_Orgaan_DeletedWithLedenAndRestRenumbered()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var stuurgroep = await app.SendAsync(Stuurgroep(programma, new SaveOrgaan.Lid("Jan", "voorzitter", null)));
        await app.SendAsync(new SaveOrgaan.Command(programma, null, 0, "Kernteam", "", [new SaveOrgaan.Lid("Els", "", null)]));

        await app.SendAsync(new DeleteOrgaan.Command(programma, stuurgroep.OrgaanId, 1));

        var organen = await app.SendAsync(new ListOrganen.Query(programma));
        Assert.That(organen.Select(o => $"{o.Volgorde}:{o.Naam}"), Is.EqualTo(new[] { "1:Kernteam" }));
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<string>("SELECT naam FROM orgaan_lid"), Is.EqualTo(new[] { "Els" }));
    }

    [Test]
    public async Task Delete_StaleVersion_ConflictAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var eerst = await app.SendAsync(Stuurgroep(programma, new SaveOrgaan.Lid("Jan", "voorzitter", null)));
        await app.SendAsync(new SaveOrgaan.Command(programma, eerst.OrgaanId, 1, "Stuurgroep", "", [new SaveOrgaan.Lid("Piet", "", null)]));
        var voor = await app.DumpAsync(Tabellen);

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteOrgaan.Command(programma, eerst.OrgaanId, 1)));

        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Delete_OrgaanOfOtherProgramma_NotFoundAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var vreemd = await app.SendAsync(Stuurgroep(ander, new SaveOrgaan.Lid("Jan", "voorzitter", null)));
        var voor = await app.DumpAsync(Tabellen);

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteOrgaan.Command(programma, vreemd.OrgaanId, 1)));

        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task List_OnlyThisProgrammasOrganen()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        await app.SendAsync(Stuurgroep(ander, new SaveOrgaan.Lid("Jan", "voorzitter", null)));

        Assert.That(await app.SendAsync(new ListOrganen.Query(programma)), Is.Empty);
    }
}
