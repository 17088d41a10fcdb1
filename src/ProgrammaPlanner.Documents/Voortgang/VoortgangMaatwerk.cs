using ProgrammaPlanner.Core.Maatwerk;

namespace ProgrammaPlanner.Documents.Voortgang;

/// <summary>The texts of the section "Maatwerkbudget en regelruimte", one source for the HTML/PDF and the DOCX.</summary>
public static class VoortgangMaatwerk
{
    public const string Kop = "Maatwerkbudget en regelruimte";

    public static string Inleiding(int jaar) =>
        $"Per Verbondsgroep het maatwerkbudget dat de gemeente toekende, wat de groep in {jaar} en in totaal (tot en met {jaar}) besteedde aan " +
        "casussen van bewoners, en de regels die in het jaar opzij zijn gezet.";

    public const string Verborgen = "De bedragen zijn alleen zichtbaar voor wie het programma bewerkt.";

    public static IReadOnlyList<string> Koppen(Maatwerkverslag v, int jaar) => v.BedragenZichtbaar
        ? ["Verbondsgroep", "Budget", $"Besteed {jaar}", "Besteed totaal", "Over", $"Casussen {jaar} (totaal)"]
        : ["Verbondsgroep", $"Casussen {jaar} (totaal)"];

    public static IReadOnlyList<string> Rij(Maatwerkverslag v, Maatwerkverslag.Groep g)
    {
        var casussen = $"{g.CasussenInJaar} ({g.CasussenTotaal})";
        if (!v.BedragenZichtbaar) return [g.Naam, casussen];
        return
        [
            g.Naam, g.Maatwerkbudget is { } b ? Opmaak.Geld(b) : "geen", Opmaak.Geld(g.BesteedInJaar ?? 0), Opmaak.Geld(g.BesteedTotaal ?? 0),
            g.Maatwerkbudget is { } budget ? Opmaak.Geld(budget - (g.BesteedTotaal ?? 0)) : "–", casussen,
        ];
    }

    /// <summary>"Verbondsgroep Noord: Kostendelersnorm; Wachttijd schuldhulp" per group that set rules aside in the year.</summary>
    public static IReadOnlyList<string> Regels(Maatwerkverslag v) =>
        v.Groepen.Where(g => g.Regels.Count > 0).Select(g => $"{g.Naam}: {string.Join("; ", g.Regels)}").ToList();
}
