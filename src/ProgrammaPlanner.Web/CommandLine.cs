using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Web;

/// <summary>
/// The host's command-line verbs, using the same slices as the UI:
///   export --programma NAME --format json|pdf|docx --out FILE
///   import --file FILE
///   recover-beheerder --email ADDRESS   (see RecoverBeheerderVerb)
///   copy-to-postgres --target CONNECTION   (see CopyToPostgresVerb)
/// Any other arguments (e.g. --ConnectionStrings:ProgrammaPlanner=...) are ordinary configuration.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["export", "import", RecoverBeheerderVerb.Name, CopyToPostgresVerb.Name];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        using var scope = services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            return args[0] switch
            {
                "export" => await ExportAsync(args, scope.ServiceProvider, mediator, output, error),
                RecoverBeheerderVerb.Name => await RecoverBeheerderVerb.RunAsync(args, scope.ServiceProvider, output, error),
                CopyToPostgresVerb.Name => await CopyToPostgresVerb.RunAsync(args, scope.ServiceProvider, output, error),
                _ => await ImportAsync(args, mediator, output, error),
            };
        }
        catch (ValidationException e)
        {
            await error.WriteLineAsync("Niet uitgevoerd; dit moet eerst worden opgelost:");
            foreach (var (veld, meldingen) in e.Errors)
                foreach (var melding in meldingen)
                    await error.WriteLineAsync($"  - {veld}: {melding}");
            return 2;
        }
        catch (System.Data.Common.DbException e) // a full disk, a read-only or damaged file: the transaction rolled back
        {
            await error.WriteLineAsync($"Niet uitgevoerd: de database kon niet worden bijgewerkt; er is niets opgeslagen. ({e.Message})");
            return 4;
        }
        catch (BrowserNotFoundException e)
        {
            await error.WriteLineAsync(e.Message);
            return 3;
        }
        catch (Exception e) when (e is NotFoundException or RefusedException or ConflictException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static readonly string[] Formaten = ["json", "pdf", "docx"];

    private static async Task<int> ExportAsync(string[] args, IServiceProvider services, IMediator mediator, TextWriter output, TextWriter error)
    {
        var naam = Option(args, "--programma");
        var format = Option(args, "--format") ?? "json";
        var file = Option(args, "--out");
        if (naam is null || file is null)
            return await UsageAsync(error, "Gebruik: export --programma NAAM --format json|pdf|docx --out BESTAND");
        if (!Formaten.Contains(format))
            return await UsageAsync(error, $"Onbekend formaat '{format}'. Beschikbaar: {string.Join(", ", Formaten)}.");

        var programma = (await mediator.Send(new ListProgrammas.Query()))
            .FirstOrDefault(p => string.Equals(p.Naam, naam, StringComparison.OrdinalIgnoreCase));
        if (programma is null)
            return await UsageAsync(error, $"Programma '{naam}' bestaat niet.");

        if (format == "json")
            await File.WriteAllTextAsync(file, await mediator.Send(new ExportProgramma.Query(programma.Id)));
        else
        {
            var export = services.GetRequiredService<ProgrammaplanExport>();
            // The live plan is always a concept: a status or version label comes only from a frozen version.
            var opties = PlanOpties.ConceptVan(Tijd.Vandaag(TimeProvider.System));
            var bestand = format == "pdf" ? await export.PdfAsync(programma.Id, opties) : await export.DocxAsync(programma.Id, opties);
            await File.WriteAllBytesAsync(file, bestand.Inhoud);
        }
        await output.WriteLineAsync($"'{programma.Naam}' geëxporteerd naar {Path.GetFullPath(file)}.");
        return 0;
    }

    private static async Task<int> ImportAsync(string[] args, IMediator mediator, TextWriter output, TextWriter error)
    {
        var file = Option(args, "--file");
        if (file is null) return await UsageAsync(error, "Gebruik: import --file BESTAND");
        if (!File.Exists(file)) return await UsageAsync(error, $"Bestand '{file}' bestaat niet.");

        var result = await mediator.Send(new ImportProgramma.Command(await File.ReadAllTextAsync(file), Path.GetFileName(file)));
        await output.WriteLineAsync($"'{result.Naam}' geïmporteerd.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static async Task<int> UsageAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        return 1;
    }
}
