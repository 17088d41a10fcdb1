namespace ProgrammaPlanner.Core;

// The fixed value lists of the domain, stored as these lower-case Dutch words.
// Strings, not enums: they read the same in the database, the JSON samples and the UI.

public static class Fase
{
    public const string Ontwikkelfase = "ontwikkelfase";
    public const string Implementatiefase = "implementatiefase";
    public const string Optimalisatiefase = "optimalisatiefase";
    public static readonly IReadOnlyList<string> Alle = [Ontwikkelfase, Implementatiefase, Optimalisatiefase];
}

public static class PartnerSoort
{
    public static readonly IReadOnlyList<string> Alle =
        ["welzijn", "zorg", "wonen", "gemeente/stadsdeel", "onderwijs", "informeel/vrijwilligers", "bewoners"];
}

public static class PartnerRol
{
    public const string Penvoerder = "penvoerder";
    public const string Partner = "partner";
    public const string Financier = "financier";
    public static readonly IReadOnlyList<string> Alle = [Penvoerder, Partner, Financier];
}

public static class ProjectStatus
{
    public static readonly IReadOnlyList<string> Alle = ["idee", "in voorbereiding", "lopend", "afgerond", "gestopt"];
}

public static class MijlpaalStatus
{
    public static readonly IReadOnlyList<string> Alle = ["gepland", "gehaald", "vertraagd", "vervallen"];
}

public static class RisicoNiveau
{
    public static readonly IReadOnlyList<string> Alle = ["laag", "middel", "hoog"];
}

public static class InzetSoort
{
    public static readonly IReadOnlyList<string> Alle = ["subsidie", "eigen middelen", "in natura"];
}

public static class Meetfrequentie
{
    public static readonly IReadOnlyList<string> Alle = ["maandelijks", "per kwartaal", "halfjaarlijks", "jaarlijks", "eenmalig"];
}

/// <summary>A user's role in one programma (see Pipeline/Toegang.cs for what each may do).</summary>
public static class ProgrammaRol
{
    public const string Facilitator = "facilitator";
    public const string Redacteur = "redacteur";
    public const string Bestuurder = "bestuurder";
    public const string Lezer = "lezer";
    public static readonly IReadOnlyList<string> Alle = [Facilitator, Redacteur, Bestuurder, Lezer];
}
