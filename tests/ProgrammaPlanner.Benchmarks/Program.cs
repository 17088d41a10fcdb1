using BenchmarkDotNet.Running;
using ProgrammaPlanner.Benchmarks;

// dotnet run -c Release --project tests/ProgrammaPlanner.Benchmarks -- --filter '*PdfBenchmarks*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/ProgrammaPlanner.Benchmarks -- pdf-scenario               (cold, 5 at once, memory after 50)
if (args is ["pdf-scenario", ..]) return await PdfScenario.RunAsync(Console.Out);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
