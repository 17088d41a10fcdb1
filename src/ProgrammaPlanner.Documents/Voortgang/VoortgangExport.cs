using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Voortgang;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Documents.Voortgang;

/// <summary>
/// The voortgangsrapportage of one year through the programmaplan's machinery: read model via the mediator (authorization and
/// NotFound as everywhere), HTML via HtmlRenderer, PDF via the shared warm Chromium, DOCX via the Word builder. Without a version
/// number the live concept; with one, the frozen version's snapshot with its own status and decisions, or as the copy
/// <c>exemplaar</c> (see <see cref="Versiedocumenten"/>: the copy the boards received shows no decisions yet).
/// </summary>
public sealed class VoortgangExport(IMediator mediator, IServiceProvider services, ILoggerFactory loggers, PdfPrinter printer, TimeProvider clock)
{
    public async Task<string> HtmlAsync(long programmaId, int jaar, int? nummer = null, CancellationToken ct = default)
    {
        var (r, versie) = await LoadAsync(programmaId, jaar, nummer, ct);
        return await RenderAsync(r, versie);
    }

    public async Task<PlanBestand> PdfAsync(long programmaId, int jaar, int? nummer = null, CancellationToken ct = default, string? exemplaar = null)
    {
        var (r, versie) = await LoadAsync(programmaId, jaar, nummer, ct, exemplaar);
        var m = new VoortgangModel(r, versie);
        var pdf = await printer.MetPaginaAsync(await RenderAsync(r, versie), PdfPrinter.PdfAsync, ct);
        // A version is dated by its decision or freeze, so it prints the same file every time; the concept by now.
        var tijdstip = m.VersieDatum is { } dag ? new DateTimeOffset(dag.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : clock.GetLocalNow();
        return new(PdfInfo.VulAan(pdf, $"{m.Titel} {r.Programma.Naam}", m.Auteur, m.Status, tijdstip), Naam(r, versie, "pdf"),
            ProgrammaplanExport.PdfType);
    }

    public async Task<PlanBestand> DocxAsync(long programmaId, int jaar, int? nummer = null, CancellationToken ct = default, string? exemplaar = null)
    {
        var (r, versie) = await LoadAsync(programmaId, jaar, nummer, ct, exemplaar);
        IReadOnlyDictionary<long, byte[]>? grafieken = null;
        try { grafieken = await Grafiekbeelden.MaakAsync(printer, r, ct); }
        catch (BrowserNotFoundException) { } // without Chromium the DOCX still carries every chart's figures as a table
        return new(VoortgangDocx.Maak(r, versie, grafieken), Naam(r, versie, "docx"), ProgrammaplanExport.DocxType);
    }

    private async Task<(GetVoortgangsrapportage.Rapportage, Versie?)> LoadAsync(long programmaId, int jaar, int? nummer, CancellationToken ct,
        string? exemplaar = null)
    {
        if (nummer is not { } n) return (await mediator.Send(new GetVoortgangsrapportage.Query(programmaId, jaar), ct), null);
        var v = await mediator.Send(new GetVoortgangsversie.Query(programmaId, jaar, n), ct);
        return (v.Rapportage, exemplaar is null ? v.Versie : Versiedocumenten.Exemplaar(v.Versie, exemplaar));
    }

    private async Task<string> RenderAsync(GetVoortgangsrapportage.Rapportage r, Versie? versie)
    {
        // The renderer needs scoped component services: give each render its own scope.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<VoortgangDocument>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(VoortgangDocument.Rapportage)] = r,
                [nameof(VoortgangDocument.Versie)] = versie,
            }))).ToHtmlString());
    }

    /// <summary>"Voortgangsrapportage 2019 Samen Noord versie 1.pdf"; Downloads.Bestandsnaam cleans it further.</summary>
    private static string Naam(GetVoortgangsrapportage.Rapportage r, Versie? versie, string extensie) =>
        $"Voortgangsrapportage {r.Jaar} {r.Programma.Naam}{(versie is null ? "" : $" versie {versie.Nummer}")}.{extensie}";
}
