using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Programmaplan;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Sections;

/// <summary>
/// One table of the Financiën chapter as text: the HTML (Begrotingstabel.razor) and the DOCX (PlanDocx) both print these
/// cells, so the two formats carry the same words. The first column names the row; the others are right-aligned figures.
/// </summary>
public sealed record Financientabel(string Naam, string Bijschrift, IReadOnlyList<string> Kop, IReadOnlyList<Financientabel.Row> Rows,
    Financientabel.Row? Totaal)
{
    /// <summary>One row: its name and its figure cells (already formatted: an amount, "–", "alleen uren", hours).</summary>
    public sealed record Row(string Naam, IReadOnlyList<string> Cellen);
}

/// <summary>
/// The tables and sentences of the Financiën chapter, built from the read model's exact sums. Display rules: whole euros
/// (cents only when an amount of the table has any, then for the whole table so the columns line up), "–" for an empty
/// cell, "alleen uren" where a row has hours but no euro's (never "€ 0"), hours as "1.250 uur" in the dekking.
/// </summary>
public static class Financientabellen
{
    public const string Leeg = "–";
    public const string AlleenUren = "alleen uren";

    /// <summary>False for a version frozen before the dekking was part of the read model: its plan shows the inzet tables only.</summary>
    public static bool HeeftDekking(Plan.Financien f) => f.DekkingPerJaar.Count > 0;

    /// <summary>The opening sentence of the chapter.</summary>
    public static string Inleiding(Plan.Financien f)
    {
        var jaren = string.Join(", ", f.Jaren);
        if (!HeeftDekking(f))
            return $"De partners zetten samen {Opmaak.Bedrag(f.TotaalEuro)} en {Opmaak.Uren(f.TotaalUren)} uur in over de jaren {jaren}.";
        var d = f.Dekking;
        var natura = d.InNaturaUren == 0 ? ""
            : d.OngewaardeerdeUren == d.InNaturaUren
                ? $" Daarnaast zetten ze {Opmaak.Uren(d.InNaturaUren)} uur in natura in, zonder afgesproken uurtarief."
                : $" Daarin zit {Opmaak.Uren(d.InNaturaUren - d.OngewaardeerdeUren)} uur in natura, gewaardeerd tegen het uurtarief van elke partner."
                  + (d.OngewaardeerdeUren > 0
                      ? $" {Opmaak.Uren(d.OngewaardeerdeUren)} uur in natura heeft geen afgesproken uurtarief en staat alleen als uren."
                      : "");
        string[] bronnen =
        [
            .. d.Subsidie > 0 ? [$"{Opmaak.Bedrag(d.Subsidie)} subsidie"] : Array.Empty<string>(),
            .. d.EigenMiddelen > 0 ? [$"{Opmaak.Bedrag(d.EigenMiddelen)} eigen middelen"] : Array.Empty<string>(),
            .. d.InNatura > 0 ? [$"{Opmaak.Bedrag(d.InNatura)} in natura"] : Array.Empty<string>(),
        ];
        var dekking = bronnen.Length == 0 ? $"De partners hebben over de jaren {jaren} nog geen euro's begroot."
            : bronnen.Length == 1 ? $"De dekking van het programma over de jaren {jaren} is {bronnen[0]}."
            : $"De dekking van het programma over de jaren {jaren} is {Opmaak.Bedrag(d.Totaal)}: " +
              $"{string.Join(", ", bronnen[..^1])} en {bronnen[^1]}.";
        return dekking + natura + (d.Uren > 0 ? $" In totaal zetten de partners {Opmaak.Uren(d.Uren)} uur in." : "");
    }

