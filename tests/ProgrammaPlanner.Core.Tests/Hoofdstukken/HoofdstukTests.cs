using ProgrammaPlanner.Core.Hoofdstukken;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Core.Tests.Hoofdstukken;

public class HoofdstukTests
{
    private static readonly string[] Tabellen = ["hoofdstuk", "hoofdstuk_veld", "hoofdstuk_cel", "eigen_hoofdstuk"];

    private static SaveHoofdstuk.Row Row(params (string Naam, string Waarde)[] cellen) =>
        new([.. cellen.Select(c => new SaveHoofdstuk.Veld(c.Naam, c.Waarde))]);

    [Test]
    public async Task Save_ChapterWithFieldsAndRows_IsInThePlanInItsOrder_EmptyOnesLeftOut()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var versie = await app.SendAsync(new SaveHoofdstuk.Command(programma, Hoofdstuksoort.Risicos, 0, "De grootste risico's:\n\n- **geld**",
            [], [Row(("risico", "Subsidie stopt"), ("kans", "middel"), ("maatregel", " Tijdig aanvragen ")), Row(("risico", ""), ("eigenaar", "  ")),
                Row(("eigenaar", "Stuurgroep"), ("risico", "Partner stapt uit"))]));
        await app.SendAsync(new SaveHoofdstuk.Command(programma, Hoofdstuksoort.Samenvatting, 0, "",
            [new("besluit", "Het plan vaststellen."), new("besluit", "dubbel")], []));
        await app.SendAsync(new SaveHoofdstuk.Command(programma, Hoofdstuksoort.Visie, 0, "  \n ", [], [])); // nothing in it

