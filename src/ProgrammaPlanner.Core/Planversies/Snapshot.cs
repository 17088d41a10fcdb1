using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// A version's content: the programmaplan read model as JSON plus its SHA-256, so anyone can check later that
/// the text a board approved is the text that is stored. The JSON names of the read model are pinned and the text
/// carries the number of its format ("Formaat"), so a version frozen years ago still reads as it was approved.
/// </summary>
public static class Snapshot
{
    /// <summary>
    /// The format written now. 1: the read model with its pinned names. Versions frozen before the number was stored
    /// have no "Formaat" and the same names: they are format 1.
    /// </summary>
    public const int Formaat = 1;

    private const string FormaatVeld = "Formaat";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Serialize(GetProgrammaplan.Programmaplan plan)
    {
        var root = JsonSerializer.SerializeToNode(plan, Json)!.AsObject();
        root.Insert(0, FormaatVeld, Formaat);
        return root.ToJsonString(Json);
    }

    public static GetProgrammaplan.Programmaplan Deserialize(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("Lege momentopname van een planversie.");
        var formaat = root[FormaatVeld]?.GetValue<int>() ?? 1;
        return formaat switch
        {
            1 => root.Deserialize<GetProgrammaplan.Programmaplan>(Json)
                 ?? throw new InvalidOperationException("Lege momentopname van een planversie."),
            _ => throw new InvalidOperationException(
                $"Deze planversie is opgeslagen in formaat {formaat}; deze versie van ProgrammaPlanner kent formaat {Formaat} en ouder."),
        };
    }

    /// <summary>
    /// Whether a stored version holds the same plan as <paramref name="json"/> (written now), also when it was stored in an
    /// older format whose text, and so whose hash, differs.
    /// </summary>
    public static bool IsSamePlan(string stored, string json) => Serialize(Deserialize(stored)) == json;

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
