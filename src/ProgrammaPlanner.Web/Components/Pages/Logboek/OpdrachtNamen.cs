using System.Text.Json;
using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Web.Components.Pages.Logboek;

/// <summary>Readable Dutch for the audit log: "CreateProject" → "Project aangemaakt", and the gist of what was sent.</summary>
public static partial class OpdrachtNamen
{
    private static readonly Dictionary<string, string> Bekend = new(StringComparer.Ordinal)
    {
        ["CreateProgramma"] = "Programma aangemaakt", ["UpdateProgramma"] = "Programma gewijzigd", ["ImportProgramma"] = "Programma geïmporteerd",
        ["AddPartner"] = "Partner toegevoegd", ["UpdatePartner"] = "Partner gewijzigd", ["RemovePartner"] = "Partner verwijderd",
        ["AddWijk"] = "Wijk toegevoegd", ["RenameWijk"] = "Wijk hernoemd", ["DeleteWijk"] = "Wijk verwijderd",
        ["CreateSpeerpunt"] = "Speerpunt aangemaakt", ["UpdateSpeerpunt"] = "Speerpunt gewijzigd", ["DeleteSpeerpunt"] = "Speerpunt verwijderd",
        ["ReorderSpeerpunten"] = "Volgorde van de speerpunten gewijzigd",
        ["CreateDoelstelling"] = "Doelstelling aangemaakt", ["UpdateDoelstelling"] = "Doelstelling gewijzigd", ["DeleteDoelstelling"] = "Doelstelling verwijderd",
        ["SetRealisatie"] = "Realisatie vastgelegd",
        ["CreateProject"] = "Project aangemaakt", ["UpdateProject"] = "Project gewijzigd", ["DeleteProject"] = "Project verwijderd",
        ["SetProjectStatus"] = "Projectstatus gewijzigd", ["SetInzet"] = "Inzet gewijzigd",
        ["SaveMijlpaal"] = "Mijlpaal opgeslagen", ["DeleteMijlpaal"] = "Mijlpaal verwijderd",
        ["SaveRisico"] = "Risico opgeslagen", ["DeleteRisico"] = "Risico verwijderd",
        ["AddBasisvoorwaarde"] = "Basisvoorwaarde toegevoegd", ["UpdateBasisvoorwaarde"] = "Basisvoorwaarde gewijzigd",
        ["DeleteBasisvoorwaarde"] = "Basisvoorwaarde verwijderd", ["ReorderBasisvoorwaarden"] = "Volgorde van de basisvoorwaarden gewijzigd",
        ["SaveOrgaan"] = "Orgaan opgeslagen", ["DeleteOrgaan"] = "Orgaan verwijderd",
    };

    private static readonly Dictionary<string, string> Werkwoorden = new(StringComparer.Ordinal)
    {
        ["Create"] = "aangemaakt", ["Add"] = "toegevoegd", ["Update"] = "gewijzigd", ["Save"] = "opgeslagen", ["Set"] = "vastgelegd",
        ["Delete"] = "verwijderd", ["Remove"] = "verwijderd", ["Rename"] = "hernoemd", ["Reorder"] = "volgorde gewijzigd",
        ["Import"] = "geïmporteerd", ["Freeze"] = "vastgezet", ["Approve"] = "goedgekeurd",
    };

    /// <summary>A known command's Dutch name; otherwise "Bijeenkomst aangemaakt" from "CreateBijeenkomst"; otherwise the name itself.</summary>
    public static string Naam(string opdracht)
    {
        if (Bekend.TryGetValue(opdracht, out var naam)) return naam;
        var m = Splits().Match(opdracht);
        if (m.Success && Werkwoorden.TryGetValue(m.Groups[1].Value, out var werkwoord))
            return $"{m.Groups[2].Value} {werkwoord}";
        return opdracht;
    }

    private static readonly string[] Kenmerken = ["Naam", "Titel", "Tekst", "Bron", "Status"];

    /// <summary>The name or text the command was about ("Naam: Civic Amsterdam"), or "" when the summary has none.</summary>
    public static string Onderwerp(string samenvatting)
    {
        try
        {
            using var doc = JsonDocument.Parse(samenvatting);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return "";
            foreach (var veld in Kenmerken)
                if (doc.RootElement.TryGetProperty(veld, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s)
                    return s.Length > 120 ? s[..117] + "…" : s;
        }
        catch (JsonException) { }
        return "";
    }

    [GeneratedRegex("^(Create|Add|Update|Save|Set|Delete|Remove|Rename|Reorder|Import|Freeze|Approve)([A-Z].*)$")]
    private static partial Regex Splits();
}
