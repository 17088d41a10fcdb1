using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.TestSupport;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// The real app, started as its own process from its build output, on a free loopback port with a SQLite file of its own.
/// Also runs the command-line verbs the same way a user would.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppProcess(Process process, string baseUrl, string databaseFile)
    {
        _process = process;
        BaseUrl = baseUrl;
        DatabaseFile = databaseFile;
    }

    public string BaseUrl { get; }
    public string DatabaseFile { get; }
    public string Log { get { lock (_log) return _log.ToString(); } }

    public static string WebProjectFolder => Path.Combine(RepoRoot, "src", "ProgrammaPlanner.Web");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProgrammaPlanner.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ProgrammaPlanner.sln niet gevonden boven de testmap.");
        }
    }

    /// <summary>The Web project's build output for the configuration these tests were built in.</summary>
    public static string WebDll
    {
        get
        {
            var configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name; // bin/<Configuration>/net10.0
            return Path.Combine(WebProjectFolder, "bin", configuration, "net10.0", "ProgrammaPlanner.Web.dll");
        }
    }

    public static string NewDatabaseFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "programmaplanner-webtests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    /// <summary>
    /// Starts the app on <paramref name="databaseFile"/> as it is (a new, empty file is a real first start), or by default on
    /// a new file: with <paramref name="loadSamples"/> a copy of what the first start leaves (the samples and the demo accounts).
    /// </summary>
    public static async Task<AppProcess> StartAsync(bool loadSamples = true, string? databaseFile = null, params string[] extraArgs)
    {
        if (databaseFile is null)
        {
            databaseFile = NewDatabaseFile();
            // Loading the samples and hashing the demo passwords took half of every start; most tests start an app of their own.
            if (loadSamples) File.Copy(await SampleDatabaseAsync(), databaseFile);
        }
        // Tests run in parallel: between FreePort and the app binding it another process may take the port. Then try another.
        for (var poging = 1; ; poging++)
        {
            try
            {
                return await StartOnFreePortAsync(loadSamples, databaseFile, extraArgs);
            }
            catch (InvalidOperationException e) when (poging < 3 && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
            }
        }
    }

    /// <summary>
    /// An instance on a PostgreSQL database (<see cref="PostgresTestServer"/>); several instances may share one. The first
    /// start on an empty database migrates it and loads the samples. Each instance has a home folder of its own, as on
    /// a machine of its own (nothing is shared through the file system, e.g. ASP.NET's default key folder).
    /// </summary>
    public static Task<AppProcess> StartOnPostgresAsync(string connectionString, params string[] extraArgs) =>
        StartOnFreePortAsync(loadSamples: true, connectionString, extraArgs, Directory.CreateTempSubdirectory("programmaplanner-home-").FullName);

    private static async Task<AppProcess> StartOnFreePortAsync(bool loadSamples, string databaseFile, string[] extraArgs, string? home = null)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = StartInfo(["--urls", url, $"--Samples:LoadOnFirstStart={loadSamples}", .. extraArgs], databaseFile);
        if (home is not null) info.Environment["HOME"] = home;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process, url, databaseFile);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (app._log) app._log.AppendLine(e.Data);
            if (e.Data.Contains("Application started")) started.TrySetResult();
        }
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException("De app stopte tijdens het starten:\n" + app.Log));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (InvalidOperationException) // it stopped: read its last words (Exited can come before them), nothing left to kill
        {
            await process.WaitForExitAsync();
            process.Dispose();
            throw new InvalidOperationException("De app stopte tijdens het starten:\n" + app.Log);
        }
        return app;
    }

    private static readonly Lock SampleDatabaseLock = new();
    private static Task<string>? _sampleDatabase;

    private static Task<string> SampleDatabaseAsync()
    {
        lock (SampleDatabaseLock) return _sampleDatabase ??= FirstStartDatabaseAsync();
    }

    /// <summary>Once per test run: a real first start with the samples, copied (SQLite's backup) once the app has started.</summary>
    private static async Task<string> FirstStartDatabaseAsync()
    {
        var copy = NewDatabaseFile();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(copy);
        await using var first = await StartAsync(loadSamples: true, databaseFile: NewDatabaseFile());
        await using var from = new SqliteConnection($"Data Source={first.DatabaseFile};Pooling=False");
        await using var to = new SqliteConnection($"Data Source={copy};Pooling=False");
        await from.OpenAsync();
        await to.OpenAsync();
        from.BackupDatabase(to);
        return copy;
    }

    /// <summary>An HTTP client signed in through the login form (as a browser would), for downloads and plain pages.</summary>
    public async Task<HttpClient> ClientAsync(string email = Demo.Beheerder, string wachtwoord = Demo.Wachtwoord)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2),
        };
        var formulier = await http.GetStringAsync("/inloggen");
        var token = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var antwoord = await http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen", ["__RequestVerificationToken"] = token, ["Invoer.Email"] = email, ["Invoer.Wachtwoord"] = wachtwoord,
        }));
        Assert.That(antwoord.RequestMessage!.RequestUri!.AbsolutePath, Is.Not.EqualTo("/inloggen"), $"Aanmelden als {email} mislukt.\n{Log}");
        return http;
    }

    /// <summary>Runs a command-line verb (export/import) to completion.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunVerbAsync(string databaseFile, params string[] args)
    {
        using var process = Process.Start(StartInfo(args, databaseFile))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args, string databaseFile)
    {
        BrowserCategory.Require("de app als proces");
        if (!File.Exists(WebDll)) throw new FileNotFoundException("Bouw eerst de oplossing (dotnet build).", WebDll);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = WebProjectFolder,
        };
        info.ArgumentList.Add(WebDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        var connectionString = Db.IsPostgresConnectionString(databaseFile) ? databaseFile : $"Data Source={databaseFile}";
        info.ArgumentList.Add($"--ConnectionStrings:ProgrammaPlanner={connectionString}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // static web assets straight from the project folder
        info.Environment["ASPNETCORE_CONTENTROOT"] = WebProjectFolder;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        foreach (var f in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
