namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Names of the tables that shared helpers put into SQL text. <see cref="ProgrammaCondition"/> accepts only these
/// constants, so a table name never comes from input.
/// </summary>
internal static class Tables
{
    public const string Actiepunt = "actiepunt";
    public const string Basisvoorwaarde = "basisvoorwaarde";
    public const string Besluit = "besluit";
    public const string Bijdrage = "bijdrage";
    public const string Bijeenkomst = "bijeenkomst";
    public const string Criterium = "criterium";
    public const string Doelstelling = "doelstelling";
    public const string Groepslid = "groepslid";
    public const string Maatwerkcasus = "maatwerkcasus";
    public const string EigenHoofdstuk = "eigen_hoofdstuk";
    public const string Mijlpaal = "mijlpaal";
    public const string Ontwikkelopgave = "ontwikkelopgave";
    public const string Orgaan = "orgaan";
    public const string Partner = "partner";
    public const string Programma = "programma";
    public const string Project = "project";
    public const string Puntenronde = "puntenronde";
    public const string Rapportage = "rapportage";
    public const string Rapportageronde = "rapportageronde";
    public const string Risico = "risico";
    public const string Speerpunt = "speerpunt";
    public const string Stelling = "stelling";
    public const string Stemronde = "stemronde";
    public const string Verbondsgroep = "verbondsgroep";
    public const string Verhaal = "verhaal";
    public const string Wijk = "wijk";

    /// <summary>The SQL condition that ties a row of <paramref name="table"/> to <c>@programmaId</c>.</summary>
    public static string ProgrammaCondition(string table) => table switch
    {
        Programma => "id = @programmaId",
        // Mijlpalen and risico's belong to a programma through their project.
        Mijlpaal or Risico => "project_id IN (SELECT p.id FROM project p WHERE p.programma_id = @programmaId)",
        // A member belongs to a programma through its Verbondsgroep.
        Groepslid => "verbondsgroep_id IN (SELECT g.id FROM verbondsgroep g WHERE g.programma_id = @programmaId)",
        // A rapportage belongs to a programma through its round.
        Rapportage => "ronde_id IN (SELECT r.id FROM rapportageronde r WHERE r.programma_id = @programmaId)",
        Actiepunt or Basisvoorwaarde or Besluit or Bijdrage or Bijeenkomst or Criterium or Doelstelling or EigenHoofdstuk or Orgaan or Partner
            or Project or Puntenronde or Rapportageronde or Speerpunt or Stelling or Stemronde or Wijk
            or Maatwerkcasus or Ontwikkelopgave or Verbondsgroep or Verhaal => "programma_id = @programmaId",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Geen tabel uit Tables."),
    };
}
