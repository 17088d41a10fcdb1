using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using ProgrammaPlanner.Web.Tests.Browser;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// Every <c>dotnet run</c> command of the app in README.md's code blocks, typed verbatim in the repository root as the
/// README shows, against a temporary database (passed as an environment variable so the README text stays as it is; a
/// command that names its own database in the README, as the import does, uses that one). Relative paths must mean the
/// repository root: the files the commands write land there, not in src/, the import's database file included.
/// The benchmark commands are left out: they run for minutes and read no paths. So are the commands on a PostgreSQL server:
/// they name the reader's own server and password; the PostgreSQL runs of the Core and web tests cover that provider.
/// </summary>
[Category("Browser")]
[NonParallelizable] // dotnet run builds the project; two builds at once would fight over obj/
public class ReadmeCommandTests
{
    private const string AppProject = "--project src/ProgrammaPlanner.Web";

    private static IReadOnlyList<string> ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(AppProcess.RepoRoot, "README.md"));
        var blocks = Regex.Matches(readme, "^```[a-z]*\\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
        return blocks.SelectMany(b => b.Groups[1].Value.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("dotnet run ", StringComparison.Ordinal) && l.Contains(AppProject, StringComparison.Ordinal))
            .Where(l => !l.Contains("Host=", StringComparison.Ordinal)) // names the reader's own PostgreSQL server (see the PostgreSQL tests)
            .ToList();
    }

    /// <summary>
    /// A command line split as a POSIX shell would for these simple commands: double quotes group words, also inside a
    /// word (<c>--Name="a b"</c> is one word, <c>--Name=a b</c>), and are removed.
    /// </summary>
    private static List<string> Words(string command) =>
        Regex.Matches(command, "(?:\"[^\"]*\"|[^\\s\"])+").Select(m => m.Value.Replace("\"", "")).ToList();

    /// <summary>The database file a command names itself (<c>--ConnectionStrings:ProgrammaPlanner="Data Source=FILE"</c>), if any.</summary>
    private static string? OwnDatabase(IEnumerable<string> words) =>
        words.Select(w => Regex.Match(w, "^--ConnectionStrings:ProgrammaPlanner=Data Source=(.+)$")).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    [Test]
    public void Words_SplitAsTheShellDoes()
    {
        Assert.That(Words("dotnet run -- export --programma \"Samen Noord\" --out a.pdf"),
            Is.EqualTo(new[] { "dotnet", "run", "--", "export", "--programma", "Samen Noord", "--out", "a.pdf" }));
        var words = Words("dotnet run -- import --file a.json --ConnectionStrings:ProgrammaPlanner=\"Data Source=b.db\"");
        Assert.That(words[^1], Is.EqualTo("--ConnectionStrings:ProgrammaPlanner=Data Source=b.db"));
        Assert.That(OwnDatabase(words), Is.EqualTo("b.db"));
    }

    [Test]
    public async Task ReadmeCommands_RunVerbatimFromTheRepositoryRoot_WorkAndWriteThere()
    {
        if (BrowserFixture.FindChromium() is null) // the README exports a PDF
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("Geen Chromium gevonden; installeer het pakket 'chromium'.");
            Assert.Ignore("Geen Chromium gevonden; installeer het pakket 'chromium'.");
        }
        var commands = ReadmeCommands();
        Assert.That(commands, Has.Some.EqualTo($"dotnet run {AppProject}"), "the README's start command");
        Assert.That(commands.Count(c => c.Contains(" -- export ")), Is.EqualTo(3), "json, pdf and docx exports");
        Assert.That(commands.Count(c => c.Contains(" -- import ")), Is.EqualTo(1));

        var outputs = commands.Select(Words).Select(w => w.IndexOf("--out") is var i and >= 0 ? w[i + 1] : null).OfType<string>().ToList();
        var databases = commands.Select(Words).Select(OwnDatabase).OfType<string>().ToList();
        Assert.That(databases, Has.Count.EqualTo(1), "the import names the installation it imports into");
        outputs.AddRange(databases);
        foreach (var o in outputs)
            Assert.That(File.Exists(Path.Combine(AppProcess.RepoRoot, o)), Is.False, $"{o} staat al in de repository-map; haal het eerst weg.");

        var db = AppProcess.NewDatabaseFile();
        try
        {
            // The start command first: it loads the samples the export commands name. Then the README's order.
            foreach (var command in commands.OrderBy(c => c.Contains(" -- ")))
            {
                if (!command.Contains(" -- "))
                {
                    await StartAndProbeAsync(command, db);
                    continue;
                }
                // Verbatim, the import too: the README sends it to a second installation, as the first one already has 'Samen Noord'.
                var (exitCode, log) = await RunAsync(command, db);
                Assert.That(exitCode, Is.Zero, $"{command}\n{log}");
                if (command.Contains(" -- import ")) Assert.That(log, Does.Contain("'Samen Noord' geïmporteerd"));
            }
            foreach (var o in outputs)
            {
                Assert.That(new FileInfo(Path.Combine(AppProcess.RepoRoot, o)), Has.Length.GreaterThan(0), $"{o} in de repository-map");
                Assert.That(File.Exists(Path.Combine(AppProcess.WebProjectFolder, o)), Is.False, $"{o} mag niet in src/ belanden");
            }
        }
        finally
        {
            foreach (var o in outputs)
                foreach (var folder in new[] { AppProcess.RepoRoot, AppProcess.WebProjectFolder })
                    foreach (var f in new[] { o, o + "-wal", o + "-shm" })
                        File.Delete(Path.Combine(folder, f));
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    private static Process Start(string command, string databaseFile, int? port = null)
    {
        var words = Words(command);
        var info = new ProcessStartInfo(words[0])
        {
            WorkingDirectory = AppProcess.RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var w in words.Skip(1)) info.ArgumentList.Add(w);
        info.Environment["ConnectionStrings__ProgrammaPlanner"] = $"Data Source={databaseFile}";
        // The launch profile sets the URL to port 5063; an endpoint from configuration takes precedence over it.
        if (port is { } p) info.Environment["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{p}";
        return Process.Start(info)!;
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string command, string databaseFile)
    {
        using var process = Start(command, databaseFile);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await output + await error);
    }

    private static async Task StartAndProbeAsync(string command, string databaseFile)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        using var process = Start(command, databaseFile, port);
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var until = DateTime.UtcNow.AddMinutes(3);
            while (true)
            {
                Assert.That(process.HasExited, Is.False, () => $"{command} stopte:\n{log}");
                try
                {
                    using var antwoord = await http.GetAsync($"http://127.0.0.1:{port}/inloggen");
                    Assert.That(antwoord.StatusCode, Is.EqualTo(HttpStatusCode.OK), () => log.ToString());
                    Assert.That(await antwoord.Content.ReadAsStringAsync(), Does.Contain("Aanmelden – ProgrammaPlanner"));
                    return;
                }
                catch (HttpRequestException) when (DateTime.UtcNow < until)
                {
                    await Task.Delay(500);
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
