using System.Text;
using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Core.Tests.Programmas;

/// <summary>Fixture helpers for import/export tests: sample files, a small valid file to break, a dump of the database.</summary>
public static class SampleFiles
{
    public static readonly string[] Samples = ["amsterdam-centrum.json", "samen-noord.json", "verbond-van-100.json"];

    /// <summary>The samples that budget inzet in projects; the Verbond van 100 works through its groups and maatwerk instead.</summary>
    public static readonly string[] MetProjecten = ["amsterdam-centrum.json", "samen-noord.json"];

    public static string SamplePad(string naam) => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", naam);

    public static string Sample(string naam) => File.ReadAllText(SamplePad(naam), Encoding.UTF8);

    /// <summary>A small, clean programma (2026–2027) without any overview warning.</summary>
    public const string Klein = """
        {
          "formaat": "programmaplanner/1",
          "programma": { "naam": "Proef Oost", "motto": "", "gebied": "Oost", "startjaar": 2026, "eindjaar": 2027, "fase": "ontwikkelfase" },
          "partners": [
            { "naam": "Buurtwerk", "soort": "welzijn", "rol": "penvoerder" },
            { "naam": "Zorgpunt", "soort": "zorg", "rol": "partner" }
          ],
          "wijken": [ "Oost", "West" ],
          "speerpunten": [
            { "naam": "Eenzaamheid", "analyse": "Veel ouderen zijn alleen.", "doelstellingen": [
              { "naam": "Minder eenzaam", "indicator": { "naam": "Eenzame ouderen", "eenheid": "%", "hogerIsBeter": false },
                "nulmeting": { "waarde": 14, "jaar": 2025 },
                "streefwaarden": [ { "jaar": 2026, "waarde": 13 }, { "jaar": 2027, "waarde": 12 } ],
                "realisaties": [ { "jaar": 2026, "waarde": 13.5 }, { "jaar": 2026, "wijk": "Oost", "waarde": 13 } ] } ] }
          ],
          "projecten": [
            { "naam": "Buurtkamers", "doel": "Ontmoeting", "doorbraak": true, "status": "lopend", "trekker": "Buurtwerk", "partners": [ "Zorgpunt" ],
              "doelstellingen": [ "Minder eenzaam" ], "startdatum": "2026-01-01", "einddatum": "2027-12-31",
              "mijlpalen": [ { "titel": "Eerste buurtkamer open", "datum": "2026-03-01", "status": "gepland" } ],
              "risicos": [ { "omschrijving": "Geen ruimte", "kans": "laag", "impact": "hoog", "maatregel": "Zoeken met corporatie" } ],
              "inzet": [ { "partner": "Buurtwerk", "jaar": 2026, "soort": "subsidie", "euro": 1000.50, "uren": 10 },
                         { "partner": "Zorgpunt", "jaar": 2027, "soort": "in natura", "euro": 0, "uren": 20 } ] }
          ],
          "basisvoorwaarden": [ "Klein beginnen, groot denken" ],
          "governance": [ { "naam": "Stuurgroep", "mandaat": "Besluit",
                            "leden": [ { "naam": "A. Jansen", "functie": "voorzitter", "partner": "Buurtwerk" } ] } ]
        }
        """;

    /// <summary>The small file with a change applied.</summary>
    public static string KleinMet(Action<JsonObject> wijzig)
    {
        var b = JsonNode.Parse(Klein)!.AsObject();
        wijzig(b);
        return b.ToJsonString();
    }

    public static JsonObject Project(this JsonObject b, int i = 0) => b["projecten"]![i]!.AsObject();
    public static JsonObject Doel(this JsonObject b) => b["speerpunten"]![0]!["doelstellingen"]![0]!.AsObject();

    public static async Task<long> ImportAsync(this TestApp app, string json, string bron = "test.json") =>
        (await app.SendAsync(new ImportProgramma.Command(json, bron))).ProgrammaId;

    /// <summary>Sum of all inzet euro's in a file, straight from the JSON.</summary>
    public static decimal InzetEuro(string json, Func<JsonNode, bool>? filter = null) =>
        JsonNode.Parse(json)!["projecten"]!.AsArray().SelectMany(p => p!["inzet"]!.AsArray())
            .Where(i => filter?.Invoke(i!) ?? true).Sum(i => i!["euro"]!.GetValue<decimal>());

}
