using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Ontwikkelopgaven;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>Downloads per ontwikkelopgave: its findings (HTML preview, PDF, DOCX).</summary>
public static class OntwikkelopgavenEndpoints
{
    public static IEndpointRouteBuilder MapOntwikkelopgaven(this IEndpointRouteBuilder app)
    {
        var opgave = app.MapGroup("/programmas/{programmaId:long}/leren/opgaven/{opgaveId:long}");
        opgave.MapGet("/bevindingen.html", (long programmaId, long opgaveId, BevindingenExport export, ILogger<BevindingenExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het bevindingendocument", async () => Results.Content(await export.HtmlAsync(programmaId, opgaveId, ct),
                "text/html; charset=utf-8")));
        opgave.MapGet("/bevindingen.pdf", (long programmaId, long opgaveId, BevindingenExport export, ILogger<BevindingenExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het bevindingendocument", async () => Bestand(await export.PdfAsync(programmaId, opgaveId, ct))));
        opgave.MapGet("/bevindingen.docx", (long programmaId, long opgaveId, BevindingenExport export, ILogger<BevindingenExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het bevindingendocument", async () => Bestand(await export.DocxAsync(programmaId, opgaveId, ct))));
        return app;
    }

    private static IResult Bestand(PlanBestand b) => Results.File(b.Inhoud, b.ContentType, b.Bestandsnaam);
}
