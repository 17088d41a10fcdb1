using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// The UI's length limits come from the core's <c>Tekstgrenzen</c>, the same limits the commands check: every text field
/// has one, and no page writes a number of its own that could drift from the command's.
/// </summary>
public partial class TekstgrenzenTests
{
    /// <summary>Fields that show their limit but let more be typed, and why.</summary>
    private static readonly Dictionary<string, string> Uitgezonderd = new(StringComparer.Ordinal)
    {
        ["Components/Pages/Bijeenkomsten/BijdrageForm.razor: <textarea"] =
            "a participant who pastes a longer bijdrage on a phone is told how much too long it is instead of losing the end silently; "
            + "the hint above it shows Tekstgrenzen.KorteTekst and the core refuses more",
        ["Components/Pages/Bijeenkomsten/MijnBijdragen.razor: <textarea"] = "the same bijdrage, changed on the phone: the same reason",
    };

    private static IEnumerable<string> RazorFiles() =>
        Directory.GetFiles(Path.Combine(AppProcess.WebProjectFolder, "Components"), "*.razor", SearchOption.AllDirectories).Order();

    private static string Naam(string file) => Path.GetRelativePath(AppProcess.WebProjectFolder, file).Replace('\\', '/');

    [Test]
    public void EveryTextField_HasItsLimitFromTekstgrenzen()
    {
        var zonder = RazorFiles()
            .SelectMany(f => Velden().Matches(File.ReadAllText(f)).Select(m => (File: Naam(f), Tag: m.Value)))
            .Where(v => !Invoerloos().IsMatch(v.Tag) && !UitTekstgrenzen().IsMatch(v.Tag))
            .Where(v => !Uitgezonderd.Keys.Any(u => u == $"{v.File}: {v.Tag.Split(' ')[0]}"))
            .Select(v => $"{v.File}: {Regex.Replace(v.Tag, @"\s+", " ")}")
            .ToList();

        Assert.That(zonder, Is.Empty, "a text field without MaxLength=\"@Tekstgrenzen.…\" (maxlength on plain HTML)");
    }

    [Test]
    public void NoPage_WritesALengthLimitOfItsOwn()
    {
        var eigen = RazorFiles()
            .SelectMany(f => File.ReadAllLines(f).Select((regel, i) => (File: Naam(f), Nr: i + 1, Regel: regel)))
            .Where(r => EigenGetal().IsMatch(r.Regel))
            .Select(r => $"{r.File}:{r.Nr}: {r.Regel.Trim()}")
            .ToList();

        Assert.That(eigen, Is.Empty, "a literal length limit; use Tekstgrenzen so the page and the command agree");
    }

    /// <summary>A MudTextField tag, or a plain text/email/password input or textarea.</summary>
    [GeneratedRegex("""<MudTextField\b.*?/>|<input\b[^>]*\btype="(?:text|email|password|search)"[^>]*>|<textarea\b[^>]*>""", RegexOptions.Singleline)]
    private static partial Regex Velden();

    /// <summary>Fields nobody types text into: read-only, or a date picked in the browser.</summary>
    [GeneratedRegex("""ReadOnly="true"|InputType\.Date""")]
    private static partial Regex Invoerloos();

    [GeneratedRegex(@"(?i)\bmaxlength=""@?\(?[^""]*\bTekstgrenzen\.[A-Za-z]+")]
    private static partial Regex UitTekstgrenzen();

    [GeneratedRegex("""(?i)\b(?:maxlength|counter)="@?\(?\s*\d""")]
    private static partial Regex EigenGetal();
}
