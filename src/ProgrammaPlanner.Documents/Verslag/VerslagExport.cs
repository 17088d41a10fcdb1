using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Documents.Verslag;

/// <summary>
/// The session report through the programmaplan's machinery: read model via the mediator (authorization and NotFound
/// as everywhere), HTML via HtmlRenderer, PDF via the shared warm Chromium (PdfPrinter), DOCX via the Word builder.
/// </summary>
public sealed class VerslagExport(IMediator mediator, IServiceProvider services, ILoggerFactory loggers, PdfPrinter printer)
{
    public async Task<string> HtmlAsync(long programmaId, long bijeenkomstId, CancellationToken ct = default) =>
        await RenderAsync(await mediator.Send(new GetVerslag.Query(programmaId, bijeenkomstId), ct));

    public async Task<PlanBestand> PdfAsync(long programmaId, long bijeenkomstId, CancellationToken ct = default)
    {
        var verslag = await mediator.Send(new GetVerslag.Query(programmaId, bijeenkomstId), ct);
        var pdf = await printer.MetPaginaAsync(await RenderAsync(verslag), PdfPrinter.PdfAsync, ct);
        var titel = $"Verslag {verslag.Bijeenkomst.Titel}";
        return new(PdfInfo.VulAan(pdf, titel, verslag.Programma, verslag.Bijeenkomst.Soort, DateTimeOffset.Now), Naam(verslag, "pdf"),
            ProgrammaplanExport.PdfType);
    }

    public async Task<PlanBestand> DocxAsync(long programmaId, long bijeenkomstId, CancellationToken ct = default)
    {
        var verslag = await mediator.Send(new GetVerslag.Query(programmaId, bijeenkomstId), ct);
        return new(VerslagDocx.Maak(verslag), Naam(verslag, "docx"), ProgrammaplanExport.DocxType);
    }

    private async Task<string> RenderAsync(GetVerslag.Verslag verslag)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<VerslagDocument>(ParameterView.FromDictionary(new Dictionary<string,
                object?>
            { [nameof(VerslagDocument.Verslag)] = verslag }))).ToHtmlString());
    }

    private static string Naam(GetVerslag.Verslag v, string extensie)
    {
        var verboden = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var titel = new string(v.Bijeenkomst.Titel.Where(c => !verboden.Contains(c) && !char.IsControl(c)).ToArray()).Trim();
        return $"Verslag {titel} {v.Bijeenkomst.Datum:yyyy-MM-dd}.{extensie}";
    }
}
