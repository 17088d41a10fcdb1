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
    public const string Adviseur = "adviseur";
    public static readonly IReadOnlyList<string> Alle = [Penvoerder, Partner, Financier, Adviseur];

    /// <summary>
    /// Whether a partner signs (approves) the plan and its voortgangsrapportage: a penvoerder or partner always; a financier or
    /// adviseur only when the facilitator says so (<paramref name="tekentToch"/>).
    /// </summary>
    public static bool Tekent(string rol, bool tekentToch) => TekentAltijd(rol) || tekentToch;

    /// <summary>A penvoerder or partner signs whatever is set; for the other roles signing is the facilitator's choice.</summary>
    public static bool TekentAltijd(string rol) => rol is Penvoerder or Partner;
}

public static class ProjectStatus
{
    public static readonly IReadOnlyList<string> Alle = ["idee", "in voorbereiding", "lopend", "afgerond", "gestopt"];
}

public static class MijlpaalStatus
{
    public const string Vertraagd = "vertraagd";
    public static readonly IReadOnlyList<string> Alle = ["gepland", "gehaald", Vertraagd, "vervallen"];
}

/// <summary>How a project fared in one year (besides <see cref="ProjectStatus"/>, where it stands now).</summary>
public static class ProjectJaarstatus
{
    public const string OpSchema = "op schema";
    public const string Vertraagd = "vertraagd";
    public const string Afgerond = "afgerond";
    public const string Gestopt = "gestopt";
    public static readonly IReadOnlyList<string> Alle = [OpSchema, Vertraagd, Afgerond, Gestopt];
}

/// <summary>Where a doelstelling stands against its streefwaarde in a year (see Stand/Standregel.cs for the rule).</summary>
public static class StandStatus
{
    public const string Behaald = "behaald";
    public const string OpKoers = "op koers";
    public const string Achter = "achter";
    public const string GeenMeting = "geen meting";
    public static readonly IReadOnlyList<string> Alle = [Behaald, OpKoers, Achter, GeenMeting];
}

/// <summary>A partner's rapportage in a yearly round: open (concept) → ingediend → teruggestuurd or geaccepteerd.</summary>
public static class RapportageStatus
{
    public const string Open = "open";
    public const string Ingediend = "ingediend";
    public const string Teruggestuurd = "teruggestuurd";
    public const string Geaccepteerd = "geaccepteerd";
    public static readonly IReadOnlyList<string> Alle = [Open, Ingediend, Teruggestuurd, Geaccepteerd];
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
