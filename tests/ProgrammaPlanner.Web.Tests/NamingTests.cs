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

    [GeneratedRegex("[A-Z][a-z0-9]*")]
    private static partial Regex Words();
}
