using System.Net.Mime;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Web.Components.Pages.Programmaplan;

/// <summary>
/// GET /programmas/{id}/plan.html (the preview the page shows in an iframe), plan.pdf and plan.docx (downloads
/// named "Programmaplan NAAM.pdf"). Optional ?status=concept|ter besluitvorming|vastgesteld&amp;versie=...
/// Failures come back as a short Dutch text, never a stack trace.
/// </summary>
public static class ProgrammaplanEndpoints
{
    public static void MapProgrammaplan(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/programmas/{programmaId:long}");
        plan.MapGet("/plan.html", (long programmaId, string? status, string? versie, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct) =>
            Veilig(log, async () =>
            {
                var html = await export.HtmlAsync(programmaId, Opties(status, versie), ct);
                return Results.Content(html, "text/html; charset=utf-8");
            }));
        plan.MapGet("/plan.pdf", (long programmaId, string? status, string? versie, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct) =>
            Veilig(log, async () => Bestand(await export.PdfAsync(programmaId, Opties(status, versie), ct))));
        plan.MapGet("/plan.docx", (long programmaId, string? status, string? versie, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct) =>
            Veilig(log, async () => Bestand(await export.DocxAsync(programmaId, Opties(status, versie), ct))));
    }

    private static PlanOpties? Opties(string? status, string? versie)
    {
        if (status is null && versie is null) return null;
        var standaard = PlanOpties.ConceptVan(DateOnly.FromDateTime(DateTime.Now));
        return standaard with
        {
            Status = PlanStatus.Alle.Contains(status ?? "") ? status! : standaard.Status,
            Versie = string.IsNullOrWhiteSpace(versie) ? standaard.Versie : versie.Trim(),
        };
    }

    /// <summary>Content-Disposition: attachment with the plan's name (also as UTF-8 filename* for é and ë).</summary>
    private static IResult Bestand(PlanBestand bestand) => Results.File(bestand.Inhoud, bestand.ContentType, bestand.Bestandsnaam);

    private static async Task<IResult> Veilig(ILogger log, Func<Task<IResult>> maak)
    {
        try { return await maak(); }
        catch (NotFoundException) { return Tekst("Dit programma bestaat niet (meer). Ga terug naar de lijst met programma's.", 404); }
        catch (BrowserNietGevondenException e) { return Tekst(e.Message, 503); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Programmaplan maken mislukt");
            return Tekst("Het programmaplan kon niet worden gemaakt door een onverwachte fout. Probeer het opnieuw; blijft het misgaan, meld het dan aan de beheerder.", 500);
        }
    }

    private static IResult Tekst(string melding, int status) =>
        Results.Text(melding, MediaTypeNames.Text.Plain + "; charset=utf-8", statusCode: status);
}
