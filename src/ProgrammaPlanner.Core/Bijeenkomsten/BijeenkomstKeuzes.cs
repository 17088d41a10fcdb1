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

/// <summary>What a bijdrage can become: an element of the plan, or (in a learning coalition) an ontwikkelopgave or a verhaal.</summary>
public static class ElementSoort
{
    public const string Speerpunt = "speerpunt";
    public const string Doelstelling = "doelstelling";
    public const string Project = "project";
    public const string Ontwikkelopgave = "ontwikkelopgave";
    public const string Verhaal = "verhaal";
    public static readonly IReadOnlyList<string> Alle = [Speerpunt, Doelstelling, Project, Ontwikkelopgave, Verhaal];
    /// <summary>The kinds that are part of the programmaplan itself.</summary>
    public static readonly IReadOnlyList<string> Plan = [Speerpunt, Doelstelling, Project];
    public const string Keuzetekst = "speerpunt, doelstelling, project, ontwikkelopgave of verhaal";

    /// <summary>Link table, its element column, the element table, and the element's name and status columns per kind:
    /// constants, never user input, so safe to put in SQL.</summary>
    private static readonly IReadOnlyList<(string Soort, string Link, string Kolom, string Tabel, string Naam, string Status)> Koppelingen =
    [
        (Speerpunt, "bijdrage_speerpunt", "speerpunt_id", "speerpunt", "naam", "''"),
        (Doelstelling, "bijdrage_doelstelling", "doelstelling_id", "doelstelling", "naam", "''"),
        (Project, "bijdrage_project", "project_id", "project", "naam", "e.status"),
        (Ontwikkelopgave, "bijdrage_ontwikkelopgave", "ontwikkelopgave_id", "ontwikkelopgave", "titel", "e.status"),
        (Verhaal, "bijdrage_verhaal", "verhaal_id", "verhaal", "titel", "''"),
    ];

    internal static (string Link, string Kolom, string Tabel) Tabellen(string soort) =>
        Koppelingen.FirstOrDefault(k => k.Soort == soort) is { Link: not null } k
            ? (k.Link, k.Kolom, k.Tabel)
            : throw new ArgumentOutOfRangeException(nameof(soort), soort, "Onbekende soort element.");

    /// <summary>
    /// SQL: one row (bijdrage_id, soort, id, naam, status) per element a bijdrage b became, for the bijdragen that
    /// <paramref name="bijdrageFilter"/> (a condition over b) selects.
    /// </summary>
    internal static string ElementenSql(string bijdrageFilter) => string.Join("\nUNION ALL\n", Koppelingen.Select(k =>
        $"SELECT l.bijdrage_id, '{k.Soort}' AS soort, e.id, e.{k.Naam} AS naam, {k.Status} AS status FROM {k.Link} l " +
        $"JOIN {k.Tabel} e ON e.id = l.{k.Kolom} JOIN bijdrage b ON b.id = l.bijdrage_id WHERE {bijdrageFilter}"));

    /// <summary>SQL over bijdrage b: it is linked to an element of any kind.</summary>
    internal static readonly string GekoppeldSql =
        "(" + string.Join(" OR ", Koppelingen.Select(k => $"EXISTS (SELECT 1 FROM {k.Link} x WHERE x.bijdrage_id = b.id)")) + ")";

    /// <summary>SQL that moves every link of bijdrage @BronId to @DoelId (a merge).</summary>
    internal static readonly string VerplaatsSql = string.Concat(Koppelingen.Select(k =>
        $"INSERT INTO {k.Link} (bijdrage_id, {k.Kolom}) SELECT @DoelId, {k.Kolom} FROM {k.Link} WHERE bijdrage_id = @BronId ON CONFLICT DO NOTHING;\n" +
        $"DELETE FROM {k.Link} WHERE bijdrage_id = @BronId;\n"));
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