        var plan = await app.SendAsync(new GetProgrammaplan.Query(programma));
        Assert.That(versie, Is.EqualTo(1));
        Assert.That(plan.Hoofdstukken.Select(h => h.Soort), Is.EqualTo(new[] { Hoofdstuksoort.Samenvatting, Hoofdstuksoort.Risicos }));
        Assert.That(plan.Hoofdstuk(Hoofdstuksoort.Samenvatting)!.Veld("besluit"), Is.EqualTo("Het plan vaststellen."));
        var risicos = plan.Hoofdstuk(Hoofdstuksoort.Risicos)!;
        Assert.That(risicos.Tekst, Is.EqualTo("De grootste risico's:\n\n- **geld**"));
        Assert.That(risicos.Rows.Select(r => string.Join("|", r.Cellen.Select(c => $"{c.Naam}={c.Waarde}"))), Is.EqualTo(new[]
        {
            "risico=Subsidie stopt|kans=middel|maatregel=Tijdig aanvragen",
            "risico=Partner stapt uit|eigenaar=Stuurgroep", // in column order, whatever order it was sent in
        }));
        Assert.That(plan.Hoofdstuk(Hoofdstuksoort.Visie), Is.Null);
    }

    [Test]
    public async Task Save_WithAnOldVersion_IsAConflictAndChangesNothing()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(new SaveHoofdstuk.Command(programma, Hoofdstuksoort.Communicatie, 0, "Eerste tekst", [], []));
        await app.SendAsync(new SaveHoofdstuk.Command(programma, Hoofdstuksoort.Communicatie, 1, "Tweede tekst", [], []));

        SaveHoofdstuk.Command Met(int versie) => new(programma, Hoofdstuksoort.Communicatie, versie, "Derde", [], []);
        var oud = Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Met(1)));
        var nieuw = Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(Met(0)));

        Assert.That(oud!.Message, Does.Contain("'Communicatie' is intussen door iemand anders gewijzigd"));
        Assert.That(nieuw, Is.Not.Null);
        var h = (await app.SendAsync(new GetHoofdstukken.Query(programma))).Standaard.Single(x => x.Soort.Soort == Hoofdstuksoort.Communicatie);
        Assert.That((h.Tekst, h.Version), Is.EqualTo(("Tweede tekst", 2)));
    }

    [Test]
    public async Task GetHoofdstukken_ListsEveryWrittenChapterWithAllItsFields_EvenWhenNeverSaved()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var model = await app.SendAsync(new GetHoofdstukken.Query(programma));

        Assert.That(model.Standaard.Select(h => h.Soort.Soort), Is.EqualTo(Hoofdstuksoort.Bewerkbaar.Select(h => h.Soort)));
        var besluitvorming = model.Standaard.Single(h => h.Soort.Soort == Hoofdstuksoort.Besluitvorming);
        Assert.That(besluitvorming.Velden.Select(v => v.Naam), Is.EqualTo(new[] { "frequentie", "besluitregel", "escalatie", "financier" }));
        Assert.That(besluitvorming.Velden.All(v => v.Waarde == "") && besluitvorming.Version == 0 && !besluitvorming.Gevuld);
    }

    private static IEnumerable<TestCaseData> FouteInvoer()
    {
        yield return new TestCaseData(new SaveHoofdstuk.Command(1, "voorwoord", 0, "x", [], []), "Soort").SetName("Save_UnknownSoort_Refused");
        yield return new TestCaseData(new SaveHoofdstuk.Command(1, Hoofdstuksoort.Projecten, 0, "x", [], []), "Soort")
            .SetName("Save_ChapterMadeFromData_Refused");
        yield return new TestCaseData(new SaveHoofdstuk.Command(1, Hoofdstuksoort.Visie, 0, "", [new("besluit", "x")], []), "Velden[0].Naam")
            .SetName("Save_FieldOfAnotherChapter_Refused");
        yield return new TestCaseData(new SaveHoofdstuk.Command(1, Hoofdstuksoort.Risicos, 0, "", [], [Row(("risico", "r"), ("kans", "enorm"))]),
            "Rows[0].Cellen[1].Waarde").SetName("Save_KansNotInTheList_Refused");
        yield return new TestCaseData(new SaveHoofdstuk.Command(1, Hoofdstuksoort.Risicos, 0, "", [], [Row(("maatregel", "m"))]), "Rows[0].Cellen")
            .SetName("Save_RowWithoutItsFirstColumn_Refused");
        yield return new TestCaseData(new SaveHoofdstuk.Command(1, Hoofdstuksoort.Monitoringcyclus, 0, "", [], [Row(("wat", "x"), ("kans", "laag"))]),
            "Rows[0].Cellen[1].Naam").SetName("Save_ColumnOfAnotherTable_Refused");
    }

    [TestCaseSource(nameof(FouteInvoer))]
    public async Task Save_BadInput_RefusedAtTheFieldInDutchAndNothingStored(SaveHoofdstuk.Command command, string veld)
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var fout = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(command with { ProgrammaId = programma }));

        Assert.That(fout!.Errors.Keys, Does.Contain(veld), string.Join(", ", fout.Errors.Keys));
        foreach (var t in Tabellen) Assert.That(await app.CountAsync(t), Is.Zero, t);
    }

    [Test]
    public async Task EigenHoofdstukken_AddRenameReorderDelete_PrintedAfterTheirPlaceInOrder()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        var a = await app.SendAsync(new SaveEigenHoofdstuk.Command(programma, null, 0, "Werkwijze", Hoofdstuksoort.Visie, "Zo werken wij."));
        var b = await app.SendAsync(new SaveEigenHoofdstuk.Command(programma, null, 0, "Begrippen", Hoofdstuksoort.Ondertekening, ""));
        var c = await app.SendAsync(new SaveEigenHoofdstuk.Command(programma, null, 0, "Lessen", Hoofdstuksoort.Visie, ""));

        await app.SendAsync(new SaveEigenHoofdstuk.Command(programma, a.HoofdstukId, a.Version, " Onze werkwijze ", Hoofdstuksoort.Visie, "Zo werken wij."));
        await app.SendAsync(new ReorderEigenHoofdstukken.Command(programma, [c.HoofdstukId, b.HoofdstukId, a.HoofdstukId]));
        await app.SendAsync(new DeleteEigenHoofdstuk.Command(programma, b.HoofdstukId, b.Version));

        var plan = await app.SendAsync(new GetProgrammaplan.Query(programma));
        Assert.That(plan.EigenNa(Hoofdstuksoort.Visie).Select(h => h.Titel), Is.EqualTo(new[] { "Lessen", "Onze werkwijze" }));
        Assert.That(plan.EigenNa(Hoofdstuksoort.Ondertekening), Is.Empty);
        var dubbel = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new SaveEigenHoofdstuk.Command(programma, null, 0, "Lessen", Hoofdstuksoort.Visie, "")));
        var plaats = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new SaveEigenHoofdstuk.Command(programma, null, 0, "Nawoord", Hoofdstuksoort.Colofon, "")));
        Assert.That(dubbel!.Errors["Titel"], Has.Some.Contains("al een hoofdstuk met de titel 'Lessen'"));
        Assert.That(plaats!.Errors.Keys, Does.Contain("Plaats"));
        Assert.That(await app.CountAsync("eigen_hoofdstuk"), Is.EqualTo(2));
    }

    [Test]
    public async Task ExportThenImport_CarriesEveryChapter()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(new SaveHoofdstuk.Command(programma, Hoofdstuksoort.Monitoringcyclus, 0, "Elk jaar een rapportage.",
            [new("eindevaluatie", "Eind 2028, extern")], [Row(("wat", "Voortgang"), ("wie", "Trekkers"), ("aan", "Stuurgroep"), ("wanneer", "Elk kwartaal"))]));
        await app.SendAsync(new SaveEigenHoofdstuk.Command(programma, null, 0, "Begrippen", Hoofdstuksoort.HoeVerder, "- **Wijkteam**: het team"));
        var bestand = await app.SendAsync(new ExportProgramma.Query(programma));

        var kopie = await app.SendAsync(new ImportProgramma.Command(bestand.Replace("Samen Oost", "Samen Oost kopie"), "kopie.json"));

        var origineel = await app.SendAsync(new GetProgrammaplan.Query(programma));
        var plan = await app.SendAsync(new GetProgrammaplan.Query(kopie.ProgrammaId));
        Assert.That(bestand, Does.Contain("\"hoofdstukken\"").And.Contain("\"eigenHoofdstukken\""));
        Assert.That(plan.Hoofdstukken, Is.EqualTo(origineel.Hoofdstukken).Using<GetProgrammaplan.Hoofdstuk>(Gelijk));
        Assert.That(plan.EigenHoofdstukken, Is.EqualTo(origineel.EigenHoofdstukken));
    }

    [Test]
    public async Task Vergelijker_ChangedChapterAndOwnChapter_ListedFieldByFieldForTheBoards()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();
        await app.SendAsync(new SaveHoofdstuk.Command(programma, Hoofdstuksoort.Samenvatting, 0, "Kort.", [new("besluit", "Vaststellen.")], []));
        var voor = await app.SendAsync(new GetProgrammaplan.Query(programma));
        await app.SendAsync(new SaveHoofdstuk.Command(programma, Hoofdstuksoort.Samenvatting, 1, "Kort.", [new("besluit", "Vaststellen en mandateren.")], []));
        await app.SendAsync(new SaveEigenHoofdstuk.Command(programma, null, 0, "Begrippen", Hoofdstuksoort.HoeVerder, ""));
        var na = await app.SendAsync(new GetProgrammaplan.Query(programma));

        var wijzigingen = Core.Planversies.Vergelijker.Afspraken(voor, na);

        Assert.That(wijzigingen.Select(w => (w.Aard, w.Onderdeel, w.Naam)), Is.EqualTo(new[]
        {
            ("gewijzigd", "hoofdstuk", "Samenvatting"), ("toegevoegd", "eigen hoofdstuk", "Begrippen"),
        }));
        Assert.That(wijzigingen[0].Verschillen.Select(v => (v.Veld, v.Oud, v.Nieuw)),
            Is.EqualTo(new[] { ("Gevraagd besluit", "Vaststellen.", "Vaststellen en mandateren.") }));
    }

    private static bool Gelijk(GetProgrammaplan.Hoofdstuk a, GetProgrammaplan.Hoofdstuk b) =>
        a.Soort == b.Soort && a.Tekst == b.Tekst && a.Velden.SequenceEqual(b.Velden) && a.Rows.Count == b.Rows.Count
        && a.Rows.Zip(b.Rows).All(r => r.First.Cellen.SequenceEqual(r.Second.Cellen));
}
