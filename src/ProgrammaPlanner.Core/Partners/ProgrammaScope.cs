using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Partners;

/// <summary>Small helpers shared by the Partners, Wijken, Speerpunten and Samenwerking slices.</summary>
internal static class ProgrammaScope
{
    public static NotFoundException ProgrammaNotFound() => new("Dit programma bestaat niet (meer).");

    /// <summary>"'A', 'B' en 'C'" for a refusal message.</summary>
    public static string Opsomming(IEnumerable<string> namen) => Reeks(namen.Select(n => $"'{n}'"));

    /// <summary>"a, b en c".</summary>
    public static string Reeks(IEnumerable<string> delen)
    {
        var q = delen.ToList();
        return q.Count <= 1 ? string.Concat(q) : $"{string.Join(", ", q[..^1])} en {q[^1]}";
    }
}
