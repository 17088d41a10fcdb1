using System.Reflection;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>
/// What the audit log stores for a command (<see cref="Naam"/>) and what the logboek shows for it (<see cref="Label"/>).
/// The name is data: it stays the same when the class is renamed, so old rows keep their meaning. Every command has one
/// (a test enforces it).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LogboekAttribute(string naam, string label) : Attribute
{
    public string Naam { get; } = naam;
    public string Label { get; } = label;

    private static readonly Dictionary<string, string> Labels = typeof(LogboekAttribute).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<LogboekAttribute>())
        .OfType<LogboekAttribute>()
        .ToDictionary(a => a.Naam, a => a.Label, StringComparer.Ordinal);

    /// <summary>The stored name of a command type.</summary>
    public static string NaamVan(Type commandType) =>
        commandType.GetCustomAttribute<LogboekAttribute>()?.Naam
        ?? throw new InvalidOperationException($"{commandType.FullName} heeft geen [Logboek]-naam.");

    /// <summary>The Dutch label for a stored name; a name no command carries any more is shown as stored.</summary>
    public static string LabelVan(string naam) => Labels.GetValueOrDefault(naam, naam);
}
