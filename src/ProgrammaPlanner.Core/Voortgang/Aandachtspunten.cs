using ProgrammaPlanner.Core.Stand;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>
/// What the next dialoogtafel should take up after a year: what fell behind, what was delayed or stopped, where money
/// ran over, whose report is missing. Printed in the voortgangsrapportage and prefilled as the agenda of the next table.
/// </summary>
public static class Aandachtspunten
{
    public static IReadOnlyList<string> Van(GetVoortgangsrapportage.Rapportage r)
    {
        var punten = new List<string>();
        var doelen = r.Stand.Speerpunten.SelectMany(s => s.Doelstellingen).Select(d => (d, Stand: InJaar(d, r.Jaar))).ToList();
        punten.AddRange(doelen.Where(x => x.Stand?.Oordeel.Status == StandStatus.Achter).Select(x =>
            $"Doelstelling '{x.d.Naam}' staat achter: {x.Stand!.Oordeel.Regel}"));
        if (doelen.Count(x => x.Stand?.Realisatie is null) is var ongemeten and > 0)
            punten.Add(ongemeten == 1 ? $"Van 1 doelstelling is over {r.Jaar} geen realisatie vastgelegd."
                : $"Van {ongemeten} doelstellingen is over {r.Jaar} geen realisatie vastgelegd.");
        punten.AddRange(r.Projecten.Where(p => p.Jaarstatus is ProjectJaarstatus.Vertraagd or ProjectJaarstatus.Gestopt).Select(p =>
            $"Project '{p.Naam}' is {p.Jaarstatus}{(p.Toelichting.Length > 0 ? $": {p.Toelichting.TrimEnd('.')}" : "")}."));
        punten.AddRange(r.Projecten.SelectMany(p => p.Mijlpalen.Where(m => m.Status == MijlpaalStatus.Vertraagd)
            .Select(m => $"Mijlpaal '{m.Titel}' van '{p.Naam}' is {Mijlpaal(m)}.")));
        if (r.Projecten.Count(p => p.Jaarstatus is null) is var zonder and > 0)
            punten.Add(zonder == 1 ? $"Van 1 project is over {r.Jaar} geen status opgegeven."
                : $"Van {zonder} projecten is over {r.Jaar} geen status opgegeven.");
        punten.AddRange(r.Budget.Where(b => b.BegrootEuro > 0 && b.BesteedEuro > b.BegrootEuro * 1.1m).Select(b =>
            $"{b.Partner} besteedde {Opmaak.Geld(b.BesteedEuro)} tegen {Opmaak.Geld(b.BegrootEuro)} begroot: meer dan 10% boven de begroting."));
        if (r.Ronde is { Compleet: false } o)
            punten.Add("Nog niet geaccepteerde rapportages: " +
                       string.Join(", ", o.Partners.Where(p => p.Status != RapportageStatus.Geaccepteerd).Select(p => p.Naam)) + ".");
        return punten;
    }

    /// <summary>The stand of a doelstelling in exactly that year (not the latest measured before it); null outside the period.</summary>
    public static GetStand.Jaarstand? InJaar(GetStand.Doelstelling d, int jaar) => d.Jaren.FirstOrDefault(j => j.Jaar == jaar);

    public static string Mijlpaal(GetVoortgangsrapportage.Mijlpaal m) =>
        m.Status == MijlpaalStatus.Vertraagd && m.NieuweDatum is { } nieuw
            ? $"vertraagd: gepland {Opmaak.Datum(m.Datum)}, nu {Opmaak.Datum(nieuw)}"
            : $"{m.Status}, {Opmaak.Datum(m.Datum)}";

    /// <summary>The agenda of the dialoogtafel that follows the report of <paramref name="r"/>.</summary>
    public static string Agenda(GetVoortgangsrapportage.Rapportage r)
    {
        var punten = Van(r);
        var regels = new List<string> { "1. Opening en doel van deze dialoogtafel", $"2. De voortgangsrapportage {r.Jaar} in het kort" };
        regels.Add(punten.Count == 0 ? "3. Wat ging goed, en wat nemen we mee?" : "3. Wat vraagt aandacht:");
        regels.AddRange(punten.Select(p => $"   - {p}"));
        regels.Add($"4. Wat passen we aan in het programmaplan voor {r.Jaar + 1}?");
        regels.Add("5. Afspraken en actiepunten");
        return string.Join("\n", regels);
    }
}
