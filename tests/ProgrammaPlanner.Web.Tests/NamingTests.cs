using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// The naming rule of the README: Dutch for the domain, English for the words of the trade. A type named with a Dutch
/// technical word ("SpeerpuntSectie", "PdfLezer") fails here; the slices' verbs are checked in the core's NamingTests.
/// </summary>
public partial class NamingTests
{
    /// <summary>Dutch words for things of the trade, and the English word the rule wants instead.</summary>
    private static readonly Dictionary<string, string> Vakwoorden = new(StringComparer.Ordinal)
    {
        ["Sectie"] = "Section", ["Formulier"] = "Form", ["Rij"] = "Row", ["Rijen"] = "Rows", ["Lijst"] = "List",
        ["Pagina"] = "Page", ["Bewerken"] = "Edit", ["Bouwer"] = "Builder", ["Lezer"] = "Reader", ["Stijlen"] = "Styles",
        ["Controles"] = "Checks", ["Zoeker"] = "Finder", ["Instellingen"] = "Settings", ["Weergave"] = "Display",
        ["Resultaat"] = "Result", ["Fout"] = "Error", ["Fouten"] = "Errors", ["Laad"] = "Load",
        ["Tabel"] = "Table", ["Tabellen"] = "Tables",
    };

    private static IEnumerable<Type> Types =>
        new[] { typeof(Core.Pipeline.ICommand<>), typeof(Documents.PlanOpties), typeof(Program), typeof(NamingTests) }
            .SelectMany(t => t.Assembly.GetTypes())
            .Where(t => !t.Name.StartsWith('<') && !t.Name.StartsWith("__", StringComparison.Ordinal));

    [Test]
    public void TypeNames_UseEnglishWordsOfTheTrade()
    {
        var wrong = Types
            .SelectMany(t => Words().Matches(t.Name).Select(w => w.Value).Where(Vakwoorden.ContainsKey)
                .Select(w => $"{t.FullName}: {w} → {Vakwoorden[w]}"))
            .Distinct()
            .ToList();

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>
    /// The test projects too (benchmarks included), read from their source: this project does not reference the others, and
    /// a type there is read by the next developer as much as one in src.
    /// </summary>
    [Test]
    public void TestTypeNames_UseEnglishWordsOfTheTrade()
    {
        var tests = Path.Combine(AppProcess.RepoRoot, "tests");
        var wrong = Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(tests, f).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
            .SelectMany(f => File.ReadLines(f)
                .Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .SelectMany(l => TypeDeclaration().Matches(l).Select(m => m.Groups["naam"].Value))
                .SelectMany(naam => Words().Matches(naam).Select(w => w.Value).Where(Vakwoorden.ContainsKey)
                    .Select(w => $"{Path.GetRelativePath(tests, f)}: {naam}: {w} → {Vakwoorden[w]}")))
            .Distinct()
            .ToList();

        Assert.That(wrong, Is.Empty);
    }

    [GeneratedRegex("[A-Z][a-z0-9]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:class\s+|struct\s+)?(?<naam>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
