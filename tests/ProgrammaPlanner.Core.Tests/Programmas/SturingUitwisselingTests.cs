using System.Text.Json.Nodes;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using static ProgrammaPlanner.Core.Tests.Programmas.SampleFiles;

namespace ProgrammaPlanner.Core.Tests.Programmas;

/// <summary>
/// The steering years in the programme file: counted bestedingen and jaarstatussen per project, a mijlpaal's nieuwe datum,
/// and the rapportagerondes with every partner's rapportage and its steps. They go out and come back unchanged; a bad
/// value is refused with a Dutch message that names the place, and nothing is imported.
/// </summary>
public class SturingUitwisselingTests
{
    /// <summary>The small file with a reported year 2026: one accepted rapportage that was returned once, one still open.</summary>
    public static void MetSturing(JsonObject b)
    {
        var project = b.Project();
        project["mijlpalen"]![0]!["status"] = "vertraagd";
        project["mijlpalen"]![0]!["nieuweDatum"] = "2026-06-01";
        project["bestedingen"] = Json("""
            [ { "partner": "Buurtwerk", "jaar": 2026, "euro": 980.25, "uren": 12 },
              { "partner": "Zorgpunt", "jaar": 2026, "euro": 0, "uren": 18 } ]
            """);
        project["jaarstatussen"] = Json("""[ { "jaar": 2026, "status": "vertraagd", "toelichting": "De ruimte kwam later vrij." } ]""");
        b["rapportagerondes"] = Json("""
            [ { "jaar": 2026, "uiterlijk": "2027-02-15", "toelichting": "Jaarrapportage 2026", "geopendOp": "2027-01-05T09:00:00.000Z",
                "geopendDoor": "F. de Vries", "geslotenOp": "2027-03-01T12:00:00.000Z",
                "rapportages": [
                  { "partner": "Buurtwerk", "status": "geaccepteerd",
                    "realisaties": [ { "doelstelling": "Minder eenzaam", "waarde": 13.5 },
                                     { "doelstelling": "Minder eenzaam", "wijk": "Oost", "waarde": 13 } ],
                    "bestedingen": [ { "project": "Buurtkamers", "euro": 980.25, "uren": 12 } ],
                    "projectstatussen": [ { "project": "Buurtkamers", "status": "vertraagd", "toelichting": "De ruimte kwam later vrij." } ],
                    "mijlpalen": [ { "project": "Buurtkamers", "mijlpaal": "Eerste buurtkamer open", "status": "vertraagd", "nieuweDatum": "2026-06-01" } ],
                    "stappen": [
                      { "stap": "ingediend", "reden": "", "door": "A. Jansen", "op": "2027-02-01T10:00:00.000Z" },
                      { "stap": "teruggestuurd", "reden": "De wijkcijfers ontbreken.", "door": "F. de Vries", "op": "2027-02-03T11:00:00.000Z" },
                      { "stap": "ingediend", "reden": "", "door": "A. Jansen", "op": "2027-02-05T10:00:00.000Z" },
                      { "stap": "geaccepteerd", "reden": "", "door": "F. de Vries", "op": "2027-02-06T15:30:00.000Z" } ] },
                  { "partner": "Zorgpunt", "status": "open", "realisaties": [],
                    "bestedingen": [ { "project": "Buurtkamers", "euro": 0, "uren": 18 } ],
                    "projectstatussen": [], "mijlpalen": [], "stappen": [] } ] } ]
            """);
    }

    private static JsonNode Json(string tekst) => JsonNode.Parse(tekst)!;

    private static readonly string KleinSturing = KleinMet(MetSturing);

    private static string KleinSturingMet(Action<JsonObject> wijzig) => KleinMet(b => { MetSturing(b); wijzig(b); });

    private static JsonObject Ronde(JsonObject b) => b["rapportagerondes"]![0]!.AsObject();

    private static JsonObject Rapportage(JsonObject b, int i = 0) => Ronde(b)["rapportages"]![i]!.AsObject();

