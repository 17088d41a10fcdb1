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

    /// <summary>The app's build output with these arguments; stopped after a minute (a start that did not refuse keeps serving).</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string databaseFile, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppProcess.WebProjectFolder,
        };
        info.ArgumentList.Add(AppProcess.WebDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["ConnectionStrings__ProgrammaPlanner"] = $"Data Source={databaseFile}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
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
