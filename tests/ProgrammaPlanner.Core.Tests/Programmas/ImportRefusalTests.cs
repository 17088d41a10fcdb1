using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Pipeline;
using static ProgrammaPlanner.Core.Tests.Programmas.SampleFiles;

namespace ProgrammaPlanner.Core.Tests.Programmas;

/// <summary>A bad file imports nothing and says precisely, in Dutch, what to fix.</summary>
public class ImportRefusalTests
{
    private static TestCaseData Geval(string naam, Action<JsonObject> wijzig, string key, string bericht) =>
        new TestCaseData(KleinMet(wijzig), key, bericht).SetName($"Import_{naam}_RefusedAndNothingChanged");

    private static IEnumerable<TestCaseData> Gevallen()
    {
        // wrong or missing formaat
        yield return Geval("WrongFormaat", b => b["formaat"] = "programmaplanner/2", "formaat", "Onbekend formaat 'programmaplanner/2'");
        yield return Geval("MissingFormaat", b => b.Remove("formaat"), "formaat", "\"formaat\": \"programmaplanner/1\" ontbreekt");
        // missing required fields
        yield return Geval("MissingProgramma", b => b.Remove("programma"), "programma", "Het onderdeel 'programma' (naam, periode en fase) ontbreekt.");
        yield return Geval("MissingProgrammaNaam", b => b["programma"]!.AsObject().Remove("naam"), "programma.naam", "Geef het programma een naam.");
        yield return Geval("MissingPartnerNaam", b => b["partners"]!.AsArray().Add(new JsonObject { ["soort"] = "zorg", ["rol"] = "partner" }),
            "partners[2].naam", "Partner 3: de naam ontbreekt.");
        yield return Geval("MissingIndicator", b => b.Doel().Remove("indicator"), "speerpunten[0].doelstellingen[0].indicator.naam",
            "Doelstelling 'Minder eenzaam': de naam van de indicator ontbreekt.");
        yield return Geval("MissingTrekker", b => { b.Project().Remove("trekker"); b.Project()["partners"]!.AsArray().Add("Buurtwerk"); },
            "projecten[0].trekker", "Project 'Buurtkamers': de trekker ontbreekt.");
        yield return Geval("MissingStartdatum", b => b.Project().Remove("startdatum"), "projecten[0].startdatum",
            "Project 'Buurtkamers': de startdatum ontbreekt.");
        yield return Geval("BadDatum", b => b.Project()["einddatum"] = "31-12-2027", "projecten[0].einddatum",
            "de einddatum '31-12-2027' is geen datum; schrijf die als jjjj-mm-dd");
        yield return Geval("MissingMijlpaalTitel", b => b.Project()["mijlpalen"]![0]!.AsObject().Remove("titel"), "projecten[0].mijlpalen[0].titel",
            "Project 'Buurtkamers', mijlpaal 1: de titel ontbreekt.");
        yield return Geval("EmptyBasisvoorwaarde", b => b["basisvoorwaarden"]!.AsArray().Add(" "), "basisvoorwaarden[1]", "Basisvoorwaarde 2 is leeg.");
        // references to unknown partner / wijk / doelstelling
        yield return Geval("UnknownTrekker", b => { b.Project()["trekker"] = "Stichting X"; b.Project()["partners"]!.AsArray().Add("Buurtwerk"); },
            "projecten[0].trekker", "Project 'Buurtkamers': trekker 'Stichting X' is geen partner van het programma.");
        yield return Geval("UnknownProjectPartner", b => b.Project()["partners"]!.AsArray().Add("Stichting Y"), "projecten[0].partners[1]",
            "Project 'Buurtkamers': partner 'Stichting Y' is geen partner van het programma.");
        yield return Geval("UnknownDoelstelling", b => b.Project()["doelstellingen"]![0] = "Meer geluk", "projecten[0].doelstellingen[0]",
            "Project 'Buurtkamers': doelstelling 'Meer geluk' bestaat niet in het bestand.");
        yield return Geval("UnknownWijk", b => b.Doel()["realisaties"]![1]!["wijk"] = "Zuid", "speerpunten[0].doelstellingen[0].realisaties[1].wijk",
            "realisatie in wijk 'Zuid', maar die wijk staat niet bij de wijken van het programma");
        yield return Geval("UnknownLidPartner", b => b["governance"]![0]!["leden"]![0]!["partner"] = "Stichting Z", "governance[0].leden[0].partner",
            "Orgaan 'Stuurgroep', lid 1: 'Stichting Z' is geen partner van het programma.");
        yield return Geval("UnknownInzetPartner", b => b.Project()["inzet"]![0]!["partner"] = "Stichting Q", "projecten[0].inzet[0].partner",
            "Project 'Buurtkamers', inzet van 'Stichting Q' in 2026: 'Stichting Q' is geen partner van het programma.");
        // years outside the programma period
        yield return Geval("StreefwaardeOutsidePeriod", b => b.Doel()["streefwaarden"]![1]!["jaar"] = 2030,
            "speerpunten[0].doelstellingen[0].streefwaarden[1].jaar",
            "Doelstelling 'Minder eenzaam', streefwaarde: jaar 2030 ligt buiten de programmaperiode 2026–2027.");
        yield return Geval("RealisatieOutsidePeriod", b => b.Doel()["realisaties"]![0]!["jaar"] = 2025,
            "speerpunten[0].doelstellingen[0].realisaties[0].jaar",
            "Doelstelling 'Minder eenzaam', realisatie: jaar 2025 ligt buiten de programmaperiode 2026–2027.");
        yield return Geval("InzetOutsidePeriod", b => b.Project()["inzet"]![1]!["jaar"] = 2029, "projecten[0].inzet[1].jaar",
            "Project 'Buurtkamers', inzet van 'Zorgpunt' in 2029: jaar 2029 ligt buiten de programmaperiode 2026–2027.");
        // duplicate names in the file
        yield return Geval("DuplicatePartner", b => b["partners"]!.AsArray().Add(b["partners"]![0]!.DeepClone()), "partners[2].naam",
            "De partner 'Buurtwerk' staat meer dan één keer in het bestand");
        yield return Geval("DuplicateWijk", b => b["wijken"]![1] = "Oost", "wijken[1].naam", "De wijk 'Oost' staat meer dan één keer in het bestand");
        yield return Geval("DuplicateSpeerpunt", b => b["speerpunten"]!.AsArray().Add(new JsonObject { ["naam"] = "Eenzaamheid" }),
            "speerpunten[1].naam", "Het speerpunt 'Eenzaamheid' staat meer dan één keer in het bestand");
        yield return Geval("DuplicateDoelstelling", b =>
            b["speerpunten"]!.AsArray().Add(new JsonObject { ["naam"] = "Armoede", ["doelstellingen"] = new JsonArray(b.Doel().DeepClone()) }),
            "speerpunten[1].doelstellingen[0].naam", "De doelstelling 'Minder eenzaam' staat meer dan één keer in het bestand");
        yield return Geval("DuplicateProject", b => b["projecten"]!.AsArray().Add(b.Project().DeepClone()), "projecten[1].naam",
            "Het project 'Buurtkamers' staat meer dan één keer in het bestand");
        yield return Geval("DuplicateOrgaan", b => b["governance"]!.AsArray().Add(new JsonObject { ["naam"] = "Stuurgroep" }), "governance[1].naam",
            "Het orgaan 'Stuurgroep' staat meer dan één keer in het bestand");
        yield return Geval("DuplicateStreefwaardeJaar", b => b.Doel()["streefwaarden"]![1]!["jaar"] = 2026,
            "speerpunten[0].doelstellingen[0].streefwaarden[1].jaar", "Doelstelling 'Minder eenzaam': er staan twee streefwaarden voor 2026.");
        // negative amounts
        yield return Geval("NegativeEuro", b => b.Project()["inzet"]![0]!["euro"] = -250, "projecten[0].inzet[0].euro",
            "Project 'Buurtkamers', inzet van 'Buurtwerk' in 2026: het bedrag -250 is negatief; vul 0 of meer in.");
        yield return Geval("NegativeUren", b => b.Project()["inzet"]![0]!["uren"] = -1, "projecten[0].inzet[0].uren", "het aantal uren -1 is negatief");
        // value lists
        yield return Geval("BadFase", b => b["programma"]!["fase"] = "startfase", "programma.fase",
            "Kies een fase: ontwikkelfase, implementatiefase of optimalisatiefase.");
        yield return Geval("BadPartnerSoort", b => b["partners"]![0]!["soort"] = "sport", "partners[0].soort",
            "Partner 'Buurtwerk': soort 'sport' bestaat niet; kies uit welzijn, zorg, wonen");
        yield return Geval("BadPartnerRol", b => b["partners"]![0]!["rol"] = "baas", "partners[0].rol",
            "Partner 'Buurtwerk': rol 'baas' bestaat niet; kies uit penvoerder, partner, financier, adviseur.");
        yield return Geval("BadProjectStatus", b => b.Project()["status"] = "bezig", "projecten[0].status",
            "Project 'Buurtkamers': status 'bezig' bestaat niet; kies uit idee, in voorbereiding, lopend, afgerond, gestopt.");
        yield return Geval("BadMijlpaalStatus", b => b.Project()["mijlpalen"]![0]!["status"] = "klaar", "projecten[0].mijlpalen[0].status",
            "status 'klaar' bestaat niet; kies uit gepland, gehaald, vertraagd, vervallen.");
        yield return Geval("BadRisicoKans", b => b.Project()["risicos"]![0]!["kans"] = "enorm", "projecten[0].risicos[0].kans",
            "Project 'Buurtkamers', risico 1: kans 'enorm' bestaat niet; kies uit laag, middel, hoog.");
        yield return Geval("BadInzetSoort", b => b.Project()["inzet"]![0]!["soort"] = "lening", "projecten[0].inzet[0].soort",
            "soort 'lening' bestaat niet; kies uit subsidie, eigen middelen, in natura.");
        yield return Geval("BadMeetfrequentie", b => b.Doel()["meetfrequentie"] = "wekelijks", "speerpunten[0].doelstellingen[0].meetfrequentie",
            "meetfrequentie 'wekelijks' bestaat niet");
        // inzet from a partner not in the project, no streefwaarde
        yield return Geval("InzetFromNonParticipant", b => { b.Project()["partners"] = new JsonArray(); }, "projecten[0].inzet[1].partner",
            "Project 'Buurtkamers', inzet van 'Zorgpunt' in 2027: die partner doet niet mee aan het project.");
        yield return Geval("NoStreefwaarde", b => b.Doel()["streefwaarden"] = new JsonArray(), "speerpunten[0].doelstellingen[0].streefwaarden",
            "Doelstelling 'Minder eenzaam': geef minstens één streefwaarde binnen de programmaperiode.");
    }

