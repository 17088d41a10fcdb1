using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.TestSupport;

namespace ProgrammaPlanner.Benchmarks;

/// <summary>
/// The real core over a fresh SQLite file holding the large generated programma. The installation loads it; the
/// measured requests are sent by a signed-in facilitator, so the authorization check is part of every figure.
/// </summary>
public sealed class BenchApp : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"pp-bench-{Guid.NewGuid():N}.db");
    private ICurrentUser _user = Systeem.Gebruiker;

    public BenchApp()
    {
        _services = new ServiceCollection()
            .AddScoped(_ => _user)
            .AddProgrammaPlannerCore($"Data Source={_file}")
            .BuildServiceProvider();
        _services.MigrateProgrammaPlannerDatabase();
        Mediator = _services.GetRequiredService<IMediator>();
        ProgrammaId = Mediator.Send(new ImportProgramma.Command(GrootProgramma.Json(verslagjaren: true), "groot-programma.json"))
            .GetAwaiter().GetResult().ProgrammaId;
        const string wachtwoord = "wachtwoord van de bench";
        Mediator.Send(new CreateGebruiker.Command("facilitator@bench.local", "Facilitator", wachtwoord, false,
            [new CreateGebruiker.Lidmaatschap(ProgrammaId, ProgrammaRol.Facilitator)])).GetAwaiter().GetResult();
        var sessie = Mediator.Send(new SignIn.Query("facilitator@bench.local", wachtwoord, "bench")).GetAwaiter().GetResult();
        _user = new Facilitator(sessie.GebruikerId, sessie.SessieId);
    }

    /// <summary>The database file and the signed-in facilitator, for a second service provider over the same data (the dashboard render).</summary>
    public string File => _file;
    public ICurrentUser Gebruiker => _user;

    private sealed record Facilitator(long Id, string Sessie) : ICurrentUser
    {
        public long? GebruikerId => Id;
        public string? SessieId => Sessie;
        public string Naam => "Facilitator";
        public bool IsSysteem => false;
    }

    public IMediator Mediator { get; }
    public long ProgrammaId { get; }

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            if (System.IO.File.Exists(f)) System.IO.File.Delete(f);
    }
}
