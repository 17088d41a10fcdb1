using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Verhalen;

namespace ProgrammaPlanner.Core.Tests.Verhalen;

public class VerhaalTests
{
    internal static async Task<long> OpgaveAsync(TestApp app, long programma, string titel)
    {
        // Ontwikkelopgaven have their own slices elsewhere; a plain row is all a story needs.
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "INSERT INTO ontwikkelopgave (programma_id, titel, vraag) VALUES (@programma, @titel, 'Wat kan het wijkteam?') RETURNING id",
            new { programma, titel });
    }

    internal static async Task<long> GroepAsync(TestApp app, long programma, string naam)
    {
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>("INSERT INTO verbondsgroep (programma_id, naam) VALUES (@programma, @naam) RETURNING id",
            new { programma, naam });
    }

    internal static RecordVerhaal.Command Verhaal(long programma, string titel = "Wachten op een woning", string tekst =
        "Een moeder in Noord wacht al vier jaar op een grotere woning; de schulden groeien intussen.", long? groep = null,
        IReadOnlyList<string>? tags = null, IReadOnlyList<long>? opgaven = null) =>
        new(programma, titel, tekst, Verteller.Bewoner, groep, new DateOnly(2026, 3, 2), tags ?? [Bestaanszekerheid.Wonen, Bestaanszekerheid.Schulden],
            opgaven ?? []);

    [Test]
    public async Task Record_WithTagsAndOpgaven_ListedAndReadBack()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        var groep = await GroepAsync(app, p, "Verbond Noord");
        var opgave = await OpgaveAsync(app, p, "Vroegsignalering schulden");

        var id = await app.SendAsync(Verhaal(p, groep: groep, opgaven: [opgave]) with { Titel = "  Wachten op een woning  " });

        var v = await app.SendAsync(new GetVerhaal.Query(p, id));
        Assert.That((v.Item.Titel, v.Item.Verteller, v.Item.Verbondsgroep, v.Item.OpgetekendOp, v.Item.Version),
            Is.EqualTo(("Wachten op een woning", "bewoner", "Verbond Noord", new DateOnly(2026, 3, 2), 1)));
        Assert.That(v.Item.Bestaanszekerheden, Is.EqualTo(new[] { "wonen", "schulden" }));
        Assert.That(v.Item.Opgaven.Select(o => o.Titel), Is.EqualTo(new[] { "Vroegsignalering schulden" }));
        Assert.That(v.Herkomst, Is.Empty);
        var lijst = await app.SendAsync(new ListVerhalen.Query(p));
        Assert.That((lijst.Totaal, lijst.Verhalen.Single().Id, lijst.Groepen.Single().Naam, lijst.Opgaven.Single().Id),
            Is.EqualTo((1, id, "Verbond Noord", opgave)));
    }

    [Test]
    public async Task List_FiltersByBestaanszekerheidGroepAndOpgave()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        var groep = await GroepAsync(app, p, "Verbond Noord");
        var opgave = await OpgaveAsync(app, p, "Vroegsignalering schulden");
        var wonen = await app.SendAsync(Verhaal(p, "Wonen", tags: [Bestaanszekerheid.Wonen], groep: groep));
        var schulden = await app.SendAsync(Verhaal(p, "Schulden", tags: [Bestaanszekerheid.Schulden], opgaven: [opgave]));

        async Task<long[]> Ids(ListVerhalen.Query q) => (await app.SendAsync(q)).Verhalen.Select(v => v.Id).ToArray();
        Assert.That(await Ids(new(p, Bestaanszekerheid.Wonen)), Is.EqualTo(new[] { wonen }));
        Assert.That(await Ids(new(p, VerbondsgroepId: groep)), Is.EqualTo(new[] { wonen }));
        Assert.That(await Ids(new(p, OntwikkelopgaveId: opgave)), Is.EqualTo(new[] { schulden }));
        Assert.That(await Ids(new(p, Bestaanszekerheid.Veiligheid)), Is.Empty);
        Assert.That((await app.SendAsync(new ListVerhalen.Query(p, Bestaanszekerheid.Veiligheid))).Totaal, Is.EqualTo(2), "the count is of all stories");
        Assert.That((await Ids(new(p))).Length, Is.EqualTo(2));
    }

    [TestCase("Titel", "Bel Fatima op 06-12345678", "De titel bevat een telefoonnummer ('06-12345678')")]
    [TestCase("Tekst", "Ze woont op 1034 AB 12, drie hoog.", "De tekst bevat een postcode met huisnummer ('1034 AB 12')")]
    [TestCase("Tekst", "Zijn BSN 111222333 stond op de brief.", "De tekst bevat een burgerservicenummer ('111222333')")]
    [TestCase("Tekst", "Mail naar j.de.vries@example.nl", "De tekst bevat een e-mailadres ('j.de.vries@example.nl')")]
    public async Task Record_WithAnIdentifier_RefusedAtThePartThatHoldsIt_NothingStored(string veld, string waarde, string melding)
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        var cmd = veld == "Titel" ? Verhaal(p) with { Titel = waarde } : Verhaal(p) with { Tekst = waarde };
        var audit = await app.CountAsync("audit");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(cmd));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { veld }));
        Assert.That(e.Errors[veld][0], Does.StartWith(melding).And.Contain("laat dit weg"));
        Assert.That((await app.CountAsync("verhaal"), await app.CountAsync("verhaal_bestaanszekerheid"), await app.CountAsync("audit")),
            Is.EqualTo((0L, 0L, audit)));
    }

    [Test]
    public async Task Record_BadFields_DutchMessagesAtEachField()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new RecordVerhaal.Command(p, "", "", "buurman", null, default, [], [])));

        Assert.That(e!.Errors["Titel"][0], Is.EqualTo("Geef het verhaal een titel."));
        Assert.That(e.Errors["Tekst"][0], Is.EqualTo("Schrijf het verhaal op: het tekstvak is leeg."));
        Assert.That(e.Errors["Verteller"][0], Does.Contain("Amsterdammer of een professional"));
        Assert.That(e.Errors["OpgetekendOp"][0], Does.Contain("datum"));
        Assert.That(e.Errors["Bestaanszekerheden"][0], Does.StartWith("Kies ten minste één bestaanszekerheid"));
        var onbekend = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Verhaal(p, tags: ["zorg"])));
        Assert.That(onbekend!.Errors["Bestaanszekerheden"][0], Does.StartWith("'zorg' is geen bestaanszekerheid"));
        var lang = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Verhaal(p) with { Tekst = new string('a', Tekstgrenzen.Tekst + 1) }));
        Assert.That(lang!.Errors["Tekst"][0], Is.EqualTo(Tekstgrenzen.TeLang("Het verhaal", Tekstgrenzen.Tekst)));
        Assert.That(await app.CountAsync("verhaal"), Is.Zero);
    }

    [Test]
    public async Task Record_DateInTheFuture_RefusedAtOpgetekendOp()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Verhaal(p) with { OpgetekendOp = Tijd.Vandaag(app.Clock).AddDays(1) }));

        Assert.That(e!.Errors["OpgetekendOp"][0], Does.Contain("in de toekomst"));
        Assert.That(await app.CountAsync("verhaal"), Is.Zero);
        Assert.That(await app.SendAsync(Verhaal(p) with { OpgetekendOp = Tijd.Vandaag(app.Clock) }), Is.GreaterThan(0), "today is allowed");
    }

    [Test]
    public async Task Record_GroepOrOpgaveOfAnotherProgramma_Refused_NothingStored()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync("A");
        var ander = await app.CreateProgrammaAsync("B");
        var vreemdeGroep = await GroepAsync(app, ander, "Verbond Zuid");
        var vreemdeOpgave = await OpgaveAsync(app, ander, "Geheim onderzoek");

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(Verhaal(p, groep: vreemdeGroep, opgaven: [vreemdeOpgave])));

        Assert.That(e!.Errors["VerbondsgroepId"][0], Is.EqualTo("Kies een Verbondsgroep van dit programma."));
        Assert.That(e.Errors["Ontwikkelopgaven"][0], Does.StartWith($"Ontwikkelopgave met id {vreemdeOpgave} hoort niet bij dit programma"));
        Assert.That(e.Errors["Ontwikkelopgaven"][0], Does.Not.Contain("Geheim"), "another programma's titles are not revealed");
        Assert.That(await app.CountAsync("verhaal"), Is.Zero);
        var id = await app.SendAsync(Verhaal(p));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetVerhaal.Query(ander, id)));
        Assert.That((await app.SendAsync(new ListVerhalen.Query(ander))).Verhalen, Is.Empty);
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteVerhaal.Command(ander, id, 1)));
    }

    [Test]
    public async Task Update_ChangesTextTagsAndOpgaven_VersionChecked()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        var opgave = await OpgaveAsync(app, p, "Vroegsignalering schulden");
        var id = await app.SendAsync(Verhaal(p));

        var version = await app.SendAsync(new UpdateVerhaal.Command(p, id, 1, "Nieuwe titel", "Nieuwe tekst", Verteller.Professional, null,
            new DateOnly(2026, 1, 5), [Bestaanszekerheid.Veiligheid], [opgave]));

        var v = (await app.SendAsync(new GetVerhaal.Query(p, id))).Item;
        Assert.That((version, v.Version, v.Titel, v.Tekst, v.Verteller), Is.EqualTo((2, 2, "Nieuwe titel", "Nieuwe tekst", "professional")));
        Assert.That(v.Bestaanszekerheden, Is.EqualTo(new[] { "veiligheid" }));
        Assert.That(v.Opgaven.Single().Id, Is.EqualTo(opgave));
        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new UpdateVerhaal.Command(p, id, 1, "Oud", "Oud", Verteller.Bewoner, null,
            new DateOnly(2026, 1, 5), [Bestaanszekerheid.Wonen], [])));
    }

    [Test]
    public async Task Update_WithAnIdentifier_Refused_NothingChanged()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Verhaal(p));
        var voor = await app.SendAsync(new GetVerhaal.Query(p, id));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new UpdateVerhaal.Command(p, id, 1, "Titel",
            "Bel haar op 020 123 4567", Verteller.Bewoner, null, new DateOnly(2026, 1, 5), [Bestaanszekerheid.Inkomen], [])));

        Assert.That(e!.Errors["Tekst"][0], Does.StartWith("De tekst bevat een telefoonnummer ('020 123 4567')"));
        var na = (await app.SendAsync(new GetVerhaal.Query(p, id))).Item;
        Assert.That((na.Titel, na.Tekst, na.Version, na.Verteller), Is.EqualTo((voor.Item.Titel, voor.Item.Tekst, 1, voor.Item.Verteller)));
        Assert.That(na.Bestaanszekerheden, Is.EqualTo(voor.Item.Bestaanszekerheden));
    }

    [Test]
    public async Task Delete_RemovesTheStoryAndItsTags_StaleVersionRefused()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        var id = await app.SendAsync(Verhaal(p));

        Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteVerhaal.Command(p, id, 7)));
        await app.SendAsync(new DeleteVerhaal.Command(p, id, 1));

        Assert.That(await app.CountAsync("verhaal") + await app.CountAsync("verhaal_bestaanszekerheid"), Is.Zero);
    }

    [Test]
    public async Task Stand_CountsStoriesPerBestaanszekerheid_AndKnowsGroepen()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        Assert.That(await app.SendAsync(new GetVerhalenstand.Query(p)) is { Aantal: 0, HeeftGroepen: false });
        await GroepAsync(app, p, "Verbond Noord");
        await app.SendAsync(Verhaal(p, tags: [Bestaanszekerheid.Wonen, Bestaanszekerheid.Schulden]));
        await app.SendAsync(Verhaal(p, tags: [Bestaanszekerheid.Wonen]));

        var stand = await app.SendAsync(new GetVerhalenstand.Query(p));

        Assert.That((stand.Aantal, stand.HeeftGroepen), Is.EqualTo((2, true)));
        Assert.That(stand.PerBestaanszekerheid, Is.EqualTo(new[] { ("wonen", 2), ("schulden", 1), ("inkomen", 0), ("veiligheid", 0) }));
    }
}