    [TestCaseSource(nameof(Gevallen))]
    public async Task Import_BadFile_RefusedWithKeyAndMessageAndNothingChanged(string json, string key, string bericht)
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
    public async Task Import_BrokenJson_RefusedWithLineAndPosition()
    {
        await using var app = TestApp.Create();
        await app.ImportAsync(Sample("amsterdam-centrum.json"));
        var voor = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.ImportAsync("{\n  \"formaat\": \"programmaplanner/1\",\n  \"programma\": { \"naam\": \"X\" \n  \"partners\": [] }"));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "bestand" }));
        Assert.That(e.Errors["bestand"][0], Does.StartWith("Het bestand is geen geldige JSON").And.Contain("regel 4, positie 3"));
        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }

    [Test]
    public async Task Import_NumberAsText_RefusedWithLineAndPath()
    {
        await using var app = TestApp.Create();
        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(Klein.Replace("\"startjaar\": 2026", "\"startjaar\": \"2026\"")));

        Assert.That(e!.Errors["bestand"][0], Does.Contain("regel 3").And.Contain("$.programma.startjaar"));
        Assert.That(await app.CountAsync("programma"), Is.Zero);
    }

    [TestCase(""), TestCase("null")]
    public async Task Import_EmptyFile_Refused(string json)
    {
        await using var app = TestApp.Create();
        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json));
        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "bestand" }));
        Assert.That(await app.CountAsync("programma"), Is.Zero);
    }

    [Test]
    public async Task Import_ProgrammaNameAlreadyInDatabase_RefusedAndNothingChanged()
    {
        await using var app = TestApp.Create();
        await app.ImportAsync(Klein);
        var voor = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(Klein));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "programma.naam" }));
        Assert.That(e.Errors["programma.naam"][0], Does.StartWith("Er bestaat al een programma met de naam 'Proef Oost'."));
        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }

    [Test]
    public async Task Import_ManyProblemsAtOnce_AllListedInOneException()
    {
        await using var app = TestApp.Create();
        await app.ImportAsync(Klein);
        var voor = await app.DumpAsync();
        var json = KleinMet(b =>
        {
            b["formaat"] = "iets anders";
            b["partners"]![1]!["rol"] = "baas";
            b["wijken"]![1] = "Oost";
            b.Doel()["streefwaarden"]![0]!["jaar"] = 2031;
            b.Project()["trekker"] = "Stichting X";
            b.Project()["inzet"]![0]!["euro"] = -5;
            b.Project()["startdatum"] = "2026-13-01";
        });

        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[]
        {
            "formaat", "programma.naam", "partners[1].rol", "wijken[1].naam", "speerpunten[0].doelstellingen[0].streefwaarden[0].jaar",
            "projecten[0].trekker", "projecten[0].inzet[0].partner", "projecten[0].inzet[0].euro", "projecten[0].startdatum",
        }));
        Assert.That(e.Errors["projecten[0].trekker"], Is.EqualTo(new[] { "Project 'Buurtkamers': trekker 'Stichting X' is geen partner van het programma." }));
        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }
}