    /// <summary>Dekking per bron per jaar: subsidie, eigen middelen, in natura (valued), and a row of unvalued hours when there are any.</summary>
    public static Financientabel PerBron(Plan.Financien f)
    {
        var jaren = f.DekkingPerJaar;
        var centen = jaren.Any(j => Opmaak.HeeftCenten(j.Subsidie) || Opmaak.HeeftCenten(j.EigenMiddelen) || Opmaak.HeeftCenten(j.InNatura));
        Financientabel.Row Row(string naam, Func<Begroting.Dekking, decimal> euro, Func<Begroting.Dekking, decimal> uren) =>
            new(naam, [.. jaren.Select(j => Euro(euro(j), uren(j), centen, perJaar: true)), Euro(euro(f.Dekking), uren(f.Dekking), centen)]);
        List<Financientabel.Row> rijen =
        [
            Row("Subsidie", d => d.Subsidie, d => 0),
            Row("Eigen middelen", d => d.EigenMiddelen, d => 0),
            Row("In natura", d => d.InNatura, d => d.InNatura == 0 ? d.InNaturaUren : 0),
        ];
        if (f.Dekking.OngewaardeerdeUren > 0)
            rijen.Add(new("In natura zonder uurtarief", [.. jaren.Select(j => Uur(j.OngewaardeerdeUren)), Uur(f.Dekking.OngewaardeerdeUren)]));
        return new("bron", "Dekking per bron per jaar; uren in natura gewaardeerd tegen het afgesproken uurtarief",
            ["Bron", .. f.Jaren.Select(j => j.ToString(Opmaak.Nl)), "Totaal"], rijen,
            new("Totaal", [.. jaren.Select(j => Euro(j.Totaal, 0, centen, perJaar: true)), Euro(f.Dekking.Totaal, 0, centen)]));
    }

    /// <summary>Dekking per financier over the whole period: per partner what it brings in, by bron.</summary>
    public static Financientabel PerFinancier(Plan.Financien f)
    {
        var centen = f.PerFinancier.Any(x => Opmaak.HeeftCenten(x.Totaal.Subsidie) || Opmaak.HeeftCenten(x.Totaal.EigenMiddelen)
                                             || Opmaak.HeeftCenten(x.Totaal.InNatura));
        string[] Cellen(Begroting.Dekking d) =>
        [
            Euro(d.Subsidie, 0, centen), Euro(d.EigenMiddelen, 0, centen), Euro(d.InNatura, d.InNaturaUren, centen),
            Euro(d.Totaal, d.Uren, centen),
        ];
        return new("financier", "Dekking per financier (de partner die de middelen inbrengt) over de hele looptijd",
            ["Financier", "Subsidie", "Eigen middelen", "In natura", "Totaal"],
            f.PerFinancier.Select(x => new Financientabel.Row(x.Rol == PartnerRol.Partner ? x.Naam : $"{x.Naam} ({x.Rol})", Cellen(x.Totaal))).ToList(),
            new("Totaal", Cellen(f.Dekking)));
    }

    /// <summary>The rule behind <see cref="PerFinancier"/>, printed under the table.</summary>
    public const string FinancierRegel =
        "Financier is de partner die de middelen inbrengt: eigen middelen en inzet in natura betaalt de partner zelf, subsidie brengt " +
        "de partner in uit de eigen beschikking. Partners met de rol financier staan bovenaan, daarna de penvoerder.";

    public static Financientabel InzetPerPartner(Plan.Financien f) => Inzet(f, f.PerPartner, "Partner", "partner",
        "Inzet per partner per jaar in euro's zoals begroot (zonder de waarde van uren in natura), en de uren over de hele looptijd");

    public static Financientabel InzetPerProject(Plan.Financien f) => Inzet(f, f.PerProject, "Project", "project",
        "Inzet per project per jaar in euro's zoals begroot (zonder de waarde van uren in natura), en de uren over de hele looptijd");

