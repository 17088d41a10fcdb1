using ProgrammaPlanner.Core.Doelstellingen;

namespace ProgrammaPlanner.Core.Stand;

/// <summary>A status of <see cref="StandStatus"/> (null for a wijk's part of a count) and the rule that gave it, as a Dutch sentence.</summary>
public sealed record Oordeel(string? Status, string Regel);

/// <summary>
/// The one stand rule, shown everywhere (screens, voortgangsrapportage). For a doelstelling in year J: S = the streefwaarde of J (none:
/// the nearest earlier year's; none earlier: the first later one), R = the counted realisatie of J for the whole area.
/// No R: geen meting. R ≥ S (hoger is beter) or R ≤ S (lager is beter): behaald. Otherwise within 10% of S (|R − S| ≤ 0,10 × |S|):
/// op koers. Otherwise achter. A wijk gets the same rule against the same S only for a rate (eenheid "%"); for a count the wijk
/// values are parts of the total and get no status.
/// </summary>
public static class Standregel
{
    /// <summary>How far from the target (as a share of |S|) a missed target still counts as op koers.</summary>
    public const decimal Marge = 0.10m;

    /// <summary>The streefwaarde that applies in <paramref name="jaar"/>, with the year it was set for; null when there are none.</summary>
    public static Streefwaarde? StreefwaardeVoor(IEnumerable<Streefwaarde> streefwaarden, int jaar)
    {
        Streefwaarde? eerder = null, later = null;
        foreach (var s in streefwaarden)
        {
            if (s.Jaar == jaar) return s;
            if (s.Jaar < jaar && (eerder is null || s.Jaar > eerder.Jaar)) eerder = s;
            if (s.Jaar > jaar && (later is null || s.Jaar < later.Jaar)) later = s;
        }
        return eerder ?? later;
    }

    /// <summary>Whether a wijk's value is judged against the target: only a rate applies in every wijk.</summary>
    public static bool IsPercentage(string eenheid) => eenheid.Trim() == "%";

    /// <summary>The status of realisatie <paramref name="r"/> in <paramref name="jaar"/> against <paramref name="s"/>, with the rule in words.</summary>
    public static Oordeel Beoordeel(int jaar, decimal? r, Streefwaarde? s, bool hogerIsBeter, string eenheid)
    {
        if (r is not { } realisatie)
            return new(StandStatus.GeenMeting, $"Geen realisatie voor {jaar}: geen meting.");
        var gemeten = Waarde(realisatie, eenheid);
        if (s is null)
            return new(StandStatus.GeenMeting, $"{Hoofdletter(gemeten)} gemeten, maar deze doelstelling heeft geen streefwaarde: geen oordeel (geen meting).");

        var doel = Waarde(s.Waarde, eenheid) + (s.Jaar == jaar ? "" : $" (van {s.Jaar})");
        var richting = hogerIsBeter ? "hoger is beter" : "lager is beter";
        var vergelijking = realisatie == s.Waarde ? "gelijk aan" : realisatie > s.Waarde ? "meer dan" : "minder dan";
        var zin = $"{Hoofdletter(gemeten)} is {vergelijking} streefwaarde {doel} ({richting})";

        var behaald = hogerIsBeter ? realisatie >= s.Waarde : realisatie <= s.Waarde;
        if (behaald) return new(StandStatus.Behaald, $"{zin}: behaald.");
        if (s.Waarde == 0) return new(StandStatus.Achter, $"{zin}; bij streefwaarde 0 is er geen marge van 10%: achter.");
        var opKoers = Math.Abs(realisatie - s.Waarde) <= Marge * Math.Abs(s.Waarde);
        return opKoers
            ? new(StandStatus.OpKoers, $"{zin}, binnen 10%: op koers.")
            : new(StandStatus.Achter, $"{zin}, meer dan 10% ervan af: achter.");
    }

    /// <summary>A wijk's value: judged like the total for a percentage, otherwise shown as a part of the total without a status.</summary>
    public static Oordeel BeoordeelWijk(int jaar, decimal waarde, Streefwaarde? s, bool hogerIsBeter, string eenheid) =>
        IsPercentage(eenheid)
            ? Beoordeel(jaar, waarde, s, hogerIsBeter, eenheid)
            : new(null, $"{Hoofdletter(Waarde(waarde, eenheid))} is een deel van het totaal; een wijk heeft bij een aantal geen eigen streefwaarde.");

    /// <summary>
    /// A speerpunt's roll-up of the current stand of its doelstellingen: achter if any is achter, else op koers if any, else behaald
    /// if any, else geen meting.
    /// </summary>
    public static Oordeel RolUp(Telling t)
    {
        if (t.Achter > 0)
            return new(StandStatus.Achter, $"{Aantal(t.Achter)} achter: het speerpunt staat achter (één doelstelling achter is genoeg).");
        if (t.OpKoers > 0)
            return new(StandStatus.OpKoers, $"Geen doelstelling achter, {Aantal(t.OpKoers)} op koers: het speerpunt is op koers.");
        if (t.Behaald > 0)
            return new(StandStatus.Behaald, t.GeenMeting == 0
                ? "Alle doelstellingen behaald: het speerpunt is behaald."
                : $"Alle gemeten doelstellingen behaald ({t.GeenMeting} zonder meting): het speerpunt is behaald.");
        return new(StandStatus.GeenMeting, "Nog geen doelstelling gemeten: geen meting.");
    }

    /// <summary>A value with its eenheid in nl-NL: "2.380 kinderen", "9,3%", "12" (no eenheid).</summary>
    public static string Waarde(decimal waarde, string eenheid)
    {
        var getal = Opmaak.Getal(waarde);
        var e = eenheid.Trim();
        return e.Length == 0 ? getal : e == "%" ? getal + "%" : $"{getal} {e}";
    }

    private static string Aantal(int n) => n == 1 ? "1 doelstelling" : $"{n} doelstellingen";

    private static string Hoofdletter(string s) => Opmaak.Hoofdletter(s);
}

/// <summary>How many doelstellingen have each status.</summary>
public sealed record Telling(int Behaald, int OpKoers, int Achter, int GeenMeting)
{
    public static Telling Van(IEnumerable<string> statussen)
    {
        int b = 0, k = 0, a = 0, g = 0;
        foreach (var s in statussen)
        {
            switch (s)
            {
                case StandStatus.Behaald: b++; break;
                case StandStatus.OpKoers: k++; break;
                case StandStatus.Achter: a++; break;
                default: g++; break;
            }
        }
        return new(b, k, a, g);
    }

    public int Totaal => Behaald + OpKoers + Achter + GeenMeting;
}
