namespace ProgrammaPlanner.Core.Planversies;

// The words of besluitvorming, stored as these lower-case Dutch strings (like Keuzes.cs).

/// <summary>The decision state of a frozen version. The live data is the concept; it has no row.</summary>
public static class PlanversieStatus
{
    public const string Concept = "concept";
    public const string TerBesluitvorming = "ter besluitvorming";
    public const string Afgewezen = "afgewezen";
    public const string Vastgesteld = "vastgesteld";
    /// <summary>A newer version was put up for decision before this one was decided.</summary>
    public const string Vervangen = "vervangen";
}

public static class Besluit
{
    public const string Goedgekeurd = "goedgekeurd";
    public const string Afgewezen = "afgewezen";
}

public static class BesluitWijze
{
    public const string InDeApp = "in de app";
    public const string OpPapier = "op papier";
}
