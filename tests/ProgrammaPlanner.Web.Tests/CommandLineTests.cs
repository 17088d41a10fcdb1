namespace ProgrammaPlanner.Web.Tests;

[Category("Browser")]
public class CommandLineTests
{
    private static string Sample(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", name);

    [Test]
    public async Task ImportThenExport_Sample_WritesTheSameJson()
    {
        var db = AppProcess.NewDatabaseFile();
        var output = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json");

        var import = await AppProcess.RunVerbAsync(db, "import", "--file", Sample("samen-noord.json"));
        var export = await AppProcess.RunVerbAsync(db, "export", "--programma", "Samen Noord", "--format", "json", "--out", output);

        Assert.That(import.ExitCode, Is.Zero, import.Error);
        Assert.That(import.Output, Does.Contain("'Samen Noord' geïmporteerd"));
        Assert.That(export.ExitCode, Is.Zero, export.Error);
        Assert.That(await File.ReadAllTextAsync(output), Is.EqualTo(await File.ReadAllTextAsync(Sample("samen-noord.json"))));
    }

    [Test]
    public async Task Import_BadFile_NonZeroExitWithDutchProblemsAndNothingImported()
    {
        var db = AppProcess.NewDatabaseFile();
        var bad = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(bad, "{ \"formaat\": \"programmaplanner/1\", \"programma\": ");

        var import = await AppProcess.RunVerbAsync(db, "import", "--file", bad);
        var export = await AppProcess.RunVerbAsync(db, "export", "--programma", "Samen Noord", "--format", "json", "--out", bad + ".out");

        Assert.That(import.ExitCode, Is.Not.Zero);
        Assert.That(import.Error, Does.Contain("Niet uitgevoerd"));
        Assert.That(export.ExitCode, Is.Not.Zero);
        Assert.That(export.Error, Does.Contain("bestaat niet"));
    }

    [Test]
    public async Task Export_UnknownFormat_NonZeroExitAndSaysWhichFormatsExist()
    {
        var db = AppProcess.NewDatabaseFile();

        var export = await AppProcess.RunVerbAsync(db, "export", "--programma", "X", "--format", "xls", "--out", "x.xls");

        Assert.That(export.ExitCode, Is.Not.Zero);
        Assert.That(export.Error, Does.Contain("Onbekend formaat 'xls'"));
    }
}
