using MediatR;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Web;

/// <summary>
/// On first start (no programma at all) loads the sample programmes from the samples folder, so the run
/// command shows something real. Turn off with Samples:LoadOnFirstStart=false.
/// </summary>
public static class SampleLoader
{
    public static async Task LoadIfEmptyAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        if (!configuration.GetValue("Samples:LoadOnFirstStart", true)) return;

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Aanmelding.WebGebruiker>().AlsSysteem(); // the installation loads them, not a user
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if ((await mediator.Send(new ListProgrammas.Query())).Count > 0) return;

        var folder = configuration["Samples:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "samples");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Map met voorbeeldprogramma's {Folder} niet gevonden; er worden geen voorbeelden geladen.", folder);
            return;
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var result = await mediator.Send(new ImportProgramma.Command(await File.ReadAllTextAsync(file), Path.GetFileName(file)));
            logger.LogInformation("Voorbeeldprogramma '{Naam}' geladen uit {File}.", result.Naam, Path.GetFileName(file));
        }
    }
}
