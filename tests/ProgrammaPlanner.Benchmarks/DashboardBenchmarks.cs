using BenchmarkDotNet.Attributes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor.Services;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Web.Components.Pages.Programmas;

namespace ProgrammaPlanner.Benchmarks;

/// <summary>
/// Target: the dashboard of the large programma, data query plus render, ≤ 100 ms median. The real page
/// component (with its navigation header and its queries) rendered by bUnit until the budget table and the stand are there,
/// as the programma's facilitator.
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private BenchApp _app = null!;
    private BunitContext _bunit = null!;
    private GetMijnRechten.Rechten _rechten = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _app = new BenchApp();
        _bunit = new BunitContext();
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddScoped(_ => _app.Gebruiker);
        _bunit.Services.AddProgrammaPlannerCore($"Data Source={_app.File}");
        _bunit.Services.AddMudServices();
        _bunit.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        _rechten = await _bunit.Services.GetRequiredService<MediatR.IMediator>().Send(new GetMijnRechten.Query(_app.ProgrammaId));
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _bunit.DisposeAsync();
        _app.Dispose();
    }

    [Benchmark]
    public async Task<int> Dashboard_QueryAndRender()
    {
        var cut = _bunit.Render<ProgrammaDashboard>(p => p.AddCascadingValue(_rechten).Add(x => x.ProgrammaId, _app.ProgrammaId));
        cut.WaitForState(() => cut.FindAll("[data-testid=budget-totaal]").Count > 0 && cut.FindAll("[data-testid=stand-speerpunt]").Count > 0,
            TimeSpan.FromSeconds(10));
        var lengte = cut.Markup.Length;
        await _bunit.DisposeComponentsAsync(); // a fresh page each time, as a user opening it
        return lengte;
    }
}
