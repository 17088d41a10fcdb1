using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.TestSupport;

namespace ProgrammaPlanner.Benchmarks;

/// <summary>The real services over a temp SQLite file with the large programme (four reported years) imported; its read model loaded once.</summary>
public sealed class PlanOmgeving : IAsyncDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"programmaplanner-bench-{Guid.NewGuid():N}.db");

    public ServiceProvider Services { get; }
    public GetProgrammaplan.Programmaplan Plan { get; private set; } = new();
    public long ProgrammaId { get; private set; }
    public static readonly PlanOpties Opties = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    private PlanOmgeving()
    {
        Services = new ServiceCollection()
            .AddScoped<ICurrentUser>(_ => Systeem.Gebruiker) // the documents are made by the installation itself here
            .AddProgrammaPlannerCore($"Data Source={_database}")
            .AddProgrammaplanDocuments(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            .BuildServiceProvider();
        Services.MigrateProgrammaPlannerDatabase();
    }

    public static async Task<PlanOmgeving> MaakAsync()
    {
        var omgeving = new PlanOmgeving();
        using var scope = omgeving.Services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var result = await mediator.Send(new ImportProgramma.Command(GrootProgramma.Json(verslagjaren: true), "groot.json"));
        omgeving.Plan = await mediator.Send(new GetProgrammaplan.Query(result.ProgrammaId));
        omgeving.ProgrammaId = result.ProgrammaId;
        return omgeving;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        foreach (var f in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
