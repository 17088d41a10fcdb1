using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Docx;
using ProgrammaPlanner.Documents.Pdf;
using ProgrammaPlanner.Documents.Voortgang;

namespace ProgrammaPlanner.Benchmarks;

/// <summary>
/// Warm exports of the large generated programme (≈60 pages): the PDF with its page-number pass (a measuring print
/// for a plan not seen before, then the tagged print) on the already running browser, next to one bare tagged print of
/// the same HTML (the yardstick), the HTML alone, and the DOCX. In-process so the warm
/// browser stays warm; one invocation per iteration (Monitoring), since one print takes about a second.
/// </summary>
[Config(typeof(Settings))]
public class PdfBenchmarks
{
    private sealed class Settings : ManualConfig
    {
        public Settings() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring).WithWarmupCount(2).WithIterationCount(15).WithLaunchCount(1));
    }

    private PlanOmgeving _omgeving = null!;
    private PlanPdf _pdf = null!;
    private PlanHtml _html = null!;
    private PdfPrinter _printer = null!;
    private string _document = "";

    [GlobalSetup]
    public void Setup()
    {
        _omgeving = PlanOmgeving.MaakAsync().GetAwaiter().GetResult();
        _pdf = _omgeving.Services.GetRequiredService<PlanPdf>();
        _html = _omgeving.Services.GetRequiredService<PlanHtml>();
        _printer = _omgeving.Services.GetRequiredService<PdfPrinter>();
        _document = _html.RenderAsync(_omgeving.Plan, PlanOmgeving.Opties).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _omgeving.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The same plan again: the heading pages of the first export are known, so one (tagged) print and the finishing.</summary>
    [Benchmark(Description = "PDF warm (same plan again)")]
    public Task<byte[]> PdfWarm() => _pdf.MaakAsync(_omgeving.Plan, PlanOmgeving.Opties);

    /// <summary>A plan not exported before (a fresh PlanPdf, the same warm browser): the measuring print, the tagged print, the finishing.</summary>
    [Benchmark(Description = "PDF warm (new plan: measuring print)")]
    public Task<byte[]> PdfWarmNieuw() => new PlanPdf(_html, _printer).MaakAsync(_omgeving.Plan, PlanOmgeving.Opties);

    /// <summary>
    /// The yardstick for "PDF warm" (target ≤ 1.2 × this): one bare tagged print of the same HTML on the same warm browser,
    /// loading the HTML included; no HTML render, no page numbers, no finishing.
    /// </summary>
    [Benchmark(Description = "Bare tagged print (same HTML)")]
    public Task<byte[]> KalePrint() => _printer.MetPaginaAsync(_document, PdfPrinter.PdfAsync);

    [Benchmark(Description = "HTML render")]
    public Task<string> Html() => _html.RenderAsync(_omgeving.Plan, PlanOmgeving.Opties);

    [Benchmark(Description = "DOCX")]
    public byte[] Docx() => PlanDocx.Maak(_omgeving.Plan, PlanOmgeving.Opties);

    /// <summary>Target ≤ 1.5 s: the voortgangsrapportage of the last reported year (60 charts), read model included.</summary>
    [Benchmark(Description = "Voortgangsrapportage PDF warm")]
    public async Task<PlanBestand> VoortgangPdf()
    {
        using var scope = _omgeving.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VoortgangExport>().PdfAsync(_omgeving.ProgrammaId, 2028);
    }
}
