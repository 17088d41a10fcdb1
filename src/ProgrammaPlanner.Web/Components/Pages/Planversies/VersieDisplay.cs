using MudBlazor;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents;

namespace ProgrammaPlanner.Web.Components.Pages.Planversies;

/// <summary>How versions and decisions read on the planversie pages; dates and numbers come from <see cref="Opmaak"/>.</summary>
public static class VersieDisplay
{
    /// <summary>Only the theme's dark colours: MudBlazor's success/warning/error fills fail AA contrast with white text.</summary>
    public static Color Kleur(string status) => status switch
    {
        PlanversieStatus.Vastgesteld or Core.Planversies.Besluit.Goedgekeurd or Vergelijker.Toegevoegd => Color.Primary,
        PlanversieStatus.Afgewezen or Vergelijker.Verwijderd => Color.Secondary,
        _ => Color.Default,
    };

    /// <summary>The page of version <paramref name="nummer"/> of a plan or of a year's voortgangsrapportage.</summary>
    public static string Href(long programmaId, Besluitstuk stuk, int nummer) => stuk.Jaar is { } jaar
        ? $"programmas/{programmaId}/voortgang/{jaar}/versies/{nummer}"
        : $"programmas/{programmaId}/versies/{nummer}";

    /// <summary>"1 van 3 partners akkoord"</summary>
    public static string Voortgang(Versie v) => $"{v.Goedgekeurd} van {v.Partners.Count} partners akkoord";

    public static string Besluit(PartnerBesluit p) => p.Besluit is null
        ? "nog geen besluit"
        : $"{p.Besluit} {p.Wijze} door {p.Door}" + (p.Datum is { } d ? $" op {Opmaak.Datum(d)}" : "");
}
