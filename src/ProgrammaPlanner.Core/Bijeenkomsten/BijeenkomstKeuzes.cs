namespace ProgrammaPlanner.Core.Bijeenkomsten;

// The value lists of this area (Keuzes.cs belongs to the foundation), stored as these Dutch words.

public static class BijeenkomstSoort
{
    public const string Dialoogtafel = "dialoogtafel";
    public const string Werkbijeenkomst = "werkbijeenkomst";
    public static readonly IReadOnlyList<string> Alle = [Dialoogtafel, Werkbijeenkomst];
}

public static class BijdrageSoort
{
    public static readonly IReadOnlyList<string> Alle = ["ambitie", "belang", "idee", "zorg"];
}

/// <summary>Derived, never stored: a reason means "niet overgenomen", a link means "overgenomen".</summary>
public static class BijdrageStatus
{
    public const string Open = "open";
    public const string Overgenomen = "overgenomen";
    public const string NietOvergenomen = "niet overgenomen";
}

public static class ActiepuntStatus
{
    public const string Open = "open";
    public static readonly IReadOnlyList<string> Alle = [Open, "in uitvoering", "afgerond", "vervallen"];
    public static readonly IReadOnlyList<string> Lopend = [Open, "in uitvoering"];
}

/// <summary>What a bijdrage can become.</summary>
public static class ElementSoort
{
    public const string Speerpunt = "speerpunt";
    public const string Doelstelling = "doelstelling";
    public const string Project = "project";
    public const string Ontwikkelopgave = "ontwikkelopgave";
    public const string Verhaal = "verhaal";
    public static readonly IReadOnlyList<string> Alle = [Speerpunt, Doelstelling, Project];

    /// <summary>Link table and element table per kind: constants, never user input, so safe to put in SQL.</summary>
    internal static (string Link, string Kolom, string Tabel) Tabellen(string soort) => soort switch
    {
        Speerpunt => ("bijdrage_speerpunt", "speerpunt_id", "speerpunt"),
        Doelstelling => ("bijdrage_doelstelling", "doelstelling_id", "doelstelling"),
        Project => ("bijdrage_project", "project_id", "project"),
        Ontwikkelopgave => ("bijdrage_ontwikkelopgave", "ontwikkelopgave_id", "ontwikkelopgave"),
        Verhaal => ("bijdrage_verhaal", "verhaal_id", "verhaal"),
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Onbekende soort element."),
    };
}

/// <summary>
/// A request of an anonymous participant on a phone. It has no programma membership to check: it is scoped by the
/// session's join code, and the handler refuses an unknown or closed code. The authorization behavior lets these
/// through without a signed-in user (and must not let anything else through that way).
/// </summary>
public interface IDeelnemerRequest
{
    string Code { get; }
}
