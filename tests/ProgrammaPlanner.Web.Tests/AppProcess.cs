using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// The real app, started as its own process from its build output, on a free loopback port with a fresh
/// SQLite file. Also runs the command-line verbs the same way a user would.
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

    public static async Task<AppProcess> StartAsync(bool loadSamples = true, string? databaseFile = null, params string[] extraArgs)
    {
        databaseFile ??= NewDatabaseFile();
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = StartInfo(["--urls", url, $"--Samples:LoadOnFirstStart={loadSamples}", .. extraArgs], databaseFile);
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
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return app;
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
        info.ArgumentList.Add($"--ConnectionStrings:ProgrammaPlanner=Data Source={databaseFile}");
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
