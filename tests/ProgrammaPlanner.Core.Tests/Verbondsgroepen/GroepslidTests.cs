using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Verbondsgroepen;
using static ProgrammaPlanner.Core.Tests.Verbondsgroepen.VerbondsgroepTests;

namespace ProgrammaPlanner.Core.Tests.Verbondsgroepen;

public class GroepslidTests
{
    private static readonly string[] Tabellen = ["verbondsgroep", "groepslid"];

    private sealed record Opzet(TestApp App, long Programma, long Groep, long Dock);

    private static async Task<Opzet> OpzetAsync(TestApp app)
    {
        var programma = await app.CreateProgrammaAsync();
        var dock = await app.AddPartnerAsync(programma, "Stichting DOCK");
        var groep = await app.SendAsync(new CreateVerbondsgroep.Command(programma, "Verbondsgroep Noord", null));
        return new(app, programma, groep, dock);
    }

    [Test]
    public async Task Add_OneOfEachSoort_GroupListsThemAndTheListCountsPerSoort()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);

        var anouk = await app.SendAsync(new AddGroepslid.Command(o.Programma, o.Groep, " Anouk ", Lidsoort.Professional, o.Dock, "", " opbouwwerker "));
        var bram = await app.SendAsync(new AddGroepslid.Command(o.Programma, o.Groep, "Bram", Lidsoort.Professional, null, "Madi Noord", "jurist"));
        await app.SendAsync(new AddGroepslid.Command(o.Programma, o.Groep, "Cor", Lidsoort.InformelePartner, null, "Buurtkamer De Kolk", ""));
        await app.SendAsync(new AddGroepslid.Command(o.Programma, o.Groep, "Dina", Lidsoort.Ervaringsdeskundige, null, "", ""));
        await app.SendAsync(Bewoner(o.Programma, o.Groep, "Fatima"));
        await app.SendAsync(Bewoner(o.Programma, o.Groep, "Eef"));

        var groep = await app.SendAsync(new GetVerbondsgroep.Query(o.Programma, o.Groep));
        Assert.That(groep.Leden.Select(l => (l.Naam, l.Soort, l.Organisatie, l.Discipline)), Is.EqualTo(new[]
        {
            ("Anouk", "professional", "Stichting DOCK", "opbouwwerker"),
            ("Bram", "professional", "Madi Noord", "jurist"),
            ("Cor", "informele partner", "Buurtkamer De Kolk", ""),
            ("Dina", "ervaringsdeskundige", "", ""),
            ("Eef", "bewoner", "", ""),
            ("Fatima", "bewoner", "", ""),
        }));
        Assert.That(groep.Leden[0], Is.EqualTo(new GetVerbondsgroep.Lid
        {
            Id = anouk, Naam = "Anouk", Soort = "professional", PartnerId = o.Dock, Organisatie = "Stichting DOCK", Discipline = "opbouwwerker",
            Version = 1,
        }));
        Assert.That(groep.Leden[1].EigenOrganisatie, Is.EqualTo("Madi Noord"));
        Assert.That(groep.Leden[1].Id, Is.EqualTo(bram));
        var item = (await app.SendAsync(new ListVerbondsgroepen.Query(o.Programma))).Single();
        Assert.That((item.Professionals, item.InformelePartners, item.Ervaringsdeskundigen, item.Bewoners, item.Leden, item.Aanjager),
            Is.EqualTo((2, 1, 1, 2, 6, "")));
    }

    private static IEnumerable<TestCaseData> SlechteLeden()
    {
        yield return new TestCaseData("", Lidsoort.Bewoner, false, "", "", "Naam", "Geef het groepslid een naam.").SetName("Add_NoNaam");
        yield return new TestCaseData("Bo", "buurman", false, "", "", "Soort",
            "Kies wat voor lid dit is: professional, informele partner, ervaringsdeskundige, bewoner.").SetName("Add_UnknownSoort");
        yield return new TestCaseData("Bo", Lidsoort.Professional, false, "", "jurist", "Organisatie",
            "Kies de partner waar deze professional werkt, of typ de naam van de organisatie.").SetName("Add_ProfessionalWithoutOrganisatie");
        yield return new TestCaseData("Bo", Lidsoort.Professional, true, "Madi", "jurist", "Organisatie",
            "Kies een partner óf typ een organisatie, niet allebei.").SetName("Add_ProfessionalWithPartnerAndOrganisatie");
        yield return new TestCaseData("Bo", Lidsoort.Professional, false, "Madi", "", "Discipline",
            "Vul de discipline van deze professional in (bijvoorbeeld schuldhulpverlener).").SetName("Add_ProfessionalWithoutDiscipline");
        yield return new TestCaseData("Bo", Lidsoort.Bewoner, true, "", "", "PartnerId",
            "Alleen een professional hoort bij een partner van het programma.").SetName("Add_BewonerWithPartner");
        yield return new TestCaseData("Bo", Lidsoort.InformelePartner, false, "", "jurist", "Discipline",
            "Alleen een professional heeft een discipline.").SetName("Add_InformelePartnerWithDiscipline");
        yield return new TestCaseData("Bo", Lidsoort.Ervaringsdeskundige, false, "Madi", "", "Organisatie",
            "Een ervaringsdeskundige of bewoner hoort niet bij een organisatie.").SetName("Add_ErvaringsdeskundigeWithOrganisatie");
        yield return new TestCaseData("Bo", Lidsoort.Professional, false, "Madi", new string('d', Tekstgrenzen.Naam + 1), "Discipline",
            "De discipline is te lang (maximaal 200 tekens).").SetName("Add_DisciplineTooLong");
    }

    [TestCaseSource(nameof(SlechteLeden))]
    public async Task BadMember_RefusedAtTheFieldAndNothingStored(
        string naam, string soort, bool metPartner, string organisatie, string discipline, string veld, string melding)
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var voor = await app.DumpAsync(Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new AddGroepslid.Command(o.Programma, o.Groep, naam, soort, metPartner ? o.Dock : null, organisatie, discipline)));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { veld }));
        Assert.That(e.Errors[veld], Is.EqualTo(new[] { melding }));
        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Add_PartnerOfAnotherProgramma_RefusedAtPartnerAndNothingStored()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var vreemdePartner = await app.AddPartnerAsync(ander, "Stichting Prisma");
        var voor = await app.DumpAsync(Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new AddGroepslid.Command(o.Programma, o.Groep, "Bo", Lidsoort.Professional, vreemdePartner, "", "jurist")));

        Assert.That(e!.Errors["PartnerId"], Is.EqualTo(new[] { "Deze partner hoort niet (meer) bij dit programma. Kies een andere partner." }));
        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Update_CurrentVersion_SavesFields_StaleVersionConflicts()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var lid = await app.SendAsync(Bewoner(o.Programma, o.Groep, "Fatima"));

        var version = await app.SendAsync(new UpdateGroepslid.Command(o.Programma, lid, 1, "Fatima B.", Lidsoort.Professional, o.Dock, "", "jongerenwerker"));
        Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(new UpdateGroepslid.Command(o.Programma, lid, 1, "Overschreven", Lidsoort.Bewoner, null, "", "")));

        Assert.That(version, Is.EqualTo(2));
        var l = (await app.SendAsync(new GetVerbondsgroep.Query(o.Programma, o.Groep))).Leden.Single();
        Assert.That((l.Naam, l.Soort, l.PartnerId, l.Discipline, l.Version), Is.EqualTo(("Fatima B.", "professional", (long?)o.Dock, "jongerenwerker", 2)));
    }

    [Test]
    public async Task Update_PartnerOfAnotherProgramma_RefusedAndNothingChanged()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var lid = await app.SendAsync(Bewoner(o.Programma, o.Groep, "Fatima"));
        var vreemdePartner = await app.AddPartnerAsync(await app.CreateProgrammaAsync("Samen Noord"), "Stichting Prisma");
        var voor = await app.DumpAsync(Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new UpdateGroepslid.Command(o.Programma, lid, 1, "Fatima", Lidsoort.Professional, vreemdePartner, "", "jurist")));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "PartnerId" }));
        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task SetAanjager_OneThenAnother_OnlyTheLastIsAanjager_NullLeavesNone()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var fatima = await app.SendAsync(Bewoner(o.Programma, o.Groep, "Fatima"));
        var eef = await app.SendAsync(Bewoner(o.Programma, o.Groep, "Eef"));

        await app.SendAsync(new SetAanjager.Command(o.Programma, o.Groep, fatima));
        await app.SendAsync(new SetAanjager.Command(o.Programma, o.Groep, eef));

        var groep = await app.SendAsync(new GetVerbondsgroep.Query(o.Programma, o.Groep));
        Assert.That(groep.Leden.Where(l => l.Aanjager).Select(l => l.Id), Is.EqualTo(new[] { eef }));
        Assert.That((await app.SendAsync(new ListVerbondsgroepen.Query(o.Programma))).Single().Aanjager, Is.EqualTo("Eef"));

        await app.SendAsync(new SetAanjager.Command(o.Programma, o.Groep, null));

        Assert.That((await app.SendAsync(new GetVerbondsgroep.Query(o.Programma, o.Groep))).Aanjager, Is.Null);
    }

    [Test]
    public async Task SetAanjager_MemberOfAnotherGroup_RefusedAtLidAndTheAanjagerStays()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var fatima = await app.SendAsync(Bewoner(o.Programma, o.Groep, "Fatima"));
        await app.SendAsync(new SetAanjager.Command(o.Programma, o.Groep, fatima));
        var andereGroep = await app.SendAsync(new CreateVerbondsgroep.Command(o.Programma, "Verbondsgroep Oost", null));
        var elders = await app.SendAsync(Bewoner(o.Programma, andereGroep, "Gijs"));
        var voor = await app.DumpAsync(Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetAanjager.Command(o.Programma, o.Groep, elders)));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "LidId" }));
        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }

    [Test]
    public async Task Remove_TheAanjager_GroupHasNone()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var fatima = await app.SendAsync(Bewoner(o.Programma, o.Groep, "Fatima"));
        await app.SendAsync(Bewoner(o.Programma, o.Groep, "Eef"));
        await app.SendAsync(new SetAanjager.Command(o.Programma, o.Groep, fatima));

        await app.SendAsync(new RemoveGroepslid.Command(o.Programma, fatima, 1));

        var groep = await app.SendAsync(new GetVerbondsgroep.Query(o.Programma, o.Groep));
        Assert.That((groep.Leden.Select(l => l.Naam), groep.Aanjager), Is.EqualTo((new[] { "Eef" }, (GetVerbondsgroep.Lid?)null)));
    }

    [Test]
    public async Task MemberOfAnotherProgramma_UpdateRemoveAndAanjager_NotFoundOrRefused_AndUnchanged()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var ander = await app.CreateProgrammaAsync("Samen Noord");
        var vreemdeGroep = await app.SendAsync(new CreateVerbondsgroep.Command(ander, "Noord", null));
        var vreemd = await app.SendAsync(Bewoner(ander, vreemdeGroep, "Gijs"));
        var voor = await app.DumpAsync(Tabellen);

        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new UpdateGroepslid.Command(o.Programma, vreemd, 1, "Overgenomen", Lidsoort.Bewoner, null, "", "")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new RemoveGroepslid.Command(o.Programma, vreemd, 1)));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetAanjager.Command(o.Programma, o.Groep, vreemd)));

        Assert.That(await app.DumpAsync(Tabellen), Is.EqualTo(voor));
    }
}