    [Test]
    public async Task ExportImportExport_WithSteeringYears_SameTextAndTheFieldsAsInTheFile()
    {
        await using var eerste = TestApp.Create();
        var export = await eerste.SendAsync(new ExportProgramma.Query(await eerste.ImportAsync(KleinSturing)));
        await using var tweede = TestApp.Create();
        await tweede.CreateProgrammaAsync("Ander programma"); // other ids than in the first database

        var opnieuw = await tweede.SendAsync(new ExportProgramma.Query(await tweede.ImportAsync(export)));

        Assert.That(opnieuw, Is.EqualTo(export));
        var (bron, uit) = (JsonNode.Parse(KleinSturing)!.AsObject(), JsonNode.Parse(export)!.AsObject());
        foreach (var pad in new Func<JsonObject, JsonNode?>[]
                 {
                     b => b["rapportagerondes"], b => b.Project()["bestedingen"], b => b.Project()["jaarstatussen"], b => b.Project()["mijlpalen"],
                 })
            Assert.That(JsonNode.DeepEquals(pad(uit), pad(bron)), Is.True, pad(uit)?.ToJsonString());
    }

    [Test]
    public async Task Import_WithSteeringYears_WritesCountedRowsAndTheRapportages()
    {
        await using var app = TestApp.Create();
        await app.ImportAsync(KleinSturing);

        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<(long, decimal, decimal)>("SELECT jaar, euro, uren FROM besteding ORDER BY partner_id"),
            Is.EqualTo(new[] { (2026L, 980.25m, 12m), (2026L, 0m, 18m) }));
        Assert.That(await c.QuerySingleAsync<(string, string)>("SELECT status, toelichting FROM project_jaarstatus"),
            Is.EqualTo(("vertraagd", "De ruimte kwam later vrij.")));
        Assert.That(await c.QuerySingleAsync<string>("SELECT nieuwe_datum FROM mijlpaal"), Is.EqualTo("2026-06-01"));
        Assert.That(await c.QuerySingleAsync<(long, string, string)>("SELECT jaar, geopend_door, gesloten_op FROM rapportageronde"),
            Is.EqualTo((2026L, "F. de Vries", "2027-03-01T12:00:00.000Z")));
        Assert.That(await c.QueryAsync<string>("SELECT status FROM rapportage ORDER BY partner_id"), Is.EqualTo(new[] { "geaccepteerd", "open" }));
        Assert.That(await c.QueryAsync<string>("SELECT stap FROM rapportage_stap ORDER BY id"),
            Is.EqualTo(new[] { "ingediend", "teruggestuurd", "ingediend", "geaccepteerd" }));
        Assert.That(await app.CountAsync("rapportage_realisatie"), Is.EqualTo(2));
        Assert.That(await app.CountAsync("rapportage_besteding"), Is.EqualTo(2));
        Assert.That(await app.CountAsync("rapportage_mijlpaal"), Is.EqualTo(1));
    }

    [Test]
    public async Task Import_RondeWithoutGeopendDoor_TheImporterOpenedIt()
    {
        await using var app = TestApp.Create();
        await app.ImportAsync(KleinSturingMet(b => Ronde(b).Remove("geopendDoor")));

        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QuerySingleAsync<string>("SELECT geopend_door FROM rapportageronde"), Is.Not.Empty);
    }

    /// <summary>A third partner that takes part in no project.</summary>
    private static void NogEenPartner(JsonObject b) =>
        b["partners"]!.AsArray().Add(Json("""{ "naam": "Wijkteam", "soort": "zorg", "rol": "partner" }"""));

    private static TestCaseData Geval(string naam, Action<JsonObject> wijzig, string key, string bericht) =>
        new TestCaseData(KleinSturingMet(wijzig), key, bericht).SetName($"Import_{naam}_RefusedWithKeyAndMessageAndNothingChanged");

    private static IEnumerable<TestCaseData> Gevallen()
    {
        const string project = "projecten[0]";
        const string ronde = "rapportagerondes[0]";
        const string rap = "rapportagerondes[0].rapportages[0]";
        // counted figures of the project
        yield return Geval("UnknownBestedingPartner", b => b.Project()["bestedingen"]![0]!["partner"] = "Stichting Q", $"{project}.bestedingen[0].partner",
            "Project 'Buurtkamers', besteding van 'Stichting Q' in 2026: 'Stichting Q' is geen partner van het programma.");
        yield return Geval("BestedingFromNonParticipant", b => { NogEenPartner(b); b.Project()["bestedingen"]![1]!["partner"] = "Wijkteam"; },
            $"{project}.bestedingen[1].partner", "Project 'Buurtkamers', besteding van 'Wijkteam' in 2026: die partner doet niet mee aan het project.");
        yield return Geval("BestedingOutsidePeriod", b => b.Project()["bestedingen"]![1]!["jaar"] = 2028, $"{project}.bestedingen[1].jaar",
            "Project 'Buurtkamers', besteding van 'Zorgpunt' in 2028: jaar 2028 ligt buiten de programmaperiode 2026–2027.");
        yield return Geval("BestedingInFractionsOfCents", b => b.Project()["bestedingen"]![0]!["euro"] = 980.255, $"{project}.bestedingen[0].euro",
            "Project 'Buurtkamers', besteding van 'Buurtwerk' in 2026: het bedrag 980.255 heeft meer dan 2 decimalen; geef het op in hele centen.");
        yield return Geval("NegativeBestedingUren", b => b.Project()["bestedingen"]![0]!["uren"] = -3, $"{project}.bestedingen[0].uren",
            "het aantal uren -3 is negatief; vul 0 of meer in.");
        yield return Geval("DuplicateBesteding", b => b.Project()["bestedingen"]![1]!["partner"] = "Buurtwerk", $"{project}.bestedingen[1]",
            "er staan twee bestedingen van die partner in dat jaar; tel ze op tot één regel.");
        yield return Geval("BadJaarstatus", b => b.Project()["jaarstatussen"]![0]!["status"] = "prima", $"{project}.jaarstatussen[0].status",
            "Project 'Buurtkamers', jaarstatus 2026: status 'prima' bestaat niet; kies uit op schema, vertraagd, afgerond, gestopt.");
        yield return Geval("DuplicateJaarstatus", b => b.Project()["jaarstatussen"]!.AsArray().Add(Json("""{ "jaar": 2026, "status": "op schema" }""")),
            $"{project}.jaarstatussen[1].jaar", "Project 'Buurtkamers': er staan twee jaarstatussen voor 2026.");
        yield return Geval("JaarstatusOutsidePeriod", b => b.Project()["jaarstatussen"]![0]!["jaar"] = 2025, $"{project}.jaarstatussen[0].jaar",
            "jaar 2025 ligt buiten de programmaperiode 2026–2027.");
        yield return Geval("NieuweDatumOnGehaald", b =>
            {
                b.Project()["mijlpalen"]![0]!["status"] = "gehaald";
                Rapportage(b)["mijlpalen"]![0]!["status"] = "gehaald";
                Rapportage(b)["mijlpalen"]![0]!.AsObject().Remove("nieuweDatum");
            }, $"{project}.mijlpalen[0].nieuweDatum",
            "Project 'Buurtkamers', mijlpaal 1: een nieuwe datum hoort alleen bij een vertraagde mijlpaal; " +
            "zet de status op vertraagd of laat 'nieuweDatum' weg.");
        yield return Geval("BadNieuweDatum", b => b.Project()["mijlpalen"]![0]!["nieuweDatum"] = "1 juni", $"{project}.mijlpalen[0].nieuweDatum",
            "Project 'Buurtkamers', mijlpaal 1: de nieuwe datum '1 juni' is geen datum; schrijf die als jjjj-mm-dd");
        // the round
        yield return Geval("DuplicateRonde", b => b["rapportagerondes"]!.AsArray().Add(Ronde(b).DeepClone()), "rapportagerondes[1].jaar",
            "Er staan twee rapportagerondes voor 2026 in het bestand; per jaar is er één ronde.");
        yield return Geval("RondeOutsidePeriod", b => Ronde(b)["jaar"] = 2030, $"{ronde}.jaar",
            "Rapportageronde 2030: jaar 2030 ligt buiten de programmaperiode 2026–2027.");
        yield return Geval("BadUiterlijk", b => Ronde(b)["uiterlijk"] = "15-02-2027", $"{ronde}.uiterlijk",
            "Rapportageronde 2026: de uiterlijke datum '15-02-2027' is geen datum");
        yield return Geval("BadGeopendOp", b => Ronde(b)["geopendOp"] = "2027-01-05 09:00", $"{ronde}.geopendOp",
            "Rapportageronde 2026: het openingsmoment '2027-01-05 09:00' is geen tijdstip; schrijf het als jjjj-mm-ddTuu:mm:ss.mmmZ");
        yield return Geval("MissingGeopendOp", b => Ronde(b).Remove("geopendOp"), $"{ronde}.geopendOp", "Rapportageronde 2026: het openingsmoment ontbreekt.");
        // a rapportage
        yield return Geval("UnknownRapportagePartner", b => Rapportage(b, 1)["partner"] = "Stichting Q", $"{ronde}.rapportages[1].partner",
            "Rapportageronde 2026, rapportage van 'Stichting Q': 'Stichting Q' is geen partner van het programma.");
        yield return Geval("TwoRapportagesOfOnePartner", b => Rapportage(b, 1)["partner"] = "Buurtwerk", $"{ronde}.rapportages[1].partner",
            "Rapportageronde 2026: partner 'Buurtwerk' heeft twee rapportages; per ronde heeft elke partner één rapportage.");
        yield return Geval("BadRapportageStatus", b => Rapportage(b)["status"] = "klaar", $"{rap}.status",
            "Rapportageronde 2026, rapportage van 'Buurtwerk': status 'klaar' bestaat niet; kies uit open, ingediend, teruggestuurd, geaccepteerd.");
        yield return Geval("UnknownRapportageDoelstelling", b => Rapportage(b)["realisaties"]![0]!["doelstelling"] = "Meer geluk",
            $"{rap}.realisaties[0].doelstelling", "Rapportageronde 2026, rapportage van 'Buurtwerk': doelstelling 'Meer geluk' bestaat niet in het bestand.");
        yield return Geval("UnknownRapportageWijk", b => Rapportage(b)["realisaties"]![1]!["wijk"] = "Zuid", $"{rap}.realisaties[1].wijk",
            "realisatie in wijk 'Zuid', maar die wijk staat niet bij de wijken van het programma.");
        yield return Geval("MissingRapportageWaarde", b => Rapportage(b)["realisaties"]![0]!.AsObject().Remove("waarde"), $"{rap}.realisaties[0].waarde",
            "Rapportageronde 2026, rapportage van 'Buurtwerk': de waarde voor doelstelling 'Minder eenzaam' ontbreekt.");
        yield return Geval("DuplicateRapportageRealisatie", b => Rapportage(b)["realisaties"]![1]!.AsObject().Remove("wijk"), $"{rap}.realisaties[1]",
            "doelstelling 'Minder eenzaam' staat twee keer in de rapportage.");
        yield return Geval("UnknownRapportageProject", b => Rapportage(b)["bestedingen"]![0]!["project"] = "Buurtbus", $"{rap}.bestedingen[0].project",
            "Rapportageronde 2026, rapportage van 'Buurtwerk': project 'Buurtbus' bestaat niet in het bestand.");
        yield return Geval("RapportageBestedingNegative", b => Rapportage(b)["bestedingen"]![0]!["euro"] = -1, $"{rap}.bestedingen[0].euro",
            "Rapportageronde 2026, rapportage van 'Buurtwerk', besteding aan 'Buurtkamers': het bedrag -1 is negatief; vul 0 of meer in.");
        yield return Geval("RapportageBestedingFromNonParticipant", b => { NogEenPartner(b); Rapportage(b, 1)["partner"] = "Wijkteam"; },
            $"{ronde}.rapportages[1].bestedingen[0].project",
            "Rapportageronde 2026, rapportage van 'Wijkteam', besteding aan 'Buurtkamers': 'Wijkteam' doet niet mee aan dat project.");
        yield return Geval("BadRapportageProjectstatus", b => Rapportage(b)["projectstatussen"]![0]!["status"] = "lopend", $"{rap}.projectstatussen[0].status",
            "status van 'Buurtkamers': status 'lopend' bestaat niet; kies uit op schema, vertraagd, afgerond, gestopt.");
        yield return Geval("UnknownRapportageMijlpaal", b => Rapportage(b)["mijlpalen"]![0]!["mijlpaal"] = "Feest", $"{rap}.mijlpalen[0].mijlpaal",
            "Rapportageronde 2026, rapportage van 'Buurtwerk': project 'Buurtkamers' heeft geen mijlpaal 'Feest'.");
        yield return Geval("AmbiguousRapportageMijlpaal", b => b.Project()["mijlpalen"]!.AsArray().Add(b.Project()["mijlpalen"]![0]!.DeepClone()),
            $"{rap}.mijlpalen[0].mijlpaal", "project 'Buurtkamers' heeft meer mijlpalen met de titel 'Eerste buurtkamer open'; geef ze verschillende titels.");
        yield return Geval("BadStap", b => Rapportage(b)["stappen"]![0]!["stap"] = "verstuurd", $"{rap}.stappen[0].stap",
            "Rapportageronde 2026, rapportage van 'Buurtwerk', stap 1: stap 'verstuurd' bestaat niet; kies uit ingediend, teruggestuurd, geaccepteerd.");
        yield return Geval("ReturnedWithoutReden", b => Rapportage(b)["stappen"]![1]!["reden"] = " ", $"{rap}.stappen[1].reden",
            "Rapportageronde 2026, rapportage van 'Buurtwerk', stap 2: een teruggestuurde rapportage heeft een reden; vul 'reden' in.");
        yield return Geval("StapWithoutDoor", b => Rapportage(b)["stappen"]![0]!.AsObject().Remove("door"), $"{rap}.stappen[0].door",
            "stap 1: wie de stap zette ('door') ontbreekt.");
        yield return Geval("BadStapMoment", b => Rapportage(b)["stappen"]![3]!["op"] = "gisteren", $"{rap}.stappen[3].op",
            "stap 4: het moment 'gisteren' is geen tijdstip");
        yield return Geval("StatusNotTheLastStap", b => Rapportage(b)["status"] = "ingediend", $"{rap}.status",
            "Rapportageronde 2026, rapportage van 'Buurtwerk': de status is 'ingediend', maar volgens de stappen is de rapportage geaccepteerd; " +
            "maak de status gelijk aan de laatste stap (zonder stappen: open).");
        yield return Geval("StappenOutOfOrder", b => Rapportage(b)["stappen"]![0]!["stap"] = "geaccepteerd", $"{rap}.stappen[0].stap",
            "Rapportageronde 2026, rapportage van 'Buurtwerk', stap 1: een rapportage die open is, kan niet geaccepteerd worden;");
        yield return Geval("AcceptedWithoutStappen", b => Rapportage(b, 1)["status"] = "geaccepteerd", $"{ronde}.rapportages[1].status",
            "volgens de stappen is de rapportage open");
        // text limits (checked first and alone, without quoting the text back)
        yield return Geval("LongReden", b => Rapportage(b)["stappen"]![1]!["reden"] = new string('a', Tekstgrenzen.Tekst + 1), $"{rap}.stappen[1].reden",
            "Rapportageronde 1, rapportage van partner 'Buurtwerk', stap 2: de reden is te lang (4.001 tekens, maximaal 4000).");
        yield return Geval("LongJaarstatusToelichting", b => b.Project()["jaarstatussen"]![0]!["toelichting"] = new string('a', Tekstgrenzen.Tekst + 1),
            $"{project}.jaarstatussen[0].toelichting", "Project 'Buurtkamers', jaarstatus 1: de toelichting is te lang (4.001 tekens, maximaal 4000).");
        yield return Geval("LongGeopendDoor", b => Ronde(b)["geopendDoor"] = new string('a', Tekstgrenzen.Naam + 1), $"{ronde}.geopendDoor",
            "Rapportageronde 1: wie de ronde opende is te lang (201 tekens, maximaal 200).");
    }

    [TestCaseSource(nameof(Gevallen))]
    public async Task Import_BadSteeringData_RefusedWithKeyAndMessageAndNothingChanged(string json, string key, string bericht)
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
    public async Task Import_CleanFileWithSteeringYears_IsAccepted()
    {
        await using var app = TestApp.Create();
        Assert.That(await app.ImportAsync(KleinSturing), Is.GreaterThan(0));
    }
}
