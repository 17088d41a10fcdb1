using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The sample programmes, imported once per run through ImportProgramma (as a user would), by file name.</summary>
public static class Samples
{
    /// <summary>Not a file: the large generated programme of the benchmarks.</summary>
    public const string Groot = "(groot)";
    private static readonly Dictionary<string, long> Ids = [];
    private static readonly SemaphoreSlim Slot = new(1, 1);

    public static IEnumerable<string> SampleFiles =>
        Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples"), "*.json").Select(Path.GetFileName).Order()!;

    public static async Task<long> IdAsync(string bestand)
    {
        await Slot.WaitAsync();
        try
        {
            if (Ids.TryGetValue(bestand, out var id)) return id;
            using var scope = DocumentsSetup.Services.CreateScope();
            var json = bestand == Groot ? TestSupport.GrootProgramma.Json(verslagjaren: true)
                : await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", bestand));
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportProgramma.Command(json, bestand));
            return Ids[bestand] = result.ProgrammaId;
        }
        finally { Slot.Release(); }
    }

    public static async Task<GetProgrammaplan.Programmaplan> PlanAsync(string bestand)
    {
        var id = await IdAsync(bestand);
        using var scope = DocumentsSetup.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetProgrammaplan.Query(id));
    }
}
