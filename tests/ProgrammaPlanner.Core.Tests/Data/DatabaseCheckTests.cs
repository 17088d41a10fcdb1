using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Tests.Data;

/// <summary>A damaged or unusable database file stops the migration with one Dutch sentence naming the file, and changes nothing.</summary>
public class DatabaseCheckTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "programmaplanner-tests", $"check-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        if (IsMountPoint(_folder)) Run("umount", _folder);
        Directory.Delete(_folder, recursive: true);
    }

    private string File(string name) => Path.Combine(_folder, name);

    private static InvalidOperationException MigrateFails(string file) =>
        Assert.Throws<InvalidOperationException>(() => DatabaseMigrator.Migrate(new Db($"Data Source={file}")))!;

    [Test]
    public void Migrate_ZeroByteFile_RefusesAndSaysHowToStartFresh()
    {
        var file = File("leeg.db");
        System.IO.File.WriteAllBytes(file, []);

        var e = MigrateFails(file);

        Assert.That(e.Message, Does.Contain(file).And.Contain("leeg (0 bytes)").And.Contain("verwijder het bestand"));
        Assert.That(new FileInfo(file).Length, Is.Zero, "not turned into a fresh installation");
    }

    [Test]
    public void Migrate_NotADatabase_RefusesInDutch()
    {
        var file = File("tekst.db");
        System.IO.File.WriteAllText(file, "Dit is een boodschappenlijst, geen database.");

        var e = MigrateFails(file);

        Assert.That(e.Message, Is.EqualTo($"Het bestand '{file}' is geen ProgrammaPlanner-database of is beschadigd. "
            + "Zet een reservekopie terug, of verwijder het bestand als u met een lege installatie wilt beginnen."));
    }

    [Test]
    public async Task Migrate_DamagedPages_QuickCheckRefusesInDutch()
    {
        var file = File("beschadigd.db");
        var db = new Db($"Data Source={file}");
        DatabaseMigrator.Migrate(db);
        await using (var c = await db.OpenAsync())
        await using (var checkpoint = c.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        await using (var stream = System.IO.File.OpenWrite(file))
        {
            stream.Position = 4096 * 3; // the fourth page: a table's b-tree, past the header and the schema
            stream.Write(Enumerable.Repeat((byte)0xA5, 4096).ToArray());
        }

        var e = MigrateFails(file);

        Assert.That(e.Message, Is.EqualTo($"Het databasebestand '{file}' is beschadigd. "
            + "Zet een reservekopie terug, of verwijder het bestand als u met een lege installatie wilt beginnen."));
    }

    [Test]
    public void Migrate_ReadOnlyFileSystem_SaysTheFileCannotBeWritten()
    {
        var file = File("alleenlezen.db");
        if (Environment.UserName != "root")
            NietUitvoerbaar("Een alleen-lezen koppeling (mount) vraagt root; de rechten van een bestand houden root niet tegen.");
        Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", _folder);
        DatabaseMigrator.Migrate(new Db($"Data Source={file}"));
        SqliteConnection.ClearAllPools();
        Run("mount", "-o", "remount,ro", _folder);

        var e = MigrateFails(file);

        Assert.That(e.Message, Does.StartWith($"Het databasebestand '{file}' kan niet worden gelezen en beschreven (alleen-lezen of geen toegang)."));
    }

    [Test]
    public void Migrate_PathIsAFolder_SaysSo()
    {
        var e = MigrateFails(_folder);

        Assert.That(e.Message, Does.Contain($"'{_folder}' is een map, geen bestand"));
    }

    [Test]
    public void Migrate_HealthyDatabase_PassesTheCheck()
    {
        var file = File("gezond.db");
        DatabaseMigrator.Migrate(new Db($"Data Source={file}"));
        SqliteConnection.ClearAllPools();

        Assert.That(DatabaseCheck.Problem($"Data Source={file}"), Is.Null);
        Assert.DoesNotThrow(() => DatabaseMigrator.Migrate(new Db($"Data Source={file}")));
    }

    private static bool IsMountPoint(string folder) =>
        System.IO.File.Exists("/proc/mounts") && System.IO.File.ReadAllText("/proc/mounts").Contains($" {folder} ");

    private static void Run(string program, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.Zero, $"{program} {string.Join(' ', args)}: {p.StandardError.ReadToEnd()}");
    }

    /// <summary>
    /// This machine cannot stage the fault (no root, a tool missing): skipped on a developer's machine, but in CI
    /// (CI=true) a storage-fault test that does not run is a failure, as a browser test without Chromium is.
    /// </summary>
    private static void NietUitvoerbaar(string reden)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI=true, maar deze storingstest kan hier niet draaien: {reden}");
        Assert.Ignore(reden);
    }
}
