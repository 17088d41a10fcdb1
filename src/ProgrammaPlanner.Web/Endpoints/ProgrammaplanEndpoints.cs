using System.Net.Mime;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Web.Endpoints;

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
        plan.MapGet("/plan.html", (long programmaId, string? status, string? versie, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct)
            =>
            Downloads.VeiligAsync(log, "het programmaplan", async () =>
            {
                var html = await export.HtmlAsync(programmaId, Opties(status, versie), ct);
                return Results.Content(html, "text/html; charset=utf-8");
            }));
        plan.MapGet("/plan.pdf", (long programmaId, string? status, string? versie, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct)
            =>
            Downloads.VeiligAsync(log, "het programmaplan", async () => Bestand(await export.PdfAsync(programmaId, Opties(status, versie), ct))));
        plan.MapGet("/plan.docx", (long programmaId, string? status, string? versie, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct)
            =>
            Downloads.VeiligAsync(log, "het programmaplan", async () => Bestand(await export.DocxAsync(programmaId, Opties(status, versie), ct))));
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
}
