using Dapper;
using ProgrammaPlanner.Core.Ontwikkelopgaven;
using ProgrammaPlanner.Core.Pipeline;
using static ProgrammaPlanner.Core.Tests.Ontwikkelopgaven.OntwikkelopgaveFixture;

namespace ProgrammaPlanner.Core.Tests.Ontwikkelopgaven;

public class OntwikkelopgaveTests
{
    [Test]
    public async Task Create_Valid_OpenWithItsGroupInListAndGet()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var groep = await app.GroepAsync(programma);

        var id = await app.SendAsync(Opgave(programma, groep) with { Titel = "  Schulden vroeg zien " });

        var lijst = await app.SendAsync(new ListOntwikkelopgaven.Query(programma));
        Assert.That(lijst.Select(o => (o.Id, o.Titel, o.Status, o.Verbondsgroep, o.AantalVerhalen)),
            Is.EqualTo(new[] { (id, "Schulden vroeg zien", "open", (string?)"Verbondsgroep Noord", 0) }));
        var o = await app.SendAsync(new GetOntwikkelopgave.Query(programma, id));
        Assert.That((o.Programma, o.Terrein, o.VerbondsgroepId, o.Bevindingen, o.Version), Is.EqualTo(("Samen Oost", "schulden", (long?)groep, "", 1)));
        Assert.That(o.Vraag, Does.StartWith("Wat kan het wijkteam van morgen"));
        Assert.That(await app.CountAsync("audit"), Is.EqualTo(2), "programma and opgave");
    }

    [Test]
    public async Task List_QuestionAsPlainText_MarkupReadNotShown()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(Opgave(programma) with { Vraag = "Wat kan het **wijkteam** doen?\n\n- eerder *zien*\n- [meer](https://example.org)" });

        Assert.That((await app.SendAsync(new ListOntwikkelopgaven.Query(programma))).Single().VraagKort,
            Is.EqualTo("Wat kan het wijkteam doen? eerder zien meer"));
    }

    [Test]
    public async Task Create_BadInput_DutchMessagesAtTheFields_NothingStored()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var before = await app.OpgaveStateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Opgave(programma) with
        {
            Titel = "  ",
            Vraag = "",
            Terrein = new string('x', Tekstgrenzen.Naam + 1),
        }));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Titel", "Vraag", "Terrein" }));
        Assert.That(e.Errors["Titel"][0], Is.EqualTo("Geef de ontwikkelopgave een titel."));
        Assert.That(e.Errors["Terrein"][0], Does.Contain("te lang"));
        Assert.That(await app.OpgaveStateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task CreateAndUpdate_TitelTwiceInOneProgramma_FieldMessage_AllowedInAnother()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        await app.SendAsync(Opgave(programma));
        var tweede = await app.SendAsync(Opgave(programma, titel: "Wonen zonder zorgen"));
        var before = await app.OpgaveStateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Opgave(programma, titel: " Schulden vroeg zien")));
        Assert.That(e!.Errors["Titel"],
            Is.EqualTo(new[] { "Er is in dit programma al een ontwikkelopgave met de titel 'Schulden vroeg zien'. Kies een andere titel." }));
        e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Update(programma, tweede, 1)));
        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "Titel" }));
        Assert.That(await app.OpgaveStateAsync(), Is.EqualTo(before));

        Assert.That(await app.SendAsync(Opgave(ander)), Is.GreaterThan(0));
    }

    [Test]
    public async Task Update_SavesFindingsAndBumpsVersion_StaleVersionConflicts()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Opgave(programma));

        var version = await app.SendAsync(Update(programma, id, 1, "- Schulden blijven lang verborgen\n- **Huisbezoek** helpt", "Een vast aanspreekpunt"));

        Assert.That(version, Is.EqualTo(2));
        var o = await app.SendAsync(new GetOntwikkelopgave.Query(programma, id));
        Assert.That((o.Bevindingen, o.Aanbeveling, o.Version), Is.EqualTo(("- Schulden blijven lang verborgen\n- **Huisbezoek** helpt",
            "Een vast aanspreekpunt", 2)));
        var before = await app.OpgaveStateAsync();
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Update(programma, id, 1, "Anders")));
        Assert.That(await app.OpgaveStateAsync(), Is.EqualTo(before));
    }

    [TestCase("beantwoord")]
    [TestCase("geagendeerd bij de gemeente")]
    public async Task SetStatus_AnsweredWithoutFindingsOrRecommendation_RefusedInDutch_ThenAllowedWithBoth(string status)
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Opgave(programma));
        var v = await app.SendAsync(Update(programma, id, 1, bevindingen: "Schulden blijven lang verborgen."));
        var before = await app.OpgaveStateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetOntwikkelopgaveStatus.Command(programma, id, v, status)));

        Assert.That(e!.Errors["Status"][0], Does.Contain($"status '{status}' heeft bevindingen en een aanbeveling"));
        Assert.That(await app.OpgaveStateAsync(), Is.EqualTo(before));

        v = await app.SendAsync(Update(programma, id, v, "Schulden blijven lang verborgen.", "Een vast aanspreekpunt in de wijk."));
        v = await app.SendAsync(new SetOntwikkelopgaveStatus.Command(programma, id, v, status));
        Assert.That((await app.SendAsync(new GetOntwikkelopgave.Query(programma, id))).Status, Is.EqualTo(status));
        await using (var c = await app.Db.OpenAsync())
            Assert.That(await c.QueryAsync<string>("SELECT opdracht FROM audit ORDER BY id DESC LIMIT 1"),
                Is.EqualTo(new[] { "SetOntwikkelopgaveStatus" }));
        Assert.That(LogboekAttribute.LabelVan("SetOntwikkelopgaveStatus"), Is.EqualTo("Status van ontwikkelopgave gewijzigd"));

        // Emptying the findings of an answered opgave would make its status untrue.
        before = await app.OpgaveStateAsync();
        e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Update(programma, id, v, "", "Een vast aanspreekpunt in de wijk.")));
        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "Bevindingen" }));
        Assert.That(await app.OpgaveStateAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SetStatus_UnknownStatusOrOpenAgain()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Opgave(programma));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SetOntwikkelopgaveStatus.Command(programma, id, 1, "klaar")));
        Assert.That(e!.Errors["Status"][0], Does.StartWith("Kies een status: open, in onderzoek, beantwoord, geagendeerd bij de gemeente"));

        var v = await app.SendAsync(new SetOntwikkelopgaveStatus.Command(programma, id, 1, "in onderzoek"));
        v = await app.SendAsync(new SetOntwikkelopgaveStatus.Command(programma, id, v, "open"));
        Assert.That(v, Is.EqualTo(3));
    }

    [Test]
    public async Task LinkVerhaal_ShowsTheStoryWithExcerpt_TwiceIsOnce_UnlinkKeepsTheStory()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Opgave(programma));
        var lang = string.Join(" ", Enumerable.Repeat("Mevrouw durfde de brieven niet open te maken.", 10));
        var verhaal = await app.VerhaalAsync(programma, "De stapel brieven", lang, "schulden", "inkomen");

        await app.SendAsync(new LinkVerhaal.Command(programma, id, verhaal));
        await app.SendAsync(new LinkVerhaal.Command(programma, id, verhaal));

        var o = await app.SendAsync(new GetOntwikkelopgave.Query(programma, id));
        var v = o.Verhalen.Single();
        Assert.That((v.Titel, v.Verteller, v.OpgetekendOp), Is.EqualTo(("De stapel brieven", "bewoner", new DateOnly(2026, 3, 2))));
        Assert.That(v.Bestaanszekerheden, Is.EqualTo(new[] { "inkomen", "schulden" }));
        Assert.That(v.Fragment, Does.StartWith("Mevrouw durfde").And.EndWith(" …").And.Length.LessThanOrEqualTo(162));
        Assert.That(v.Tekst, Is.EqualTo(lang));
        Assert.That(o.Version, Is.EqualTo(1), "a link is no edit of the opgave's fields");
        Assert.That((await app.SendAsync(new ListOntwikkelopgaven.Query(programma))).Single().AantalVerhalen, Is.EqualTo(1));

        await app.SendAsync(new UnlinkVerhaal.Command(programma, id, verhaal));
        Assert.That((await app.SendAsync(new GetOntwikkelopgave.Query(programma, id))).Verhalen, Is.Empty);
        Assert.That(await app.CountAsync("verhaal"), Is.EqualTo(1));
    }

    [Test]
    public async Task Delete_RemovesOpgaveAndLinks_StoriesStay_StaleVersionConflicts()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Opgave(programma));
        await app.SendAsync(new LinkVerhaal.Command(programma, id, await app.VerhaalAsync(programma, "Brieven", "Een stapel brieven.")));
        var v = await app.SendAsync(new SetOntwikkelopgaveStatus.Command(programma, id, 1, "in onderzoek"));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteOntwikkelopgave.Command(programma, id, 1)));
        await app.SendAsync(new DeleteOntwikkelopgave.Command(programma, id, v));

        Assert.That((await app.CountAsync("ontwikkelopgave"), await app.CountAsync("verhaal_ontwikkelopgave"), await app.CountAsync("verhaal")),
            Is.EqualTo((0L, 0L, 1L)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetOntwikkelopgave.Query(programma, id)));
    }

    [Test]
    public async Task Isolation_GroupStoryAndOpgaveOfAnotherProgramma_Refused_NothingChanged()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var id = await app.SendAsync(Opgave(programma));
        var andereOpgave = await app.SendAsync(Opgave(ander));
        var andereGroep = await app.GroepAsync(ander, "Groep elders");
        var anderVerhaal = await app.VerhaalAsync(ander, "Elders", "Een verhaal van elders.");
        var eigenVerhaal = await app.VerhaalAsync(programma, "Hier", "Een verhaal van hier.");
        var before = await app.OpgaveStateAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Opgave(programma, andereGroep, "Nog een")));
        Assert.That(e!.Errors["VerbondsgroepId"], Is.EqualTo(new[] { "Kies een Verbondsgroep van dit programma." }));
        e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Update(programma, id, 1) with { VerbondsgroepId = andereGroep }));
        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "VerbondsgroepId" }));
        e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new LinkVerhaal.Command(programma, id, anderVerhaal)));
        Assert.That(e!.Errors["VerhaalId"], Is.EqualTo(new[] { "Kies een verhaal van dit programma." }));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new LinkVerhaal.Command(programma, andereOpgave, eigenVerhaal)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetOntwikkelopgave.Query(programma, andereOpgave)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetOntwikkelopgaveStatus.Command(programma, andereOpgave, 1, "in onderzoek")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteOntwikkelopgave.Command(programma, andereOpgave, 1)));
        Assert.That(await app.OpgaveStateAsync(), Is.EqualTo(before));

        var keuzes = await app.SendAsync(new GetOpgavekeuzes.Query(programma));
        Assert.That((keuzes.Groepen.Count, keuzes.Verhalen.Select(k => k.Naam)), Is.EqualTo((0, new[] { "Hier" })));
    }
}
