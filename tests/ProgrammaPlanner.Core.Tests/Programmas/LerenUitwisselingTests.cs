using System.Text.Json.Nodes;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Verhalen;
using static ProgrammaPlanner.Core.Tests.Programmas.SampleFiles;

namespace ProgrammaPlanner.Core.Tests.Programmas;

/// <summary>
/// The learning coalition in the programme file: verbondsgroepen with their leden, ontwikkelopgaven, verhalen and maatwerk.
/// They go out and come back unchanged, older files without them still import, and a bad value is refused with a Dutch
/// message that names the place, with nothing imported.
/// </summary>
public class LerenUitwisselingTests
{
    /// <summary>The small file with two groups, two opgaven, two stories and the maatwerk regeling with three casussen.</summary>
    public static void MetLeren(JsonObject b)
    {
        b["verbondsgroepen"] = Json("""
            [ { "naam": "Groep Oost", "wijk": "Oost", "maatwerkbudget": 5000.5,
                "leden": [ { "naam": "A. Jansen", "soort": "professional", "partner": "Buurtwerk", "discipline": "sociaal werker", "aanjager": true },
                           { "naam": "B. de Boer", "soort": "ervaringsdeskundige", "organisatie": "Collectief (fictief)" },
                           { "naam": "C. Kok", "soort": "bewoner" } ] },
              { "naam": "Groep West", "leden": [ { "naam": "D. Smit", "soort": "informele partner", "partner": "Zorgpunt", "aanjager": true } ] } ]
            """);
        b["ontwikkelopgaven"] = Json("""
            [ { "titel": "Huur zonder uitzetting", "vraag": "Hoe voorkomen we een huisuitzetting?", "terrein": "wonen", "verbondsgroep": "Groep Oost",
                "status": "beantwoord", "bevindingen": "Vroeg bellen helpt.", "aanbeveling": "Bel bij twee maanden achterstand." },
              { "titel": "Eén loket", "vraag": "Wat heeft één vaste professional nodig?", "status": "open" } ]
            """);
        b["verhalen"] = Json("""
            [ { "titel": "De brief", "tekst": "De brieven lagen ongeopend in een la.", "verteller": "professional", "verbondsgroep": "Groep Oost",
                "opgetekendOp": "2026-02-01", "bestaanszekerheden": [ "wonen", "schulden" ], "ontwikkelopgaven": [ "Huur zonder uitzetting", "Eén loket" ] },
              { "titel": "Vijf loketten", "tekst": "Overal moest ik opnieuw beginnen.", "verteller": "bewoner", "opgetekendOp": "2026-03-15" } ]
            """);
        b["maatwerk"] = Json("""
            { "plafondPerCasus": 2500, "bedragenVoorLezers": true,
              "casussen": [
                { "verbondsgroep": "Groep Oost", "omschrijving": "Huurachterstand betaald.", "bedrag": 1200.25, "regel": "Geen schulden uit bijstand.",
                  "beslotenDoor": "A. Jansen", "beslotenOp": "2026-02-10" },
                { "verbondsgroep": "Groep West", "omschrijving": "Boete niet opgelegd.", "bedrag": 0, "regel": "Verplichte boete.",
                  "beslotenDoor": "D. Smit", "beslotenOp": "2026-04-01" },
                { "verbondsgroep": "Groep Oost", "omschrijving": "Verhuizing betaald.", "bedrag": 4000, "beslotenDoor": "A. Jansen",
                  "tweedeBeslisser": "E. Wethouder", "beslotenOp": "2026-05-20" } ] }
            """);
    }

    private static JsonNode Json(string tekst) => JsonNode.Parse(tekst)!;

    private static readonly string KleinLeren = KleinMet(MetLeren);

    private static string KleinLerenMet(Action<JsonObject> wijzig) => KleinMet(b => { MetLeren(b); wijzig(b); });

    private static readonly string[] Secties = ["verbondsgroepen", "ontwikkelopgaven", "verhalen", "maatwerk"];

    [Test]
    public async Task ExportImportExport_WithAllFourSections_SameTextAndTheSectionsAsInTheFile()
    {
        await using var eerste = TestApp.Create();
        var export = await eerste.SendAsync(new ExportProgramma.Query(await eerste.ImportAsync(KleinLeren)));
        await using var tweede = TestApp.Create();
        await tweede.CreateProgrammaAsync("Ander programma"); // other ids than in the first database

        var opnieuw = await tweede.SendAsync(new ExportProgramma.Query(await tweede.ImportAsync(export)));

        Assert.That(opnieuw, Is.EqualTo(export));
        var (bron, uit) = (Json(KleinLeren), Json(export));
        foreach (var sectie in Secties)
            Assert.That(JsonNode.DeepEquals(uit[sectie], bron[sectie]), Is.True, $"{sectie}: {uit[sectie]?.ToJsonString()}");
    }

