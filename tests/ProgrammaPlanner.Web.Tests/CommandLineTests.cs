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

    [Test]
    public async Task CopyToPostgres_WithoutASourceFileOrAPostgresTarget_RefusedInDutch_NoFileMade()
    {
        var db = AppProcess.NewDatabaseFile();
        const string Doel = "Host=127.0.0.1;Port=1;Username=niemand;Database=leeg";

        var zonderBron = await AppProcess.RunVerbAsync(db, "copy-to-postgres", "--target", Doel);
        var aangemaakt = File.Exists(db);
        await AppProcess.RunVerbAsync(db, "import", "--file", Sample("samen-noord.json"));
        var geenPostgres = await AppProcess.RunVerbAsync(db, "copy-to-postgres", "--target", $"Data Source={db}.kopie");
        var zonderDoel = await AppProcess.RunVerbAsync(db, "copy-to-postgres");

        Assert.That((zonderBron.ExitCode, zonderBron.Error.Trim()), Is.EqualTo((1, $"Het databasebestand '{db}' bestaat niet. "
            + "Geef de bron op met --ConnectionStrings:ProgrammaPlanner=\"Data Source=…\".")));
        Assert.That((geenPostgres.ExitCode, geenPostgres.Error.Trim()),
            Is.EqualTo((1, "Het doel is geen PostgreSQL-database: geef --target op als \"Host=…;Port=…;Username=…;Database=…\".")));
        Assert.That((aangemaakt, File.Exists($"{db}.kopie")), Is.EqualTo((false, false)), "no empty installation made on either side");
        Assert.That(zonderDoel.ExitCode, Is.EqualTo(1));
        Assert.That(zonderDoel.Error, Does.StartWith("Gebruik: copy-to-postgres --target"));
    }
}
