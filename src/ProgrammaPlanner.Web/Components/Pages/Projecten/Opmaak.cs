using System.Globalization;

namespace ProgrammaPlanner.Web.Components.Pages.Projecten;

/// <summary>Dutch display of money, numbers and dates (UI-CONVENTIONS rule 2), for the speerpunten, doelstellingen and projecten pages.</summary>
public static class Opmaak
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>€ 12.500,00</summary>
    public static string Euro(decimal bedrag) => bedrag.ToString("C2", Nl);

    /// <summary>1.250,5 (no trailing zeros)</summary>
    public static string Getal(decimal waarde) => waarde.ToString("#,##0.##", Nl);

    /// <summary>1 oktober 2017</summary>
    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    public static string Periode(DateOnly start, DateOnly eind) => $"{Datum(start)} – {Datum(eind)}";

    public static DateOnly? AlsDatum(DateTime? d) => d is { } x ? DateOnly.FromDateTime(x) : null;

    public static DateTime AlsDateTime(DateOnly d) => d.ToDateTime(TimeOnly.MinValue);
}
