using System.Text.Json;

namespace ProgrammaPlanner.Web.Components.Pages.Logboek;

/// <summary>The gist of what a logged command was about, read from its stored JSON summary.</summary>
public static class LogboekOnderwerp
{
    private static readonly string[] Kenmerken = ["Naam", "Titel", "Tekst", "Bron", "Status"];

    /// <summary>
    /// The name or text the command was about ("Civic Amsterdam"), or "" when the summary has none. A command that
    /// carries another (a bijdrage converted into a project) is about the name of what it carries.
    /// </summary>
    public static string Onderwerp(string samenvatting)
    {
        try
        {
            using var doc = JsonDocument.Parse(samenvatting);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "";
            var onderwerp = Kenmerk(root) ?? root.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Object)
                .Select(p => Kenmerk(p.Value))
                .FirstOrDefault(k => k is not null);
            return onderwerp is null ? "" : onderwerp.Length > 120 ? onderwerp[..117] + "…" : onderwerp;
        }
        catch (JsonException) { return ""; }
    }

    private static string? Kenmerk(JsonElement element) =>
        Kenmerken.Select(veld => element.TryGetProperty(veld, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(s => !string.IsNullOrEmpty(s));
}
