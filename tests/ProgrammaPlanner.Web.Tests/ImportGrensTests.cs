namespace ProgrammaPlanner.Web.Tests;

/// <summary>The command line's import has the core's size limit: a too large file is refused in Dutch and imports nothing.</summary>
[Category("Browser")]
public class ImportGrensTests
{
    [Test]
    public async Task Import_FileOverTheSizeLimit_NonZeroExitSaysTooLargeAndNothingImported()
    {
        var db = AppProcess.NewDatabaseFile();
        var groot = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json");
        var aanleiding = new string('a', 50 * 1024 * 1024);
        await File.WriteAllTextAsync(groot, $$"""
            { "formaat": "programmaplanner/1",
              "programma": { "naam": "Groot", "startjaar": 2026, "eindjaar": 2027, "fase": "ontwikkelfase", "aanleiding": "{{aanleiding}}" } }
            """);

        var import = await AppProcess.RunVerbAsync(db, "import", "--file", groot);
        var export = await AppProcess.RunVerbAsync(db, "export", "--programma", "Groot", "--format", "json", "--out", groot + ".out");
        File.Delete(groot);

        Assert.That(import.ExitCode, Is.EqualTo(2), import.Error);
        Assert.That(import.Error, Does.Contain("bestand: Het bestand is te groot (50 MB); een programmabestand mag hooguit 5 MB zijn."));
        Assert.That(export.ExitCode, Is.Not.Zero);
        Assert.That(export.Error, Does.Contain("bestaat niet"));
    }
}
