using System.Globalization;
using ProgrammaPlanner.Core.Programmas;
using static ProgrammaPlanner.Core.Programmas.ProgrammaBestand;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// Shared by tests and benchmarks (linked into each project). A large generated programma as an import file (≈45 printed pages): 10 speerpunten, 60
/// doelstellingen × 4
/// years, 40 projecten × 6 partners × 4 years of inzet, 200 mijlpalen. Deterministic, so runs compare.
/// </summary>
public static class GrootProgramma
{
    public const string Naam = "Groot programma Zuidoost";
    private const int Start = 2025, Eind = 2028;

    public static string Json() => Schrijf(Bestand());

    public static Bestand Bestand()
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
                Enumerable.Range(Start, 4).Select(j => new Jaarwaarde(j, 100 + d + (j - Start + 1) * 25.5m)).ToList(), [])).ToList<Doelstelling?>())).ToList();
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
                    new Inzet(naam, j, k % 2 == 0 ? "subsidie" : "eigen middelen", 1_000m * (p + 1) + 250.25m * k + j % 7, 40 * (k + 1)))).ToList<Inzet?>());
        }).ToList();
        return new Bestand(Formaat, new Gegevens(Naam, "Groot, maar overzichtelijk", "Amsterdam Zuidoost", Start, Eind, "implementatiefase",
                "Een gegenereerd programma om het printen te meten.", "Alle bewoners doen mee."),
            partners, [], speerpunten, projecten, ["Voel jezelf gelijk aan elkaar", "Klein beginnen, groot denken"],
            [new Orgaan("Stuurgroep", "Besluit over koers en budget.", partners.Select(x => new Lid(x.BestuurderNaam, "lid", x.Naam)).ToList<Lid?>())]);
    }

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
