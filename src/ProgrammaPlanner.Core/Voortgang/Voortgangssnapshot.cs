using System.Text.Json;
using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>
/// A frozen voortgangsrapportage: the <see cref="GetVoortgangsrapportage.Rapportage"/> read model as JSON with the number of
/// its format ("Formaat"), plus its SHA-256 (<see cref="Snapshot.Hash"/>). A test reads a stored snapshot committed under tests
/// and writes it back unchanged, so a renamed property cannot silently change how an approved report reads: bump the format.
/// </summary>
public static class Voortgangssnapshot
{
    /// <summary>The format written now. 1: the read model's property names as of migration 0008.</summary>
    public const int Formaat = 1;

    private const string FormaatVeld = "Formaat";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Serialize(GetVoortgangsrapportage.Rapportage r)
    {
        var root = JsonSerializer.SerializeToNode(r, Json)!.AsObject();
        root.Insert(0, FormaatVeld, Formaat);
        return root.ToJsonString(Json);
    }

    public static GetVoortgangsrapportage.Rapportage Deserialize(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("Lege momentopname van een voortgangsrapportage.");
        var formaat = root[FormaatVeld]?.GetValue<int>() ?? 0;
        return formaat switch
        {
            1 => root.Deserialize<GetVoortgangsrapportage.Rapportage>(Json)
                 ?? throw new InvalidOperationException("Lege momentopname van een voortgangsrapportage."),
            _ => throw new InvalidOperationException(
                $"Deze voortgangsrapportage is opgeslagen in formaat {formaat}; deze versie van ProgrammaPlanner kent formaat {Formaat} en ouder."),
        };
    }
}
