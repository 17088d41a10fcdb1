using BenchmarkDotNet.Attributes;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Stand;

namespace ProgrammaPlanner.Benchmarks;

/// <summary>
/// Targets: GetProgrammaplan median ≤ 15 ms; create-project with links ≤ 5 ms; the dashboard's
/// data query well under 100 ms. All through the real pipeline (validation, audit) on the large programma.
/// </summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    private BenchApp _app = null!;
    private long[] _partners = [];
    private long[] _doelstellingen = [];
    private int _n;

    [GlobalSetup]
    public async Task Setup()
    {
        _app = new BenchApp();
        _partners = (await _app.Mediator.Send(new ListPartners.Query(_app.ProgrammaId))).Select(p => p.Id).Take(4).ToArray();
        _doelstellingen = (await _app.Mediator.Send(new ListDoelstellingen.Query(_app.ProgrammaId))).Select(d => d.Id).Take(3).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    [Benchmark]
    public Task<GetProgrammaplan.Programmaplan> GetProgrammaplan_Large() =>
        _app.Mediator.Send(new GetProgrammaplan.Query(_app.ProgrammaId));

    [Benchmark]
    public Task<GetProgrammaOverview.Overview> GetProgrammaOverview_Large() =>
        _app.Mediator.Send(new GetProgrammaOverview.Query(_app.ProgrammaId, new DateOnly(2026, 3, 1)));

    /// <summary>The stand of every doelstelling per year and per speerpunt, as the dashboard and the stand page ask it.</summary>
    [Benchmark]
    public Task<GetStand.Programmastand> GetStand_Large() => _app.Mediator.Send(new GetStand.Query(_app.ProgrammaId, 2028));

    /// <summary>A new project with trekker, 4 partners and 3 doelstellingen (one transaction + audit row).</summary>
    [Benchmark]
    public Task<long> CreateProject_WithLinks() =>
        _app.Mediator.Send(new CreateProject.Command(_app.ProgrammaId, $"Benchproject {++_n}", "Doel", false, _partners[0], _partners,
            _doelstellingen, new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), "lopend"));
}
