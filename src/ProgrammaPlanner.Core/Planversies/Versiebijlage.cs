using System.Text.Json;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Prioritering;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// What the plan's appendix "herkomst en prioritering" shows, as it was when the version was frozen: kept with the snapshot, so every
/// printed copy of the version (also the vastgesteld one, printed weeks later) carries the appendix the boards received.
/// </summary>
public sealed record Versiebijlage
{
    public GetPlanHerkomst.PlanHerkomst Herkomst { get; init; } = new();
    public GetPrioritering.Prioritering Prioritering { get; init; } = new();

    // Fields too: a ranking's score per partner is a list of tuples.
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null for a version frozen before the appendix was kept with it.</summary>
    public static Versiebijlage? Deserialize(string? json) => json is null ? null : JsonSerializer.Deserialize<Versiebijlage>(json, Json);
}
