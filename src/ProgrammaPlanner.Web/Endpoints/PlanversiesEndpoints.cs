using MediatR;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Docx;
using ProgrammaPlanner.Documents.Wijzigingen;
using ProgrammaPlanner.Web.Components.Pages.Planversies;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// GET /programmas/{id}/versies/{nr}/plan.html|pdf|docx: the programmaplan of a frozen version, from its snapshot (never from
/// the live data). The PDF and DOCX are the kept copies (Versiedocumenten); the HTML is the on-screen preview of the same.
/// GET …/besluiten/{partnerId}/scan: the scanned page a board signed, kept with its paper approval.
/// </summary>
public static class PlanversiesEndpoints
{
    public static void MapPlanversies(this IEndpointRouteBuilder app)
    {
        // ?wijzigingen=true adds the appendix "wijzigingen ten opzichte van …" (see WijzigingenBasis).
        var versie = app.MapGroup("/programmas/{programmaId:long}/versies/{nummer:int}");
        versie.MapGet("/plan.html", (long programmaId, int nummer, bool? wijzigingen, IMediator mediator, PlanHtml html, ILogger<PlanBestand> log,
            CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het programmaplan van deze versie", async () =>
            {
                var (v, opties) = await LoadAsync(mediator, programmaId, nummer, ct);
                var bijlage = await BijlageAsync(mediator, programmaId, nummer, wijzigingen, ct);
                var herkomst = await Versiedocumenten.BijlageAsync(mediator, programmaId, v, ct); // as in its kept copies
                return Results.Content(await html.RenderAsync(v.Plan, opties, herkomst, wijzigingen: bijlage), "text/html; charset=utf-8");
            }));
        // Without the appendix: the kept copy, byte for byte (printed and kept first if this version has none yet); ?exemplaar=ter-besluitvorming
        // gives the copy the boards received also after vaststelling. With the appendix: a working copy printed now, not a kept one.
        versie.MapGet("/plan.{formaat:regex(^(pdf|docx)$)}", (long programmaId, int nummer, string formaat, bool? wijzigingen, string? exemplaar,
            IMediator mediator, Versiedocumenten documenten, PlanPdf pdf, ILogger<PlanBestand> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het programmaplan van deze versie", async () =>
            {
                if (wijzigingen != true) return Bestand(await documenten.HaalAsync(programmaId, nummer, formaat, Exemplaar(exemplaar), ct));
                var (v, opties) = await LoadAsync(mediator, programmaId, nummer, ct);
                var bijlage = await WijzigingenBasis.BijlageAsync(mediator, programmaId, nummer, ct);
                var inhoud = formaat == Versiedocument.Pdf
                    ? await pdf.MaakAsync(v.Plan, opties, ct, wijzigingen: bijlage)
                    : PlanDocx.Maak(v.Plan, opties, wijzigingen: bijlage);
                return Results.File(inhoud, formaat == Versiedocument.Pdf ? ProgrammaplanExport.PdfType : ProgrammaplanExport.DocxType,
                    Versiedocumenten.Bestandsnaam(v, opties, formaat, " met wijzigingen"));
            }));
        versie.MapGet("/besluiten/{partnerId:long}/scan", (long programmaId, int nummer, long partnerId, IMediator mediator, ILogger<PlanBestand> log,
            CancellationToken ct) => Scan(log, () => mediator.Send(new GetBesluitscan.Query(programmaId, nummer, partnerId), ct)));
    }

    /// <summary>The scanned signed page of a paper approval, as it was sent (a plan version's, or a voortgangsrapportage version's).</summary>
    public static Task<IResult> Scan(ILogger log, Func<Task<GetBesluitscan.Result>> haal) =>
        Downloads.VeiligAsync(log, "de getekende pagina", async () =>
        {
            var scan = await haal();
            return Results.File(scan.Inhoud, scan.Mediatype, scan.Bestandsnaam);
        });

    private static async Task<(GetPlanversie.Planversie Versie, PlanOpties Opties)> LoadAsync(IMediator mediator, long programmaId, int nummer,
        CancellationToken ct)
    {
        var v = await mediator.Send(new GetPlanversie.Query(programmaId, nummer), ct);
        return (v, PlanOpties.Van(v.Versie));
    }

    /// <summary>"ter-besluitvorming" in a link (no spaces), "ter besluitvorming" in the data; anything else: the copy the version hands out now.</summary>
    public static string? Exemplaar(string? waarde) => waarde switch
    {
        "ter-besluitvorming" => PlanversieStatus.TerBesluitvorming,
        "vastgesteld" => PlanversieStatus.Vastgesteld,
        _ => null,
    };

    /// <summary>Content-Disposition: attachment with the version's file name.</summary>
    private static IResult Bestand(PlanBestand bestand) => Results.File(bestand.Inhoud, bestand.ContentType, bestand.Bestandsnaam);

    private static async Task<WijzigingenBijlage?> BijlageAsync(IMediator mediator, long programmaId, int nummer, bool? wijzigingen, CancellationToken ct) =>
        wijzigingen == true ? await WijzigingenBasis.BijlageAsync(mediator, programmaId, nummer, ct) : null;
}
