using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Stand;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Sections;

/// <summary>
/// The realisaties so far in the monitoring chapter, once the programme is carried out (not in its ontwikkelfase): per
/// doelstelling and year the realisatie against the streefwaarde, and the latest stand by the same rule as the dashboard;
/// and where the realisaties are measured per wijk, each doelstelling's latest figure per wijk.
/// </summary>
public static class Realisatiestand
{
    public sealed record Row(string Doelstelling, IReadOnlyList<string> PerJaar, string Stand);

    /// <summary>One doelstelling's latest measurement per wijk: the year and a figure per wijk ("–" where that wijk has none).</summary>
    public sealed record WijkRow(string Doelstelling, int Jaar, IReadOnlyList<string> PerWijk);

    public static bool Toon(Plan.Programmaplan plan) =>
        plan.Programma.Fase != Fase.Ontwikkelfase && plan.Speerpunten.SelectMany(s => s.Doelstellingen).Any(d => d.Realisaties.Count > 0);

    /// <summary>The wijken that have a realisatie, in the plan's order: the columns of the per-wijk table (none: no table).</summary>
    public static IReadOnlyList<string> Wijken(Plan.Programmaplan plan)
    {
        if (!Toon(plan)) return [];
        var gemeten = plan.Speerpunten.SelectMany(s => s.Doelstellingen).SelectMany(d => d.Realisaties).Select(r => r.Wijk).OfType<string>().ToHashSet();
        return plan.Wijken.Select(w => w.Naam).Where(gemeten.Contains).ToList();
    }

    public static IEnumerable<WijkRow> WijkRijen(Plan.Programmaplan plan)
    {
        var wijken = Wijken(plan);
        foreach (var d in plan.Speerpunten.SelectMany(s => s.Doelstellingen))
        {
            var perWijk = d.Realisaties.Where(r => r.Wijk is not null).ToList();
            if (perWijk.Count == 0) continue;
            var jaar = perWijk.Max(r => r.Jaar);
            var waarden = perWijk.Where(r => r.Jaar == jaar).ToDictionary(r => r.Wijk!, r => r.Waarde);
            yield return new WijkRow(d.Naam, jaar,
                wijken.Select(w => waarden.TryGetValue(w, out var x) ? Standregel.Waarde(x, d.IndicatorEenheid) : "–").ToList());
        }
    }

    public static IEnumerable<Row> Rijen(Plan.Programmaplan plan) =>
        plan.Speerpunten.SelectMany(s => s.Doelstellingen).Select(d =>
        {
            var streef = d.Streefwaarden.Select(s => new Streefwaarde(s.Jaar, s.Waarde)).ToList();
            var totaal = d.Realisaties.Where(r => r.Wijk is null).ToDictionary(r => r.Jaar, r => r.Waarde);
            var perJaar = plan.Programma.Jaren.Select(j => totaal.TryGetValue(j, out var r)
                ? Standregel.Waarde(r, d.IndicatorEenheid)
                  + (Standregel.StreefwaardeVoor(streef, j) is { } s ? $" (doel\u00A0{Opmaak.Getal(s.Waarde)})" : "")
                : "–").ToList();
            var laatste = totaal.Keys.Order().LastOrDefault();
            var stand = laatste == 0 ? StandStatus.GeenMeting
                : Standregel.Beoordeel(laatste, totaal[laatste], Standregel.StreefwaardeVoor(streef, laatste), d.HogerIsBeter, d.IndicatorEenheid).Status
                  + $" ({laatste})";
            return new Row(d.Naam, perJaar, stand);
        });
}
