using System.Globalization;
using MudBlazor;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Web.Components.Pages.Planversies;

/// <summary>How versions, dates and decisions read on the planversie pages (nl-NL, Dutch local time).</summary>
public static class VersieWeergave
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Datum(DateOnly d) => d.ToString("d MMMM yyyy", Nl);

    public static string Tijdstip(DateTimeOffset utc)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var z) ? z : TimeZoneInfo.Local;
        return TimeZoneInfo.ConvertTime(utc, zone).ToString("d MMMM yyyy HH:mm", Nl);
    }

    /// <summary>Only the theme's dark colours: MudBlazor's success/warning/error fills fail AA contrast with white text.</summary>
    public static Color Kleur(string status) => status switch
    {
        PlanversieStatus.Vastgesteld or Core.Planversies.Besluit.Goedgekeurd or Vergelijker.Toegevoegd => Color.Primary,
        PlanversieStatus.Afgewezen or Vergelijker.Verwijderd => Color.Secondary,
        _ => Color.Default,
    };

    /// <summary>"1 van 3 partners akkoord"</summary>
    public static string Voortgang(Versie v) => $"{v.Goedgekeurd} van {v.Partners.Count} partners akkoord";

    public static string Besluit(PartnerBesluit p) => p.Besluit is null
        ? "nog geen besluit"
        : $"{p.Besluit} {p.Wijze} door {p.Door}" + (p.Datum is { } d ? $" op {Datum(d)}" : "");
}
