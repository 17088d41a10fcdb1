using System.Globalization;

namespace ProgrammaPlanner.Documents;

/// <summary>The plan's status words, as the document shows them.</summary>
public static class PlanStatus
{
    public const string Concept = "concept";
    public const string TerBesluitvorming = "ter besluitvorming";
    public const string Vastgesteld = "vastgesteld";
    public static readonly IReadOnlyList<string> Alle = [Concept, TerBesluitvorming, Vastgesteld];
}

/// <summary>A board's decision recorded on a frozen version: listed on the signature page.</summary>
public sealed record PlanGoedkeuring(long PartnerId, string Besluit, string Wijze, string Door, DateOnly Datum, string Opmerking);

/// <summary>
/// Version and status of the printed plan. A frozen version (Planversies) also passes the decisions recorded so far.
/// </summary>
public sealed record PlanOpties(string Versie, string Status, DateOnly Datum)
{
    public IReadOnlyList<PlanGoedkeuring> Goedkeuringen { get; init; } = [];

    public static PlanOpties ConceptVan(DateOnly datum) =>
        new($"concept {datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", PlanStatus.Concept, datum);

    /// <summary>The CONCEPT watermark stays until the plan is vastgesteld.</summary>
    public bool Watermerk => Status != PlanStatus.Vastgesteld;
}