    /// <summary>Inzet per partner or per project: euro's per year as entered, the row total and the hours.</summary>
    private static Financientabel Inzet(Plan.Financien f, IReadOnlyList<Begroting.Regel> regels, string soort, string naam, string bijschrift)
    {
        var centen = regels.Any(r => Opmaak.HeeftCenten(r.TotaalEuro) || r.PerJaar.Any(j => Opmaak.HeeftCenten(j.Euro)));
        Financientabel.Row Row(string rij, IReadOnlyList<Begroting.Jaarbedrag> perJaar, decimal euro, decimal uren) =>
            new(rij, [.. f.Jaren.Select(j => perJaar.FirstOrDefault(x => x.Jaar == j) is { } x ? Euro(x.Euro, x.Uren, centen, perJaar: true) : Leeg),
                Euro(euro, uren, centen), Uren(uren)]);
        return new(naam, bijschrift, [soort, .. f.Jaren.Select(j => j.ToString(Opmaak.Nl)), "Totaal", "Uren"],
            regels.Select(r => Row(r.Naam, r.PerJaar, r.TotaalEuro, r.TotaalUren)).ToList(),
            Row("Totaal", f.PerJaar, f.TotaalEuro, f.TotaalUren));
    }

    /// <summary>Hours per partner per year (every soort), the partner's uurtarief and the value of its hours in natura.</summary>
    public static Financientabel UrenPerJaar(Plan.Programmaplan plan)
    {
        var f = plan.Financien;
        var perPartner = f.PerFinancier.ToDictionary(x => x.Id);
        var centen = f.PerFinancier.Any(x => Opmaak.HeeftCenten(x.Totaal.InNaturaGewaardeerd) || (x.Uurtarief is { } t && Opmaak.HeeftCenten(t)));
        string Waarde(Begroting.Dekking d) =>
            d.InNaturaGewaardeerd > 0 ? Opmaak.Bedrag(d.InNaturaGewaardeerd, centen)
            : d.OngewaardeerdeUren > 0 ? "niet gewaardeerd"
            : Leeg;
        Financientabel.Row Row(string naam, string tarief, IReadOnlyList<Begroting.Dekking> jaren, Begroting.Dekking totaal) =>
            new(naam, [tarief, .. jaren.Select(j => Uren(j.Uren)), Uren(totaal.Uren), Waarde(totaal)]);
        var rijen = plan.Partners.Where(p => perPartner.ContainsKey(p.Id)).Select(p => perPartner[p.Id])
            .Select(x => Row(x.Naam, x.Uurtarief is { } t ? Opmaak.Bedrag(t, centen) : "geen", x.PerJaar, x.Totaal)).ToList();
        return new("uren", "Uren per partner per jaar (alle soorten inzet), het afgesproken uurtarief en de waarde van de uren in natura",
            ["Partner", "Uurtarief", .. f.Jaren.Select(j => j.ToString(Opmaak.Nl)), "Totaal", "Waarde in natura"], rijen,
            Row("Totaal", "", f.DekkingPerJaar, f.Dekking));
    }

    /// <summary>
    /// An amount, or "–" when there is nothing, or "alleen uren" when there are hours but no euro's. A year cell shows "–" for
    /// hours only: the row's total says "alleen uren" once instead of in every year.
    /// </summary>
    private static string Euro(decimal euro, decimal uren, bool centen, bool perJaar = false) =>
        euro != 0 ? Opmaak.Bedrag(euro, centen) : uren != 0 && !perJaar ? AlleenUren : Leeg;

    /// <summary>
    /// A total inzet in one line outside the tables (the plan in short, a project): "€ 96.000 en 2.480 uur", "€ 96.000", "alleen uren:
    /// 2.480 uur" or "–", by the rule of the tables (whole euros unless the amount has cents, never "€ 0").
    /// </summary>
    public static string Inzet(decimal euro, decimal uren) => (euro, uren) switch
    {
        (0, 0) => Leeg,
        (0, _) => $"{AlleenUren}: {Uur(uren)}",
        (_, 0) => Opmaak.Bedrag(euro),
        _ => $"{Opmaak.Bedrag(euro)} en {Uur(uren)}",
    };

    private static string Uren(decimal uren) => uren != 0 ? Opmaak.Uren(uren) : Leeg;

    private static string Uur(decimal uren) => uren != 0 ? $"{Opmaak.Uren(uren)} uur" : Leeg;
}
