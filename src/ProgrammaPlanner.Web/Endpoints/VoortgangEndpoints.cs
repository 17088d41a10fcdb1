using MediatR;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Voortgang;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// GET /programmas/{id}/voortgang/{jaar}/rapportage.html (preview), .pdf and .docx: the voortgangsrapportage of one programme year,
/// always a concept built from the counted figures; under /versies/{nummer}/ the same three for a frozen version: the preview from
/// its snapshot, the PDF and DOCX its kept copies (Versiedocumenten; ?exemplaar=ter-besluitvorming for the copy the boards received).
/// Failures come back as a short Dutch text.
/// </summary>
public static class VoortgangEndpoints
{
    private const string Wat = "de voortgangsrapportage";

    public static void MapVoortgang(this IEndpointRouteBuilder app)
    {
        // The live report takes no version number from anywhere: a "?nummer=" must not make it look frozen.
        var live = app.MapGroup("/programmas/{programmaId:long}/voortgang/{jaar:int}");
        live.MapGet("/rapportage.html", (long programmaId, int jaar, VoortgangExport export, ILogger<VoortgangExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, Wat, async () => Results.Content(await export.HtmlAsync(programmaId, jaar, ct: ct), "text/html; charset=utf-8")));
        live.MapGet("/rapportage.pdf", (long programmaId, int jaar, VoortgangExport export, ILogger<VoortgangExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, Wat, async () => Bestand(await export.PdfAsync(programmaId, jaar, ct: ct))));
        live.MapGet("/rapportage.docx", (long programmaId, int jaar, VoortgangExport export, ILogger<VoortgangExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, Wat, async () => Bestand(await export.DocxAsync(programmaId, jaar, ct: ct))));

        var versie = app.MapGroup("/programmas/{programmaId:long}/voortgang/{jaar:int}/versies/{nummer:int}");
        versie.MapGet("/rapportage.html", (long programmaId, int jaar, int nummer, VoortgangExport export, ILogger<VoortgangExport> log,
            CancellationToken ct) => Downloads.VeiligAsync(log, Wat, async () =>
                Results.Content(await export.HtmlAsync(programmaId, jaar, nummer, ct), "text/html; charset=utf-8")));
        versie.MapGet("/rapportage.{formaat:regex(^(pdf|docx)$)}", (long programmaId, int jaar, int nummer, string formaat, string? exemplaar,
            Versiedocumenten documenten, ILogger<VoortgangExport> log, CancellationToken ct) => Downloads.VeiligAsync(log, Wat, async () =>
                Bestand(await documenten.HaalVoortgangAsync(programmaId, jaar, nummer, formaat, PlanversiesEndpoints.Exemplaar(exemplaar), ct))));
        versie.MapGet("/besluiten/{partnerId:long}/scan", (long programmaId, int jaar, int nummer, long partnerId, IMediator mediator,
            ILogger<VoortgangExport> log, CancellationToken ct) =>
            PlanversiesEndpoints.Scan(log, () => mediator.Send(new GetBesluitscan.Query(programmaId, nummer, partnerId, jaar), ct)));
    }

    private static IResult Bestand(PlanBestand b) => Results.File(b.Inhoud, b.ContentType, b.Bestandsnaam);
}
