using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents;

namespace ProgrammaPlanner.Benchmarks;

/// <summary>
/// Target ≤ 50 ms: a download of a frozen version's kept PDF of the large programme (≈60 pages), as the endpoint serves it:
/// its own scope, the mediator with authorization, the bytes read from SQLite. Printed once in the setup, never in the loop.
/// </summary>
[Config(typeof(Settings))]
[MemoryDiagnoser]
public class VersiedocumentBenchmarks
{
    private sealed class Settings : ManualConfig
    {
        public Settings() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
    }

    private PlanOmgeving _omgeving = null!;

    [GlobalSetup]
    public void Setup()
    {
        _omgeving = PlanOmgeving.MaakAsync().GetAwaiter().GetResult();
        using var scope = _omgeving.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FreezePlanversie.Command(_omgeving.ProgrammaId, "")).GetAwaiter().GetResult();
        var documenten = scope.ServiceProvider.GetRequiredService<Versiedocumenten>();
        documenten.BewaarAsync(_omgeving.ProgrammaId, 1, PlanversieStatus.TerBesluitvorming).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _omgeving.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Kept version PDF served")]
    public async Task<PlanBestand> BewaardePdf()
    {
        using var scope = _omgeving.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Versiedocumenten>().HaalAsync(_omgeving.ProgrammaId, 1, Versiedocument.Pdf);
    }
}
