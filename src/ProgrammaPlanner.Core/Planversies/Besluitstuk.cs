namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// What the boards decide on: a version of the programmaplan, or a version of the voortgangsrapportage of one year.
/// Both are stored alike (a table with its <c>_partner</c> and <c>_besluit</c> tables, see migrations 0003 and 0008), so
/// the decisions (<see cref="Besluiten"/>) and the decision state (<see cref="VersieReader"/>) are written once for both.
/// </summary>
public sealed record Besluitstuk
{
    private Besluitstuk(string tabel, int? jaar) => (Tabel, Jaar) = (tabel, jaar);

    public static readonly Besluitstuk Plan = new("planversie", null);

    public static Besluitstuk Voortgang(int jaar) => new("voortgangsversie", jaar);

    /// <summary>One of two fixed table names (the constructor is private), so safe to put into SQL text.</summary>
    internal string Tabel { get; }

    /// <summary>The year of a voortgangsrapportage; null for the plan.</summary>
    public int? Jaar { get; }

    internal string Partners => $"{Tabel}_partner";
    internal string Besluiten => $"{Tabel}_besluit";
    internal string Sleutel => $"{Tabel}_id";
    /// <summary>The printed copies kept of a version (migration 0009).</summary>
    internal string Documenten => $"{Tabel}_document";
    /// <summary>The scanned signed pages of paper approvals (migration 0013).</summary>
    internal string Scans => $"{Tabel}_scan";

    /// <summary>The extra condition that picks the year's versions (of the table known as <paramref name="alias"/>); takes the parameter @Jaar.</summary>
    internal string JaarFilter(string alias = "") => Jaar is null ? "" : $" AND {alias}{(alias.Length > 0 ? "." : "")}jaar = @Jaar";

    /// <summary>"versie 2", "versie 1 van de voortgangsrapportage 2019".</summary>
    public string Naam(int nummer) => Jaar is null ? $"versie {nummer}" : $"versie {nummer} van de voortgangsrapportage {Jaar}";

    /// <summary><see cref="Naam"/> at the start of a sentence.</summary>
    public string Titel(int nummer) => "V" + Naam(nummer)[1..];
}
