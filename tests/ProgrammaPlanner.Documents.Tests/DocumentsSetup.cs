using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>
/// The real services (core over a fresh SQLite file + documents) for the whole test run: one warm browser,
/// as in the app. Samples are imported through ImportProgramma like a user would.
/// </summary>
[SetUpFixture]
public sealed class DocumentsSetup
{
    private static ServiceProvider? _services;
    private static string? _database;

    public static IServiceProvider Services => _services ??= Create();

    public static string Uitvoer
    {
        get
        {
            var map = Path.Combine(TestContext.CurrentContext.WorkDirectory, "programmaplannen");
            Directory.CreateDirectory(map);
            return map;
        }
    }

    private static ServiceProvider Create()
    {
        _database = Path.Combine(Path.GetTempPath(), $"programmaplanner-docs-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection()
            .AddScoped<ICurrentUser>(_ => Systeem.Gebruiker) // the documents are made by the installation itself here
            .AddProgrammaPlannerCore($"Data Source={_database}")
            .AddProgrammaplanDocuments(configuration)
            .BuildServiceProvider();
        services.MigrateProgrammaPlannerDatabase();
        return services;
    }

    [OneTimeTearDown]
    public async Task CleanUpAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        foreach (var f in new[] { _database, _database + "-wal", _database + "-shm" })
            if (f is not null && File.Exists(f)) File.Delete(f);
    }
}
