using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Ontwikkelopgaven;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Documents.Ontwikkelopgaven;

/// <summary>
/// The findings of an ontwikkelopgave through the verslag's machinery: read model via the mediator (authorization and
/// NotFound as everywhere), HTML via HtmlRenderer, PDF via the shared warm Chromium (PdfPrinter), DOCX via the Word builder.
/// </summary>
public sealed class BevindingenExport(IMediator mediator, IServiceProvider services, ILoggerFactory loggers, PdfPrinter printer, TimeProvider clock)
{
    public async Task<string> HtmlAsync(long programmaId, long opgaveId, CancellationToken ct = default) =>
        await RenderAsync(await mediator.Send(new GetOntwikkelopgave.Query(programmaId, opgaveId), ct), Tijd.Vandaag(clock));

    public async Task<PlanBestand> PdfAsync(long programmaId, long opgaveId, CancellationToken ct = default)
    {
        var opgave = await mediator.Send(new GetOntwikkelopgave.Query(programmaId, opgaveId), ct);
        var datum = Tijd.Vandaag(clock);
        var pdf = await printer.MetPaginaAsync(await RenderAsync(opgave, datum), PdfPrinter.PdfAsync, ct);
        var m = new BevindingenModel(opgave, datum);
        return new(PdfInfo.VulAan(pdf, m.Titel, opgave.Programma, "ontwikkelopgave", clock.GetUtcNow()), Naam(m, "pdf"), ProgrammaplanExport.PdfType);
    }

    public async Task<PlanBestand> DocxAsync(long programmaId, long opgaveId, CancellationToken ct = default)
    {
        var opgave = await mediator.Send(new GetOntwikkelopgave.Query(programmaId, opgaveId), ct);
        var datum = Tijd.Vandaag(clock);
        return new(BevindingenDocx.Maak(opgave, datum), Naam(new BevindingenModel(opgave, datum), "docx"), ProgrammaplanExport.DocxType);
    }

    private async Task<string> RenderAsync(GetOntwikkelopgave.Ontwikkelopgave opgave, DateOnly datum)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<BevindingenDocument>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(BevindingenDocument.Opgave)] = opgave,
                [nameof(BevindingenDocument.Datum)] = datum,
            }))).ToHtmlString());
    }

    private static string Naam(BevindingenModel m, string extensie)
    {
        var verboden = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var titel = new string(m.Titel.Where(c => !verboden.Contains(c) && !char.IsControl(c)).ToArray()).Trim();
        return $"{titel} {m.Datum:yyyy-MM-dd}.{extensie}";
    }
}
