using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProgrammaPlanner.Core.Voortgang;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Documents.Voortgang;

/// <summary>
/// The voortgangsrapportage of one year through the programmaplan's machinery: read model via the mediator
/// (authorization and NotFound as everywhere), HTML via HtmlRenderer, PDF via the shared warm Chromium, DOCX via the Word builder.
/// </summary>
public sealed class VoortgangExport(IMediator mediator, IServiceProvider services, ILoggerFactory loggers, PdfPrinter printer)
{
    public async Task<string> HtmlAsync(long programmaId, int jaar, CancellationToken ct = default) =>
        await RenderAsync(await mediator.Send(new GetVoortgangsrapportage.Query(programmaId, jaar), ct));

    public async Task<PlanBestand> PdfAsync(long programmaId, int jaar, CancellationToken ct = default)
    {
        var r = await mediator.Send(new GetVoortgangsrapportage.Query(programmaId, jaar), ct);
        var m = new VoortgangModel(r);
        var pdf = await printer.MetPaginaAsync(await RenderAsync(r), PdfPrinter.PdfAsync, ct);
        return new(PdfInfo.VulAan(pdf, $"{m.Titel} {r.Programma.Naam}", m.Auteur, "concept", DateTimeOffset.Now), Naam(r, "pdf"), ProgrammaplanExport.PdfType);
    }

    public async Task<PlanBestand> DocxAsync(long programmaId, int jaar, CancellationToken ct = default)
    {
        var r = await mediator.Send(new GetVoortgangsrapportage.Query(programmaId, jaar), ct);
        return new(VoortgangDocx.Maak(r), Naam(r, "docx"), ProgrammaplanExport.DocxType);
    }

    private async Task<string> RenderAsync(GetVoortgangsrapportage.Rapportage r)
    {
        // The renderer needs scoped component services: give each render its own scope.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<VoortgangDocument>(ParameterView.FromDictionary(new Dictionary<string, object?>
            { [nameof(VoortgangDocument.Rapportage)] = r }))).ToHtmlString());
    }

    /// <summary>The file name; Downloads.Bestandsnaam cleans it further.</summary>
    private static string Naam(GetVoortgangsrapportage.Rapportage r, string extensie) =>
        $"Voortgangsrapportage {r.Jaar} {r.Programma.Naam}.{extensie}";
}
