using System.Text.Json;

namespace ProgrammaPlanner.Web.Components.Pages.Logboek;

/// <summary>The gist of what a logged command was about, read from its stored JSON summary.</summary>
public static class LogboekOnderwerp
{
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
}
