using System.Diagnostics;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// The web start and every command-line verb on an unusable database file: one Dutch sentence naming the file, a non-zero
/// exit, no stack trace, and the file left as it was.
/// </summary>
[Category("Browser")]
public class DatabaseStartTests
{
    private static readonly string[][] Starts =
    [
        ["--urls", "http://127.0.0.1:0"],
        ["export", "--programma", "Samen Noord", "--format", "json", "--out", "nooit.json"],
        ["import", "--file", "nooit.json"],
    ];

    [TestCase(0, "leeg (0 bytes)")]
    [TestCase(1, "geen ProgrammaPlanner-database")]
    public async Task Start_UnusableDatabase_OneDutchSentenceAndNonZeroExit(int soort, string zegt)
    {
        var db = AppProcess.NewDatabaseFile();
        var inhoud = soort == 0 ? [] : "Dit is een boodschappenlijst, geen database."u8.ToArray();
        await File.WriteAllBytesAsync(db, inhoud);
        try
        {
            foreach (var args in Starts)
            {
                var (exitCode, output, error) = await RunAsync(db, args);

                Assert.That(exitCode, Is.Not.Zero, $"{args[0]}: {output}{error}");
                Assert.That(error.Trim(), Does.Contain(db).And.Contain(zegt).And.Not.Contain("\n"), $"{args[0]}: one sentence");
                Assert.That(output + error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), $"{args[0]}: no stack trace");
                Assert.That(await File.ReadAllBytesAsync(db), Is.EqualTo(inhoud), $"{args[0]}: the file is left as it was");
            }
        }
        finally
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes are Unix's
    public async Task Start_UnreadableDatabase_SaysSoAndNamesTheFile()
    {
        // Root reads any file whatever its mode, so as root the app runs as 'nobody' (setpriv), as a service account would.
        var root = Environment.UserName == "root";
        if (root && !File.Exists("/usr/bin/setpriv")) Storingstest.NietUitvoerbaar("setpriv ontbreekt (pakket util-linux).");
        var folder = Path.Combine(Path.GetTempPath(), $"programmaplanner-dicht-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "dicht.db");
        try
        {
            await File.WriteAllBytesAsync(db, "SQLite format 3\0"u8.ToArray());
            File.SetUnixFileMode(db, UnixFileMode.None);
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);

            var (exitCode, output, error) = await RunAsync(db, ["--urls", "http://127.0.0.1:0"], asNobody: root);

            Assert.That(exitCode, Is.Not.Zero, output + error);
            Assert.That(error.Trim(), Is.EqualTo($"Het databasebestand '{db}' kan niet worden gelezen en beschreven (alleen-lezen of geen toegang). "
                + "Geef de gebruiker die ProgrammaPlanner start lees- en schrijfrechten op het bestand en op de map."));
            Assert.That(output, Does.Not.Contain("   at "));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The app's build output with these arguments; stopped after a minute (a start that did not refuse keeps serving).</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string databaseFile, string[] args, bool asNobody = false)
    {
        var info = new ProcessStartInfo(asNobody ? "/usr/bin/setpriv" : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppProcess.WebProjectFolder,
        };
        if (asNobody)
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" }) info.ArgumentList.Add(a);
        info.ArgumentList.Add(AppProcess.WebDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["ConnectionStrings__ProgrammaPlanner"] = $"Data Source={databaseFile}";
        // Development serves static files from the NuGet cache under root's home, which 'nobody' may not enter.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = asNobody ? "Production" : "Development";
        info.Environment["HOME"] = Path.GetTempPath(); // for 'nobody', whose home folder does not exist
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{args[0]}: still running after a minute instead of refusing the database.\n{await output}{await error}");
        }
        return (process.ExitCode, await output, await error);
    }
}
