using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.TestSupport;

namespace ProgrammaPlanner.Benchmarks;

/// <summary>The real core over a fresh SQLite file holding the large generated programma.</summary>
public sealed class BenchApp : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"pp-bench-{Guid.NewGuid():N}.db");

    public BenchApp()
    {
        _services = new ServiceCollection().AddProgrammaPlannerCore($"Data Source={_file}").BuildServiceProvider();
        _services.MigrateProgrammaPlannerDatabase();
        Mediator = _services.GetRequiredService<IMediator>();
        ProgrammaId = Mediator.Send(new ImportProgramma.Command(GrootProgramma.Json(), "groot-programma.json")).GetAwaiter().GetResult().ProgrammaId;
    }

    public IMediator Mediator { get; }
    public long ProgrammaId { get; }

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
