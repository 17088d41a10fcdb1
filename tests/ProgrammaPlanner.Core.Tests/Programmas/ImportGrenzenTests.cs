using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Pipeline;
using static ProgrammaPlanner.Core.Tests.Programmas.SampleFiles;

namespace ProgrammaPlanner.Core.Tests.Programmas;

/// <summary>
/// The import has the limits the commands have (<see cref="Tekstgrenzen"/>) and a size limit for the whole file: a refused
/// file changes nothing and says which field of which item is too long, without quoting the long text back.
/// </summary>
public class ImportGrenzenTests
{
    private static string Tekens(int n) => new('a', n);

    private static TestCaseData Geval(string naam, Action<JsonObject> wijzig, string key, string bericht) =>
        new TestCaseData(KleinMet(wijzig), key, bericht).SetName($"Import_{naam}_RefusedSayingWhatIsTooLong");

    private static IEnumerable<TestCaseData> Gevallen()
    {
        yield return Geval("MillionCharacterProgrammaNaam", b => b["programma"]!["naam"] = Tekens(1_000_000), "programma.naam",
            "Programma: de naam is te lang (1.000.000 tekens, maximaal 200).");
        yield return Geval("LongAanleiding", b => b["programma"]!["aanleiding"] = Tekens(Tekstgrenzen.LangeTekst + 1), "programma.aanleiding",
            "Programma: de aanleiding is te lang (20.001 tekens, maximaal 20000).");
        yield return Geval("LongPartnerPlaats", b => b["partners"]![1]!["plaats"] = Tekens(101), "partners[1].plaats",
            "Partner 'Zorgpunt': de plaats is te lang (101 tekens, maximaal 100).");
        yield return Geval("LongPartnerNaam", b => b["partners"]![1]!["naam"] = Tekens(201), "partners[1].naam",
            "Partner 2: de naam is te lang (201 tekens, maximaal 200).");
        yield return Geval("LongWijk", b => b["wijken"]![1] = Tekens(201), "wijken[1].naam", "Wijk 2: de naam is te lang");
        yield return Geval("LongIndicatorBron", b => b.Doel()["indicator"]!["bron"] = Tekens(301), "speerpunten[0].doelstellingen[0].indicator.bron",
            "Speerpunt 'Eenzaamheid', doelstelling 'Minder eenzaam': de bron van de indicator is te lang (301 tekens, maximaal 300).");
        yield return Geval("LongRisicoMaatregel", b => b.Project()["risicos"]![0]!["maatregel"] = Tekens(4001), "projecten[0].risicos[0].maatregel",
            "Project 'Buurtkamers', risico 1: de maatregel is te lang (4.001 tekens, maximaal 4000).");
        yield return Geval("LongInzetSoort", b => b.Project()["inzet"]![0]!["soort"] = Tekens(1_000_000), "projecten[0].inzet[0].soort",
            "Project 'Buurtkamers', inzet 1: de soort is te lang");
        yield return Geval("LongBasisvoorwaarde", b => b["basisvoorwaarden"]![0] = Tekens(1001), "basisvoorwaarden[0]",
            "Basisvoorwaarde 1: de tekst is te lang (1.001 tekens, maximaal 1000).");
        yield return Geval("LongLidFunctie", b => b["governance"]![0]!["leden"]![0]!["functie"] = Tekens(201), "governance[0].leden[0].functie",
            "Orgaan 'Stuurgroep', lid 1: de functie is te lang");
    }

    [TestCaseSource(nameof(Gevallen))]
    public async Task Import_TooLongText_RefusedSayingWhatIsTooLong(string json, string key, string bericht)
    {
        await using var app = TestApp.Create();
        await app.ImportAsync(Sample("amsterdam-centrum.json"));
        var voor = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { key }), string.Join("\n", e.Errors.SelectMany(x => x.Value)).Length.ToString());
        Assert.That(e.Errors[key], Has.Some.StartsWith(bericht));
        Assert.That(e.Message, Has.Length.LessThan(500), "the long text is not quoted back");
        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }

    [Test]
    public async Task Import_FileOverTheSizeLimit_RefusedBeforeParsingAndNothingChanged()
    {
        await using var app = TestApp.Create();
        await app.ImportAsync(Sample("amsterdam-centrum.json"));
        var voor = await app.DumpAsync();
        var json = KleinMet(b => b["programma"]!["aanleiding"] = Tekens(50 * 1024 * 1024));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "bestand" }));
        Assert.That(e.Errors["bestand"][0], Does.StartWith("Het bestand is te groot (50 MB); een programmabestand mag hooguit 5 MB zijn."));
        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }

    [Test]
    public async Task Import_FileJustUnderTheSizeLimit_NotRefusedForItsSize()
    {
        await using var app = TestApp.Create();
        var json = KleinMet(b => b["programma"]!["aanleiding"] = Tekens(Tekstgrenzen.ImportBytes - 4000));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "programma.aanleiding" }), "refused for the text, not for the file");
    }
}
