namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Names of the tables that the shared helpers in this folder put into SQL text. A helper accepts only these
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
    public const string Mijlpaal = "mijlpaal";
    public const string Orgaan = "orgaan";
    public const string Partner = "partner";
    public const string Project = "project";
    public const string Risico = "risico";
    public const string Speerpunt = "speerpunt";
    public const string Stemronde = "stemronde";
    public const string Wijk = "wijk";
}
