using System.Net.Mime;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// GET /programmas/{id}/plan.html (the preview the page shows in an iframe), plan.pdf and plan.docx (downloads
/// named "Programmaplan NAAM.pdf"). The live plan is always a dated concept with the watermark: a status or version
/// label comes only from a frozen version (PlanversiesEndpoints), so no query string can print "vastgesteld" on it.
/// Failures come back as a short Dutch text, never a stack trace.
/// </summary>
public static class ProgrammaplanEndpoints
{
    public static void MapProgrammaplan(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/programmas/{programmaId:long}");
        plan.MapGet("/plan.html", (long programmaId, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct)
            =>
            Downloads.VeiligAsync(log, "het programmaplan", async () =>
            {
                var html = await export.HtmlAsync(programmaId, ct: ct);
                return Results.Content(html, "text/html; charset=utf-8");
            }));
        plan.MapGet("/plan.pdf", (long programmaId, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct)
            =>
            Downloads.VeiligAsync(log, "het programmaplan", async () => Bestand(await export.PdfAsync(programmaId, ct: ct))));
        plan.MapGet("/plan.docx", (long programmaId, ProgrammaplanExport export, ILogger<PlanBestand> log, CancellationToken ct)
            =>
            Downloads.VeiligAsync(log, "het programmaplan", async () => Bestand(await export.DocxAsync(programmaId, ct: ct))));
    }

    /// <summary>Content-Disposition: attachment with the plan's name (also as UTF-8 filename* for é and ë).</summary>
    private static IResult Bestand(PlanBestand bestand) => Results.File(bestand.Inhoud, bestand.ContentType, bestand.Bestandsnaam);
}
