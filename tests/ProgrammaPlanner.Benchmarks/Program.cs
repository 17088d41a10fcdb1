using BenchmarkDotNet.Running;

namespace ProgrammaPlanner.Benchmarks;

// dotnet run -c Release --project tests/ProgrammaPlanner.Benchmarks -- --filter '*CoreBenchmarks*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/ProgrammaPlanner.Benchmarks -- pdf-scenario                (cold, 5 at once, memory after 50)
// dotnet run -c Release --project tests/ProgrammaPlanner.Benchmarks -- pdf-verhouding 15           (warm export ÷ bare tagged print, alternating)
// A named entry point: the web app referenced for the dashboard benchmark has its own Program class.
public static class BenchmarkProgramma
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["pdf-scenario", ..]) return await PdfScenario.RunAsync(Console.Out);
        if (args is ["pdf-verhouding", ..]) return await PdfScenario.VerhoudingAsync(Console.Out, args.Length > 1 ? int.Parse(args[1]) : 15);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgramma).Assembly).Run(args);
        return 0;
    }
}
