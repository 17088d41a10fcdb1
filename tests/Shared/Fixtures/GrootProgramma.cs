using System.Globalization;
using ProgrammaPlanner.Core.Programmas;
using static ProgrammaPlanner.Core.Programmas.ProgrammaBestand;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// Shared by tests and benchmarks (linked into each project). A large generated programma as an import file (≈45 printed pages): 10 speerpunten, 60
/// doelstellingen × 4 years, 40 projecten × 6 partners × 4 years of inzet, 200 mijlpalen; and four reported years: a realisatie per
/// doelstelling per year (a mix of behaald, op koers and achter), besteding and a jaarstatus per project per year, and four rapportagerondes
/// in which every partner was accepted. Deterministic, so runs compare.
/// </summary>
public static class GrootProgramma
{
    public const string Naam = "Groot programma Zuidoost";
    private const int Start = 2025, Eind = 2028;

    public static string Json(bool verslagjaren = false) => Schrijf(Bestand(verslagjaren));

    public static Bestand Bestand(bool verslagjaren = false)
    {
        var partners = Enumerable.Range(1, 12).Select(i => new Partner(
            $"Organisatie {i:00} voor welzijn, zorg en wonen", i % 3 == 0 ? "wonen" : i % 3 == 1 ? "welzijn" : "zorg", i == 1 ? "penvoerder" : "partner",
            $"Contactpersoon {i}", $"contact{i}@voorbeeld.example", $"Bestuurder {i} van Ëlst", "directeur-bestuurder", "Amsterdam")).ToList();
        var speerpunten = Enumerable.Range(1, 10).Select(s => new Speerpunt(
            $"Speerpunt {s:00}: meedoen in de wijk",
            string.Join("\n\n",
                Enumerable.Range(1, 2).Select(_ =>
                "Uit de analyse blijkt dat bewoners met meerdere problemen tegelijk de weg naar ondersteuning niet vinden; " +
                "de partners werken daarom samen aan één aanpak met korte lijnen, gedeelde dossiers en een vast aanspreekpunt per huishouden.")),
            Enumerable.Range(1, 6).Select(d => new Doelstelling(
                $"Doelstelling {s:00}.{d}: meer bewoners bereikt", "Het aandeel bewoners dat tijdig ondersteuning krijgt, stijgt elk jaar.",
                new Indicator("Bereikte huishoudens", "aantal", "Registratie van de partners", true), "jaarlijks", new Nulmeting(100 + d, Start - 1),
                Enumerable.Range(Start, 4).Select(j => new Jaarwaarde(j, 100 + d + (j - Start + 1) * 25.5m)).ToList(),
                // realisatie around the target: (s + d + j) % 3 gives behaald, op koers (5% short) and achter (20% short)
                !verslagjaren ? [] : Enumerable.Range(Start, 4).Select(j => new Realisatie(j, null,
                    decimal.Round((100 + d + (j - Start + 1) * 25.5m) * ((s + d + j) % 3 == 0 ? 1.02m : (s + d + j) % 3 == 1 ? 0.95m : 0.8m), 1)))
                .ToList<Realisatie?>())).ToList<Doelstelling?>())).ToList();
        var doelen = speerpunten.SelectMany(s => s!.Doelstellingen!).Select(d => d!.Naam!).ToList();
        var projecten = Enumerable.Range(0, 40).Select(p =>
        {
            var deelnemers = Enumerable.Range(0, 6).Select(k => partners[(p + k) % partners.Count].Naam!).ToList();
            var start = new DateOnly(Start + p % 2, 1 + p % 6, 1);
            var eind = new DateOnly(Eind - p % 2, 12, 31);
            var dagen = eind.DayNumber - start.DayNumber;
            return new Project(
                $"Project {p + 1:00} Samen sterker in de buurt", "Huishoudens krijgen binnen twee weken een vast aanspreekpunt en één plan.",
                    p % 4 == 0, "lopend",
                deelnemers[0], deelnemers.Skip(1).ToList<string?>(), [doelen[p % doelen.Count], doelen[(p * 7 + 3) % doelen.Count]],
                Datum(start), Datum(eind),
                Enumerable.Range(1, 5).Select(m =>
                    new Mijlpaal($"Mijlpaal {m}: resultaat opgeleverd", Datum(DateOnly.FromDayNumber(start.DayNumber + dagen * m / 6)),
                    m <= 2 ? "gehaald" : "gepland")).ToList<Mijlpaal?>(),
                [new Risico("Te weinig capaciteit bij de partners", "middel", "hoog", "Vooraf afspraken over inzet per kwartaal"),
                 new Risico("Privacyregels beperken het delen van gegevens", "laag", "middel", "Convenant gegevensdeling")],
                deelnemers.SelectMany((naam, k) => Enumerable.Range(Start, 4).Select(j =>
                    new Inzet(naam, j, k % 2 == 0 ? "subsidie" : "eigen middelen", 1_000m * (p + 1) + 250.25m * k + j % 7, 40 * (k + 1)))).ToList<Inzet?>(),
                !verslagjaren ? null : deelnemers.SelectMany((naam, k) => Enumerable.Range(Start, 4).Select(j =>
                    new Besteding(naam, j, 900m * (p + 1) + 300m * k + (j + p) % 5 * 100m, 38 * (k + 1)))).ToList<Besteding?>(),
                !verslagjaren ? null : Enumerable.Range(Start, 4).Select(j => new Jaarstatus(j, (p + j) % 5 == 0 ? "vertraagd" : "op schema",
                    (p + j) % 5 == 0 ? "Later gestart door een wisseling van projectleider." : "")).ToList<Jaarstatus?>());
        }).ToList();
        return new Bestand(Formaat, new Gegevens(Naam, "Groot, maar overzichtelijk", "Amsterdam Zuidoost", Start, Eind, "implementatiefase",
                "Een gegenereerd programma om het printen te meten.", "Alle bewoners doen mee."),
            partners, [], speerpunten, projecten, ["Voel jezelf gelijk aan elkaar", "Klein beginnen, groot denken"],
            [new Orgaan("Stuurgroep", "Besluit over koers en budget.", partners.Select(x => new Lid(x.BestuurderNaam, "lid", x.Naam)).ToList<Lid?>())],
            !verslagjaren ? null : Enumerable.Range(Start, 4).Select(j => new Rapportageronde(
                j, $"{j + 1}-03-01", "", $"{j + 1}-01-10T09:00:00.000Z", "Facilitator", null,
                partners.Select(x => new Rapportage(x.Naam, "geaccepteerd", [], [], [], [],
                [
                    new RapportageStap("ingediend", "", x.Contactpersoon, $"{j + 1}-02-15T10:00:00.000Z"),
                    new RapportageStap("geaccepteerd", "", "Facilitator", $"{j + 1}-02-20T10:00:00.000Z"),
                ])).ToList<Rapportage?>())).ToList<Rapportageronde?>());
    }

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
