using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>Rules a new page or test could silently break, checked in the sources.</summary>
public partial class SourceScanTests
{
    /// <summary>The Dutch-aware wrappers; only they may use MudBlazor's own number, date and time inputs.</summary>
    private static readonly string[] Wrappers =
        ["Components/Shared/NumberField.razor", "Components/Shared/DateField.razor", "Components/Shared/TimeField.razor"];

    /// <summary>
    /// A number, date or time is typed into NumberField, DateField or TimeField (TypedInput: read as a Dutch user types
    /// it, kept with a Dutch message when it cannot be read). MudBlazor's MudNumericField empties the field on "35%" and
    /// says "Not a valid number"; its pickers cannot be typed into; a browser's type="number" sends nothing for "2,5".
    /// </summary>
    [Test]
    public void NoPage_UsesAPlainNumberDateOrTimeInput()
    {
        var gevonden = Directory.GetFiles(Path.Combine(AppProcess.WebProjectFolder, "Components"), "*.razor", SearchOption.AllDirectories)
            .Select(f => (Naam: Path.GetRelativePath(AppProcess.WebProjectFolder, f).Replace('\\', '/'), Regels: File.ReadAllLines(f)))
            .Where(f => !Wrappers.Contains(f.Naam))
            .SelectMany(f => f.Regels.Select((regel, i) => (f.Naam, Nr: i + 1, Regel: regel)))
            .Where(r => KaleInvoer().IsMatch(r.Regel))
            .Select(r => $"{r.Naam}:{r.Nr}: {r.Regel.Trim()}")
            .ToList();

        Assert.That(gevonden, Is.Empty, "use NumberField, DateField or TimeField (Components/Shared)");
    }

    /// <summary>The scan above finds what it must: each kind of plain input once in a made-up page.</summary>
    [TestCase("<MudNumericField T=\"int?\" @bind-Value=\"_jaar\" Label=\"Jaar\" />")]
    [TestCase("<MudDatePicker @bind-Date=\"_datum\" />")]
    [TestCase("<MudTimePicker @bind-Time=\"_tijd\" />")]
    [TestCase("<MudDateRangePicker @bind-DateRange=\"_periode\" />")]
    [TestCase("<InputNumber @bind-Value=\"_n\" />")]
    [TestCase("<InputDate @bind-Value=\"_d\" />")]
    [TestCase("<input type=\"number\" name=\"stem\" />")]
    [TestCase("<input name=\"dag\" type='date' />")]
    [TestCase("<MudTextField @bind-Value=\"_d\" InputType=\"InputType.Date\" />")]
    public void TheScan_FindsEachKindOfPlainInput(string regel) => Assert.That(KaleInvoer().IsMatch(regel), Is.True);

    /// <summary>
    /// A test that cannot run here (no Chromium, no root for a mount) may skip on a developer's machine, but in CI
    /// (CI=true) it fails with its reason: a storage-fault test must not pass by being skipped.
    /// </summary>
    [Test]
    public void EveryTestThatSkips_FailsInsteadWhenCIIsTrue()
    {
        var tests = Path.Combine(AppProcess.RepoRoot, "tests");
        var stil = Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
            .Where(f => f != Path.Combine(tests, "ProgrammaPlanner.Web.Tests", "SourceScanTests.cs"))
            .Select(f => (Naam: Path.GetRelativePath(tests, f).Replace('\\', '/'), Tekst: File.ReadAllText(f)))
            .Where(f => f.Tekst.Contains("Assert.Ignore(", StringComparison.Ordinal)
                        && !f.Tekst.Contains("Environment.GetEnvironmentVariable(\"CI\") == \"true\"", StringComparison.Ordinal))
            .Select(f => f.Naam)
            .ToList();

        Assert.That(stil, Is.Empty, "Assert.Ignore without failing when CI=true (see Storingstest.NietUitvoerbaar)");
    }

    [GeneratedRegex("""<(?:MudNumericField|MudDatePicker|MudTimePicker|MudDateRangePicker|InputNumber|InputDate)\b"""
                    + """|<input\b[^>]*\btype=["'](?:number|date|time|datetime-local)["']|InputType\.(?:Date|Number|Time)\b""")]
    private static partial Regex KaleInvoer();
}
