namespace ProgrammaPlanner.Core.Verhalen;

// The value lists of this area, stored as these Dutch words (the CHECKs of the verhaal tables hold the same).

/// <summary>The terrains of bestaanszekerheid a story is tagged with.</summary>
public static class Bestaanszekerheid
{
    public const string Wonen = "wonen";
    public const string Schulden = "schulden";
    public const string Inkomen = "inkomen";
    public const string Veiligheid = "veiligheid";
    public static readonly IReadOnlyList<string> Alle = [Wonen, Schulden, Inkomen, Veiligheid];
}

/// <summary>Who told the story: an Amsterdammer (stored as 'bewoner') or a professional.</summary>
public static class Verteller
{
    public const string Bewoner = "bewoner";
    public const string Professional = "professional";
    public static readonly IReadOnlyList<string> Alle = [Bewoner, Professional];

    /// <summary>What the screen says: the coalition speaks of Amsterdammers, not of bewoners.</summary>
    public static string Label(string verteller) => verteller == Bewoner ? "Amsterdammer" : "professional";
}