    [Test]
    public async Task Import_WithAllFourSections_WritesTheRowsAndTheirLinks()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(KleinLeren);

        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<(string, string?, string?)>(
            "SELECT g.naam, w.naam, g.maatwerkbudget FROM verbondsgroep g LEFT JOIN wijk w ON w.id = g.wijk_id WHERE g.programma_id = @id ORDER BY g.volgorde",
            new { id }), Is.EqualTo(new (string, string?, string?)[] { ("Groep Oost", "Oost", "5000.5"), ("Groep West", null, null) }));
        Assert.That(await c.QueryAsync<(string, string, string?, bool)>(
            "SELECT l.naam, l.soort, p.naam, l.aanjager FROM groepslid l LEFT JOIN partner p ON p.id = l.partner_id ORDER BY l.id"),
            Is.EqualTo(new (string, string, string?, bool)[]
            {
                ("A. Jansen", "professional", "Buurtwerk", true), ("B. de Boer", "ervaringsdeskundige", null, false),
                ("C. Kok", "bewoner", null, false), ("D. Smit", "informele partner", "Zorgpunt", true),
            }));
        Assert.That(await c.QueryAsync<(string, string)>("SELECT titel, status FROM ontwikkelopgave ORDER BY volgorde"),
            Is.EqualTo(new[] { ("Huur zonder uitzetting", "beantwoord"), ("Eén loket", "open") }));
        Assert.That(await c.QueryAsync<string>(
            "SELECT z.bestaanszekerheid FROM verhaal_bestaanszekerheid z JOIN verhaal v ON v.id = z.verhaal_id WHERE v.titel = 'De brief' ORDER BY 1"),
            Is.EqualTo(new[] { "schulden", "wonen" }));
        Assert.That(await app.CountAsync("verhaal"), Is.EqualTo(2));
        Assert.That(await app.CountAsync("verhaal_ontwikkelopgave"), Is.EqualTo(2));
        Assert.That(await c.QuerySingleAsync<(string, bool)>("SELECT plafond_per_casus, bedragen_voor_lezers FROM maatwerkregeling"),
            Is.EqualTo(("2500.0", true))); // a decimal is stored as Microsoft.Data.Sqlite writes it
        Assert.That(await c.QueryAsync<(string, string)>("SELECT bedrag, tweede_beslisser FROM maatwerkcasus ORDER BY id"),
            Is.EqualTo(new[] { ("1200.25", ""), ("0.0", ""), ("4000.0", "E. Wethouder") }));
    }

    [Test]
    public async Task OlderFileWithoutTheSections_ImportsAndExportsWithoutThem()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(Klein);

        var export = Json(await app.SendAsync(new ExportProgramma.Query(id))).AsObject();

        foreach (var sectie in Secties) Assert.That(export.ContainsKey(sectie), Is.False, sectie);
        foreach (var tabel in new[] { "verbondsgroep", "groepslid", "ontwikkelopgave", "verhaal", "maatwerkregeling", "maatwerkcasus" })
            Assert.That(await app.CountAsync(tabel), Is.Zero, tabel);
    }

    [Test]
    public async Task Maatwerk_CasussenWithoutRegeling_ExportedWithoutCeiling()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(KleinLeren);
        await using (var c = await app.Db.OpenAsync()) await c.ExecuteAsync("DELETE FROM maatwerkregeling");

        var maatwerk = Json(await app.SendAsync(new ExportProgramma.Query(id)))["maatwerk"]!;

        Assert.That(maatwerk["plafondPerCasus"], Is.Null);
        Assert.That(maatwerk["bedragenVoorLezers"]!.GetValue<bool>(), Is.False);
        Assert.That(maatwerk["casussen"]!.AsArray(), Has.Count.EqualTo(3));
    }

    private static JsonObject Groep(JsonObject b, int i = 0) => b["verbondsgroepen"]![i]!.AsObject();
    private static JsonObject Lid(JsonObject b, int j) => Groep(b)["leden"]![j]!.AsObject();
    private static JsonObject Opgave(JsonObject b, int i = 0) => b["ontwikkelopgaven"]![i]!.AsObject();
    private static JsonObject Verhaal(JsonObject b, int i = 0) => b["verhalen"]![i]!.AsObject();
    private static JsonObject Casus(JsonObject b, int i) => b["maatwerk"]!["casussen"]![i]!.AsObject();

    private static TestCaseData Geval(string naam, Action<JsonObject> wijzig, string key, string bericht) =>
        new TestCaseData(KleinLerenMet(wijzig), key, bericht).SetName($"Import_{naam}_RefusedWithKeyAndMessageAndNothingChanged");

    private static IEnumerable<TestCaseData> Gevallen()
    {
        yield return Geval("UnknownGroepWijk", b => Groep(b)["wijk"] = "Zuid", "verbondsgroepen[0].wijk",
            "Verbondsgroep 'Groep Oost': wijk 'Zuid' staat niet bij de wijken van het programma.");
        yield return Geval("DuplicateGroep", b => b["verbondsgroepen"]!.AsArray().Add(Json("""{ "naam": "Groep Oost" }""")), "verbondsgroepen[2].naam",
            "De verbondsgroep 'Groep Oost' staat meer dan één keer in het bestand");
        yield return Geval("NegativeMaatwerkbudget", b => Groep(b)["maatwerkbudget"] = -10, "verbondsgroepen[0].maatwerkbudget",
            "Verbondsgroep 'Groep Oost': het maatwerkbudget -10 is negatief; vul 0 of meer in.");
        yield return Geval("UnknownLidPartner", b => Lid(b, 0)["partner"] = "Stichting Q", "verbondsgroepen[0].leden[0].partner",
            "Verbondsgroep 'Groep Oost', lid 'A. Jansen': 'Stichting Q' is geen partner van het programma.");
        yield return Geval("UnknownLidSoort", b => Lid(b, 1)["soort"] = "vrijwilliger", "verbondsgroepen[0].leden[1].soort",
            "Verbondsgroep 'Groep Oost', lid 'B. de Boer': soort 'vrijwilliger' bestaat niet; kies uit professional, informele partner, " +
            "ervaringsdeskundige, bewoner.");
        yield return Geval("TwoAanjagers", b => Lid(b, 2)["aanjager"] = true, "verbondsgroepen[0].leden[2].aanjager",
            "Verbondsgroep 'Groep Oost': 'A. Jansen' is al de aanjager; een groep heeft hooguit één aanjager.");
        yield return Geval("OpgaveWithoutVraag", b => Opgave(b).Remove("vraag"), "ontwikkelopgaven[0].vraag",
            "Ontwikkelopgave 'Huur zonder uitzetting': de vraag ontbreekt.");
        yield return Geval("UnknownOpgaveStatus", b => Opgave(b)["status"] = "klaar", "ontwikkelopgaven[0].status",
            "Ontwikkelopgave 'Huur zonder uitzetting': status 'klaar' bestaat niet; kies uit open, in onderzoek, beantwoord, geagendeerd bij de gemeente.");
        yield return Geval("UnknownOpgaveGroep", b => Opgave(b)["verbondsgroep"] = "Groep Zuid", "ontwikkelopgaven[0].verbondsgroep",
            "Ontwikkelopgave 'Huur zonder uitzetting': verbondsgroep 'Groep Zuid' bestaat niet in het bestand.");
        yield return Geval("DuplicateOpgave",
            b => b["ontwikkelopgaven"]!.AsArray().Add(Json("""{ "titel": "Huur zonder uitzetting", "vraag": "Nog eens?" }""")),
            "ontwikkelopgaven[2].titel",
            "De ontwikkelopgave 'Huur zonder uitzetting' staat meer dan één keer in het bestand");
        yield return Geval("UnknownVerteller", b => Verhaal(b)["verteller"] = "buurman", "verhalen[0].verteller",
            "Verhaal 'De brief': verteller 'buurman' bestaat niet; kies uit bewoner, professional.");
        yield return Geval("UnknownBestaanszekerheid", b => Verhaal(b)["bestaanszekerheden"]![1] = "zorg", "verhalen[0].bestaanszekerheden[1]",
            "Verhaal 'De brief': bestaanszekerheid 'zorg' bestaat niet; kies uit wonen, schulden, inkomen, veiligheid.");
        yield return Geval("UnknownVerhaalOpgave", b => Verhaal(b)["ontwikkelopgaven"]![1] = "Twee loketten", "verhalen[0].ontwikkelopgaven[1]",
            "Verhaal 'De brief': ontwikkelopgave 'Twee loketten' bestaat niet in het bestand.");
        yield return Geval("UnknownVerhaalGroep", b => Verhaal(b)["verbondsgroep"] = "Groep Zuid", "verhalen[0].verbondsgroep",
            "Verhaal 'De brief': verbondsgroep 'Groep Zuid' bestaat niet in het bestand.");
        yield return Geval("VerhaalWithPhoneNumber", b => Verhaal(b)["tekst"] = "Bel haar op 06-12345678 als het weer misgaat.", "verhalen[0].tekst",
            "Verhaal 'De brief': De tekst bevat een telefoonnummer ('06-12345678'). Een verhaal mag niemand herkenbaar maken: laat dit weg.");
        yield return Geval("VerhaalBadDate", b => Verhaal(b)["opgetekendOp"] = "1 februari", "verhalen[0].opgetekendOp",
            "Verhaal 'De brief': de datum waarop het is opgetekend '1 februari' is geen datum");
        yield return Geval("CasusWithPostcode", b => Casus(b, 0)["omschrijving"] = "Huur betaald voor het gezin op 1012 AB 4.",
            "maatwerk.casussen[0].omschrijving",
            "Maatwerkcasus 1 (Groep Oost): De tekst bevat een postcode met huisnummer");
        yield return Geval("CasusUnknownGroep", b => Casus(b, 1)["verbondsgroep"] = "Groep Zuid", "maatwerk.casussen[1].verbondsgroep",
            "Maatwerkcasus 2 (Groep Zuid): verbondsgroep 'Groep Zuid' bestaat niet in het bestand.");
        yield return Geval("CasusWithoutGroep", b => Casus(b, 1).Remove("verbondsgroep"), "maatwerk.casussen[1].verbondsgroep",
            "Maatwerkcasus 2: de verbondsgroep ontbreekt.");
        yield return Geval("NegativeCasusBedrag", b => Casus(b, 0)["bedrag"] = -5, "maatwerk.casussen[0].bedrag",
            "Maatwerkcasus 1 (Groep Oost): het bedrag -5 is negatief; vul 0 of meer in.");
        yield return Geval("NegativePlafond", b => b["maatwerk"]!["plafondPerCasus"] = -1, "maatwerk.plafondPerCasus",
            "Maatwerk: het plafond per casus -1 is negatief; vul 0 of meer in.");
        yield return Geval("AboveCeilingWithoutSecondDecider", b => Casus(b, 2).Remove("tweedeBeslisser"), "maatwerk.casussen[2].tweedeBeslisser",
            "Maatwerkcasus 3 (Groep Oost): €\u00A04.000 ligt boven het plafond van €\u00A02.500 per casus; vul een tweede beslisser in.");
        yield return Geval("AboveCeilingSameDecider", b => Casus(b, 2)["tweedeBeslisser"] = "a. jansen ", "maatwerk.casussen[2].tweedeBeslisser",
            "de tweede beslisser moet een ander zijn dan wie besloot.");
        yield return Geval("CasusWithoutBeslotenDoor", b => Casus(b, 1)["beslotenDoor"] = " ", "maatwerk.casussen[1].beslotenDoor",
            "Maatwerkcasus 2 (Groep West): wie besloot ('beslotenDoor') ontbreekt.");
        yield return Geval("VerhaalTooLong", b => Verhaal(b)["tekst"] = new string('x', Tekstgrenzen.LangeTekst + 1), "verhalen[0].tekst",
            "Verhaal 'De brief': de tekst is te lang");
    }

    [TestCaseSource(nameof(Gevallen))]
    public async Task Import_BadLearningData_RefusedWithKeyAndMessageAndNothingChanged(string json, string key, string bericht)
    {
        await using var app = TestApp.Create();
        await app.ImportAsync(Sample("amsterdam-centrum.json"));
        var voor = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { key }), string.Join("\n", e.Errors.SelectMany(x => x.Value)));
        Assert.That(e.Errors[key], Has.Some.Contains(bericht));
        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }

    [Test]
    public async Task Import_CeilingWithoutAmountsAbove_NeedsNoSecondDecider()
    {
        await using var app = TestApp.Create();
        Assert.That(await app.ImportAsync(KleinLerenMet(b => b["maatwerk"]!.AsObject().Remove("plafondPerCasus"))), Is.GreaterThan(0));
    }

    [Test]
    public async Task VerbondVan100_LoadsItsGroupsOpgavenStoriesAndCasussen_AllAnonymous()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(Sample("verbond-van-100.json"));

        await using var c = await app.Db.OpenAsync();
        var groepen = (await c.QueryAsync<(string Naam, string Wijk, int Leden, int Aanjagers, decimal? Budget)>(
            """
            SELECT g.naam, w.naam, (SELECT COUNT(*) FROM groepslid l WHERE l.verbondsgroep_id = g.id),
                   (SELECT COUNT(*) FROM groepslid l WHERE l.verbondsgroep_id = g.id AND l.aanjager = 1), g.maatwerkbudget
            FROM verbondsgroep g JOIN wijk w ON w.id = g.wijk_id WHERE g.programma_id = @id ORDER BY g.volgorde
            """, new { id })).ToList();
        Assert.That(groepen.Select(g => g.Wijk), Is.EqualTo(new[] { "Nieuw-West", "Noord", "Zuidoost", "Oost" }));
        Assert.That(groepen.Select(g => g.Leden), Is.All.InRange(4, 6));
        Assert.That(groepen.Select(g => g.Aanjagers), Is.All.EqualTo(1));
        Assert.That(groepen.Select(g => g.Budget), Is.All.GreaterThan(0m));
        Assert.That(await c.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(DISTINCT l.verbondsgroep_id) FROM groepslid l
            WHERE l.soort IN ('ervaringsdeskundige', 'informele partner') AND l.verbondsgroep_id IN (SELECT id FROM verbondsgroep WHERE programma_id = @id)
            """, new { id }), Is.EqualTo(4), "every group has an ervaringsdeskundige or informal partner");

        var opgaven = (await c.QueryAsync<(string Status, string Bevindingen, string Aanbeveling)>(
            "SELECT status, bevindingen, aanbeveling FROM ontwikkelopgave WHERE programma_id = @id", new { id })).ToList();
        Assert.That(opgaven, Has.Count.EqualTo(5));
        Assert.That(opgaven.Select(o => o.Status).Distinct().Count(), Is.GreaterThanOrEqualTo(3));
        Assert.That(opgaven.Where(o => o.Status is "beantwoord" or "geagendeerd bij de gemeente"),
            Is.Not.Empty.And.All.Matches<(string, string B, string A)>(o => o.B.Length > 0 && o.A.Length > 0));

        var verhalen = (await c.QueryAsync<(long Id, string Titel, string Tekst, string Verteller)>(
            "SELECT id, titel, tekst, verteller FROM verhaal WHERE programma_id = @id", new { id })).ToList();
        Assert.That(verhalen, Has.Count.EqualTo(20));
        Assert.That(verhalen.Select(v => v.Verteller).Distinct(), Is.EquivalentTo(new[] { "bewoner", "professional" }));
        Assert.That(await c.QueryAsync<string>("SELECT DISTINCT bestaanszekerheid FROM verhaal_bestaanszekerheid"),
            Is.EquivalentTo(Core.Verhalen.Bestaanszekerheid.Alle));
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT ontwikkelopgave_id) FROM verhaal_ontwikkelopgave"), Is.EqualTo(5),
            "every opgave is informed by a story");

        var casussen = (await c.QueryAsync<(string Omschrijving, decimal Bedrag, string Regel, string Door, string Tweede)>(
            "SELECT omschrijving, bedrag, regel, besloten_door, tweede_beslisser FROM maatwerkcasus WHERE programma_id = @id", new { id })).ToList();
        var plafond = await c.ExecuteScalarAsync<decimal>("SELECT plafond_per_casus FROM maatwerkregeling WHERE programma_id = @id", new { id });
        Assert.That(casussen, Has.Count.InRange(8, 10));
        Assert.That(casussen.Where(x => x.Bedrag == 0), Is.Not.Empty.And.All.Matches<(string, decimal, string R, string, string)>(x => x.R.Length > 0),
            "regelruimte only: a rule set aside, no money");
        Assert.That(casussen.Where(x => x.Bedrag > plafond), Is.Not.Empty.And.All.Matches<(string, decimal, string, string D, string T)>(
            x => x.T.Length > 0 && x.T != x.D));

        foreach (var tekst in verhalen.SelectMany(v => new[] { v.Titel, v.Tekst }).Concat(casussen.Select(x => x.Omschrijving)))
            Assert.That(Persoonskenmerken.Vind(tekst), Is.Empty, tekst);
        Assert.That(await app.CountAsync("project"), Is.Zero, "the groups, stories and maatwerk replace the projects that stood in for them");
    }
}
