using Dapper;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Samenwerking;

namespace ProgrammaPlanner.Core.Tests.Partners;

public class PartnerTests
{
    private static readonly string[] Tabellen = ["partner", "project", "project_partner", "inzet", "orgaan", "orgaan_lid"];

    private static AddPartner.Command Civic(long programmaId, string naam = "Civic Amsterdam", string email = "info@civic.nl") =>
        new(programmaId, naam, "welzijn", PartnerRol.Penvoerder, "Anna de Vries", email, "Jan Bakker", "directeur-bestuurder", "Amsterdam");

    private static UpdatePartner.Command Update(long programmaId, long partnerId, int version, string naam = "Civic Amsterdam", string email = "") =>
        new(programmaId, partnerId, version, naam, "zorg", PartnerRol.Financier, "Piet", email, "Bea", "bestuurder", "Noord");

    [Test]
    public async Task Add_ValidPartner_ListedWithAllFieldsTrimmedAndVersion1()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var id = await app.SendAsync(Civic(programma, "  Civic Amsterdam ") with { Plaats = " Amsterdam " });

        var lijst = await app.SendAsync(new ListPartners.Query(programma));
        Assert.That(lijst, Is.EqualTo(new[]
        {
            new ListPartners.PartnerItem { Id = id, Naam = "Civic Amsterdam", Soort = "welzijn", Rol = "penvoerder", Contactpersoon = "Anna de Vries",
                Email = "info@civic.nl", BestuurderNaam = "Jan Bakker", BestuurderFunctie = "directeur-bestuurder", Plaats = "Amsterdam", Version = 1 },
        }));
        Assert.That(await app.CountAsync("audit"), Is.EqualTo(2));
    }

    [Test]
    public async Task Add_WithoutEmail_Allowed()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        await app.SendAsync(Civic(programma, email: ""));

        Assert.That((await app.SendAsync(new ListPartners.Query(programma)))[0].Email, Is.Empty);
    }

    [Test]
    public async Task Add_EmptyNaamUnknownSoortAndRolBadEmail_DutchFieldMessagesAndNothingStored()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new AddPartner.Command(programma, " ", "bank", "baas", "", "geen-adres", "", "", "")));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Naam", "Soort", "Rol", "Email" }));
        Assert.That(e.Errors["Naam"][0], Is.EqualTo("Geef de partner een naam."));
        Assert.That(e.Errors["Soort"][0], Does.Contain("welzijn"));
        Assert.That(e.Errors["Email"][0], Does.Contain("geldig e-mailadres"));
        Assert.That(await app.CountAsync("partner"), Is.Zero);
        Assert.That(await app.CountAsync("audit"), Is.EqualTo(1));
    }

    [Test]
    public async Task Add_NaamTooLong_RefusedAtNaam()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Civic(programma, new string('x', 201))));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("maximaal 200"));
        Assert.That(await app.CountAsync("partner"), Is.Zero);
    }

    [Test]
    public async Task Add_DuplicateNaamInProgramma_RefusedAtNaamButAllowedInOtherProgramma()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        await app.SendAsync(Civic(programma));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Civic(programma, "Civic Amsterdam ")));
        await app.SendAsync(Civic(ander));

        Assert.That(e!.Errors["Naam"][0], Is.EqualTo("Er is in dit programma al een partner met de naam 'Civic Amsterdam'. Kies een andere naam."));
        Assert.That(await app.CountAsync("partner"), Is.EqualTo(2));
    }

    [Test]
    public async Task Add_UnknownProgramma_NotFoundAndNothingStored()
    {
        await using var app = TestApp.Create();

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Civic(42)));

        Assert.That(await app.CountAsync("partner"), Is.Zero);
        Assert.That(await app.CountAsync("audit"), Is.Zero);
    }

    [Test]
    public async Task Update_CurrentVersion_SavesAllFieldsAndReturnsNewVersion()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Civic(programma));

        var version = await app.SendAsync(Update(programma, id, 1, "Civic ", "a@b.nl"));

        var partner = (await app.SendAsync(new ListPartners.Query(programma))).Single();
        Assert.That(version, Is.EqualTo(2));
        Assert.That(partner, Is.EqualTo(new ListPartners.PartnerItem
        {
            Id = id, Naam = "Civic", Soort = "zorg", Rol = "financier", Contactpersoon = "Piet",
            Email = "a@b.nl", BestuurderNaam = "Bea", BestuurderFunctie = "bestuurder", Plaats = "Noord", Version = 2
        }));
    }

    [Test]
    public async Task Update_StaleVersion_ConflictAndNothingOverwritten()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Civic(programma));
        await app.SendAsync(Update(programma, id, 1, "Eerste"));

        var e = Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Update(programma, id, 1, "Tweede")));

        Assert.That(e!.Message, Does.Contain("door iemand anders gewijzigd"));
        Assert.That((await app.SendAsync(new ListPartners.Query(programma))).Single().Naam, Is.EqualTo("Eerste"));
    }

    [Test]
    public async Task Update_PartnerOfOtherProgramma_NotFoundAndUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var id = await app.SendAsync(Civic(ander));
        var voor = await app.DumpAsync("partner");

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(Update(programma, id, 1, "Overgenomen")));

        Assert.That(await app.DumpAsync("partner"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Update_NaamOfOtherPartner_RefusedAtNaamAndUnchanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(Civic(programma, "Stichting Doras"));
        var id = await app.SendAsync(Civic(programma));
        var voor = await app.DumpAsync("partner");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Update(programma, id, 1, "Stichting Doras")));

        Assert.That(e!.Errors["Naam"][0], Does.Contain("al een partner met de naam 'Stichting Doras'"));
        Assert.That(await app.DumpAsync("partner"), Is.EqualTo(voor));
    }

    [Test]
    public async Task Update_InvalidEmail_RefusedAtEmail()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Civic(programma));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Update(programma, id, 1, email: "info@civic")));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Email" }));
        Assert.That((await app.SendAsync(new ListPartners.Query(programma))).Single().Email, Is.EqualTo("info@civic.nl"));
    }

    [Test]
    public async Task Remove_UnusedPartner_Removed()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Civic(programma));
        await app.AddPartnerAsync(programma, "SPIN");

        await app.SendAsync(new RemovePartner.Command(programma, id, 1));

        Assert.That((await app.SendAsync(new ListPartners.Query(programma))).Select(p => p.Naam), Is.EqualTo(new[] { "SPIN" }));
    }

    [Test]
    public async Task Remove_PartnerThatIsTrekkerDeelnemerHasInzetAndSitsInOrgaan_RefusedNamingEveryDependantAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var civic = await app.SendAsync(Civic(programma));
        var dock = await app.AddPartnerAsync(programma, "Stichting DOCK");
        var buurtkamers = await app.AddProjectAsync(programma, "Buurtkamers", civic);
        await app.AddProjectAsync(programma, "Maatjesproject", dock, civic);
        var schuldhulp = await app.AddProjectAsync(programma, "Vroegsignalering schulden", dock);
        await InsertInzetOutsideProjectAsync(app, schuldhulp, civic, 2026, 12_500.50m);
        await InsertInzetOutsideProjectAsync(app, schuldhulp, civic, 2027, 10_000m);
        await app.SendAsync(new SaveOrgaan.Command(programma, null, 0, "Stuurgroep", "", [new SaveOrgaan.Lid("Jan Bakker", "voorzitter", civic)]));
        var voor = await app.DumpAsync(Tabellen);
        var audit = await app.CountAsync("audit");

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new RemovePartner.Command(programma, civic, 1)));

        Assert.That(e!.Message, Does.StartWith("De partner 'Civic Amsterdam' kan niet worden verwijderd:"));
        Assert.That(e.Message, Does.Contain("trekker van 'Buurtkamers'"));
        Assert.That(e.Message, Does.Contain("deelnemer aan 'Buurtkamers' en 'Maatjesproject'"));
        Assert.That(e.Message, Does.Contain("inzet in 'Vroegsignalering schulden'"));
        Assert.That(e.Message, Does.Contain("lid van 'Stuurgroep'"));
        Assert.That(e.Message, Does.Contain("Wijs een andere trekker aan"));
        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
        Assert.That(await app.CountAsync("audit"), Is.EqualTo(audit));
    }

    [Test]
    public async Task Remove_PartnerWithOnlyInzet_RefusedSoTheInzetIsNotLost()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var dock = await app.AddPartnerAsync(programma, "Stichting DOCK");
        var prisma = await app.AddPartnerAsync(programma, "Stichting Prisma");
        var project = await app.AddProjectAsync(programma, "Huiskamers", dock);
        await InsertInzetOutsideProjectAsync(app, project, prisma, 2026, 5_000m);
        var voor = await app.DumpAsync(Tabellen);

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new RemovePartner.Command(programma, prisma, 1)));

        Assert.That(e!.Message, Is.EqualTo("De partner 'Stichting Prisma' kan niet worden verwijderd: inzet in 'Huiskamers'. " +
                                           "Verdeel de inzet over andere partners of verwijder die; daarna kunt u de partner verwijderen."));
        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Remove_StaleVersion_ConflictAndNotRemoved()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Civic(programma));
        await app.SendAsync(Update(programma, id, 1));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new RemovePartner.Command(programma, id, 1)));

        Assert.That(await app.CountAsync("partner"), Is.EqualTo(1));
    }

    [Test]
    public async Task Remove_PartnerOfOtherProgramma_NotFoundAndNotRemoved()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var id = await app.SendAsync(Civic(ander));

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new RemovePartner.Command(programma, id, 1)));

        Assert.That(await app.CountAsync("partner"), Is.EqualTo(1));
    }

    [Test]
    public async Task List_OnlyThisProgrammasPartners_OrderedByNaam()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        await app.AddPartnerAsync(programma, "Stichting Wijsneus");
        await app.AddPartnerAsync(programma, "De Regenboog Groep");
        await app.AddPartnerAsync(ander, "Civic Amsterdam");

        var lijst = await app.SendAsync(new ListPartners.Query(programma));

        Assert.That(lijst.Select(p => p.Naam), Is.EqualTo(new[] { "De Regenboog Groep", "Stichting Wijsneus" }));
    }

    /// <summary>
    /// Inzet of a partner that does not (or no longer) take part in the project: the inzet form refuses to make this,
    /// older data can hold it, and removing the partner must still not lose it.
    /// </summary>
    private static async Task InsertInzetOutsideProjectAsync(TestApp app, long projectId, long partnerId, int jaar, decimal euro)
    {
        await using var c = await app.Db.OpenAsync();
        await c.ExecuteAsync(
            """
            INSERT INTO inzet (project_id, partner_id, jaar, soort, euro, uren)
            VALUES (@projectId, @partnerId, @jaar, 'eigen middelen', @euro, 0)
            """, new { projectId, partnerId, jaar, euro });
    }
}
