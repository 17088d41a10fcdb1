using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Stand;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Sections;

/// <summary>
/// The realisaties so far in the monitoring chapter, once the programme is carried out (not in its ontwikkelfase): per
/// doelstelling and year the realisatie against the streefwaarde, and the latest stand by the same rule as the dashboard.
/// </summary>
public static class Realisatiestand
{
    public sealed record Row(string Doelstelling, IReadOnlyList<string> PerJaar, string Stand);

    public static bool Toon(Plan.Programmaplan plan) =>
        plan.Programma.Fase != Fase.Ontwikkelfase && plan.Speerpunten.SelectMany(s => s.Doelstellingen).Any(d => d.Realisaties.Count > 0);

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
