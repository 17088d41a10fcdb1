using System.Reflection;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Tests.Gebruikers;

namespace ProgrammaPlanner.Core.Tests.Pipeline;

/// <summary>
/// The naming rule of the README ("Design notes"): a slice is an English verb over a Dutch noun, in a file of its own
/// name in its area's folder, and every command carries the name the audit log stores for it.
/// </summary>
public class NamingTests
{
    private static readonly string[] Werkwoorden =
    [
        "Accept", "Add", "Approve", "Cast", "Change", "Close", "Cluster", "Compare", "Convert", "Create", "Delete", "End",
        "Export", "Freeze", "Get", "Hide", "Import", "Invite", "Join", "Link", "List", "Merge", "Open", "Record", "Reject", "Remove",
        "Rename", "Reorder", "Reset", "Retry", "Return", "Revoke", "Save", "Set", "Show", "Sign", "Submit", "Unlink", "Unlock", "Update",
        "Withdraw",
    ];

    private static IEnumerable<Type> Slices => Requests.Alle.Select(t => t.DeclaringType!).Distinct();

    [TestCaseSource(nameof(Slices))]
    public void Slice_IsAnEnglishVerbOverADutchNoun_InItsOwnFile(Type slice)
    {
        Assert.That(Werkwoorden.Any(w => slice.Name.StartsWith(w, StringComparison.Ordinal) && slice.Name.Length > w.Length
            && char.IsUpper(slice.Name[w.Length])), Is.True, $"{slice.Name} does not start with one of the verbs {string.Join(", ", Werkwoorden)}");

        var area = slice.Namespace!.Split('.').Last();
        var file = Path.Combine(RepoRoot, "src", "ProgrammaPlanner.Core", area, slice.Name + ".cs");
        Assert.That(File.Exists(file), Is.True, $"{slice.FullName} should live in src/ProgrammaPlanner.Core/{area}/{slice.Name}.cs");
    }

    [Test]
    public void EveryCommand_HasAUniqueLogboekNameAndADutchLabel()
    {
        var commands = Requests.Alle.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)));
        var namen = commands.Select(t => (Type: t, Logboek: t.GetCustomAttribute<LogboekAttribute>())).ToList();

        Assert.That(namen.Where(n => n.Logboek is null).Select(n => Requests.Naam(n.Type)), Is.Empty, "commands without [Logboek]");
        Assert.That(namen.GroupBy(n => n.Logboek!.Naam).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "stored names used twice");
        Assert.That(namen.Where(n => string.IsNullOrWhiteSpace(n.Logboek!.Label) || n.Logboek.Label == n.Logboek.Naam)
            .Select(n => Requests.Naam(n.Type)), Is.Empty, "labels missing");
    }

    private static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProgrammaPlanner.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ProgrammaPlanner.sln not found above the test folder");
        }
    }
}
