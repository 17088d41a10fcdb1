using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Voortgang;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// GET /programmas/{id}/voortgang/{jaar}/rapportage.html (preview), .pdf and .docx: the voortgangsrapportage of one programme year,
/// always a concept built from the counted figures; under /versies/{nummer}/ the same three for a frozen version, printed from its
/// snapshot with its own status and decisions. Failures come back as a short Dutch text.
/// </summary>
public static class VoortgangEndpoints
{
    public static void MapVoortgang(this IEndpointRouteBuilder app)
    {
        Map(app.MapGroup("/programmas/{programmaId:long}/voortgang/{jaar:int}"), versie: false);
        Map(app.MapGroup("/programmas/{programmaId:long}/voortgang/{jaar:int}/versies/{nummer:int}"), versie: true);
    }

    private static void Map(RouteGroupBuilder groep, bool versie)
    {
        const string Wat = "de voortgangsrapportage";
        groep.MapGet("/rapportage.html", (long programmaId, int jaar, int? nummer, VoortgangExport export, ILogger<VoortgangExport> log,
            CancellationToken ct) => Downloads.VeiligAsync(log, Wat, async () =>
                Results.Content(await export.HtmlAsync(programmaId, jaar, Nummer(versie, nummer), ct), "text/html; charset=utf-8")));
        groep.MapGet("/rapportage.pdf", (long programmaId, int jaar, int? nummer, VoortgangExport export, ILogger<VoortgangExport> log,
            CancellationToken ct) => Downloads.VeiligAsync(log, Wat, async () =>
                Bestand(await export.PdfAsync(programmaId, jaar, Nummer(versie, nummer), ct))));
        groep.MapGet("/rapportage.docx", (long programmaId, int jaar, int? nummer, VoortgangExport export, ILogger<VoortgangExport> log,
            CancellationToken ct) => Downloads.VeiligAsync(log, Wat, async () =>
                Bestand(await export.DocxAsync(programmaId, jaar, Nummer(versie, nummer), ct))));
    }

    /// <summary>The version number from the route only: a "?nummer=" on the live report's address must not make it look frozen.</summary>
    private static int? Nummer(bool versie, int? nummer) => versie ? nummer : null;

    private static IResult Bestand(PlanBestand b) => Results.File(b.Inhoud, b.ContentType, b.Bestandsnaam);
}
