using System.Globalization;
using ProgrammaPlanner.Core;

namespace ProgrammaPlanner.Web.Components.Pages.Programmas;

/// <summary>How money, dates and times read in the UI (nl-NL, Dutch local time).</summary>
public static class Weergave
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>€ 12.500,00</summary>
    public static string Euro(decimal bedrag) => bedrag.ToString("C2", Nl);

    /// <summary>1.250 (uren; decimals only when there are any)</summary>
    public static string Getal(decimal waarde) => waarde.ToString("#,##0.##", Nl);

    /// <summary>1 oktober 2017</summary>
    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    /// <summary>23 november 2026 19:05 in Dutch local time.</summary>
    public static string Tijdstip(DateTimeOffset utc) => Tijd.NaarLokaal(utc).ToString("d MMMM yyyy HH:mm", Nl);

    /// <summary>Today in the Netherlands.</summary>
    public static DateOnly Vandaag(TimeProvider clock) => DateOnly.FromDateTime(Tijd.NaarLokaal(clock.GetUtcNow()));
}
