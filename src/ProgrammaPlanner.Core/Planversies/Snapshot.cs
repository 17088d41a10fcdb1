using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// A version's content: the programmaplan read model as JSON plus its SHA-256, so anyone can check later that
/// the text a board approved is the text that is stored.
/// </summary>
public static class Snapshot
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Serialize(GetProgrammaplan.Programmaplan plan) => JsonSerializer.Serialize(plan, Json);

    public static GetProgrammaplan.Programmaplan Deserialize(string json) =>
        JsonSerializer.Deserialize<GetProgrammaplan.Programmaplan>(json, Json)
        ?? throw new InvalidOperationException("Lege momentopname van een planversie.");

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
