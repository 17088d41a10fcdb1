using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Voortgang;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// GET /programmas/{id}/voortgang/{jaar}/rapportage.html (preview), .pdf and .docx: the voortgangsrapportage of one
/// programme year, always a concept built from the counted figures. Failures come back as a short Dutch text.
/// </summary>
public static class VoortgangEndpoints
{
    public static void MapVoortgang(this IEndpointRouteBuilder app)
    {
        var jaar = app.MapGroup("/programmas/{programmaId:long}/voortgang/{jaar:int}");
        jaar.MapGet("/rapportage.html", (long programmaId, int jaar, VoortgangExport export, ILogger<VoortgangExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "de voortgangsrapportage", async () =>
                Results.Content(await export.HtmlAsync(programmaId, jaar, ct), "text/html; charset=utf-8")));
        jaar.MapGet("/rapportage.pdf", (long programmaId, int jaar, VoortgangExport export, ILogger<VoortgangExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "de voortgangsrapportage", async () => Bestand(await export.PdfAsync(programmaId, jaar, ct))));
        jaar.MapGet("/rapportage.docx", (long programmaId, int jaar, VoortgangExport export, ILogger<VoortgangExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "de voortgangsrapportage", async () => Bestand(await export.DocxAsync(programmaId, jaar, ct))));
    }

    private static IResult Bestand(PlanBestand b) => Results.File(b.Inhoud, b.ContentType, b.Bestandsnaam);
}
