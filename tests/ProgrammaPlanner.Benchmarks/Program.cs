using BenchmarkDotNet.Running;

namespace ProgrammaPlanner.Benchmarks;

// dotnet run -c Release --project tests/ProgrammaPlanner.Benchmarks -- --filter '*CoreBenchmarks*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/ProgrammaPlanner.Benchmarks -- pdf-scenario                (cold, 5 at once, memory after 50)
// A named entry point: the web app referenced for the dashboard benchmark has its own Program class.
public static class BenchmarkProgramma
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["pdf-scenario", ..]) return await PdfScenario.RunAsync(Console.Out);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgramma).Assembly).Run(args);
        return 0;
    }
}
