using Dapper;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// The real service provider over a fresh, migrated SQLite file (in the PostgreSQL run: a PostgreSQL database in the state of a
/// fresh one, from <see cref="PostgresTestServer.TakeDatabase"/>). One per
/// test. It acts as the installation itself (<see cref="Systeem"/>, as the command line does); tests of accounts and roles
/// act as real users through <see cref="Namens"/>.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly ServiceProvider _services;
#if POSTGRES
    private bool _eigenDatabase; // taken from the pool: back to it (once) when the test is done
#endif

    private TestApp(string file, TimeProvider clock, MailSettings? mail, string? connectionString = null)
    {
        File = file;
#if POSTGRES
        ConnectionString = connectionString ?? PostgresTestServer.TakeDatabase();
        _eigenDatabase = connectionString is null;
#else
        ConnectionString = connectionString ?? $"Data Source={file}";
#endif
        Clock = clock;
        Mail = mail ?? new MailSettings();
        _services = new ServiceCollection()
            .AddSingleton(clock)
            .AddSingleton(Mail)
            .AddScoped<ICurrentUser>(_ => Systeem.Gebruiker)
            .AddProgrammaPlannerCore(ConnectionString)
            .BuildServiceProvider();
        _services.MigrateProgrammaPlannerDatabase();
    }

    public string File { get; }
    public string ConnectionString { get; }
    public Db Db => _services.GetRequiredService<Db>();
    public IServiceProvider Services => _services;

    /// <summary>The clock every handler reads; a <see cref="TestKlok"/> lets a test move time on (links expire, lockouts end).</summary>
    public TimeProvider Clock { get; }

    /// <summary>The mail server the handlers mail through; by default none (nothing is queued).</summary>
    public MailSettings Mail { get; }

    public static TestApp Create(TimeProvider? clock = null, MailSettings? mail = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "programmaplanner-tests");
        Directory.CreateDirectory(folder);
        return new TestApp(Path.Combine(folder, $"{Guid.NewGuid():N}.db"), clock ?? TimeProvider.System, mail);
    }

    /// <summary>Over a SQLite file in the PostgreSQL run too: the installation that is copied to PostgreSQL (CopyToPostgresTests).</summary>
    public static TestApp CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "programmaplanner-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        return new TestApp(file, TimeProvider.System, null, $"Data Source={file}");
    }

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<long> CountAsync(string table)
    {
        await using var c = await Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    /// <summary>A small valid programma (2026–2028) to hang things under.</summary>
    public async Task<long> CreateProgrammaAsync(string naam = "Samen Oost", int start = 2026, int eind = 2028) =>
        (await SendAsync(new CreateProgramma.Command(naam, "Samen sterker", "Amsterdam-Oost", start, eind, Fase.Ontwikkelfase, "", ""))).ProgrammaId;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
#if POSTGRES
        if (_eigenDatabase) PostgresTestServer.ReturnDatabase(ConnectionString);
        _eigenDatabase = false;
#endif
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { File, File + "-wal", File + "-shm" })
            if (System.IO.File.Exists(f)) System.IO.File.Delete(f);
    }
}

/// <summary>A clock a test moves by hand.</summary>
public sealed class TestKlok(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Nu;
}
