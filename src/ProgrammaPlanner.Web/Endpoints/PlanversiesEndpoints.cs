using System.Net.Mime;
using MediatR;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Docx;
using ProgrammaPlanner.Documents.Pdf;
using ProgrammaPlanner.Documents.Wijzigingen;
using ProgrammaPlanner.Web.Components.Pages.Planversies;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// GET /programmas/{id}/versies/{nr}/plan.html|pdf|docx: the programmaplan of a frozen version, printed from its
/// snapshot (never from the live data) with its number, status and the approvals recorded so far.
/// </summary>
public static class PlanversiesEndpoints
{
    public static void MapPlanversies(this IEndpointRouteBuilder app)
    {
        // ?wijzigingen=true adds the appendix "wijzigingen ten opzichte van …" (see WijzigingenBasis); without it the documents are as before.
        var versie = app.MapGroup("/programmas/{programmaId:long}/versies/{nummer:int}");
        versie.MapGet("/plan.html", (long programmaId, int nummer, bool? wijzigingen, IMediator mediator, PlanHtml html, ILogger<PlanBestand> log,
            CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het programmaplan van deze versie", async () =>
            {
                var (v, opties) = await LoadAsync(mediator, programmaId, nummer, ct);
                var bijlage = await BijlageAsync(mediator, programmaId, nummer, wijzigingen, ct);
                return Results.Content(await html.RenderAsync(v.Plan, opties, wijzigingen: bijlage), "text/html; charset=utf-8");
            }));
        versie.MapGet("/plan.pdf", (long programmaId, int nummer, bool? wijzigingen, IMediator mediator, PlanPdf pdf, ILogger<PlanBestand> log,
            CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het programmaplan van deze versie", async () =>
            {
                var (v, opties) = await LoadAsync(mediator, programmaId, nummer, ct);
                var bijlage = await BijlageAsync(mediator, programmaId, nummer, wijzigingen, ct);
                return Results.File(await pdf.MaakAsync(v.Plan, opties, ct, wijzigingen: bijlage), ProgrammaplanExport.PdfType, Naam(v, "pdf", bijlage));
            }));
        versie.MapGet("/plan.docx", (long programmaId, int nummer, bool? wijzigingen, IMediator mediator, ILogger<PlanBestand> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het programmaplan van deze versie", async () =>
            {
                var (v, opties) = await LoadAsync(mediator, programmaId, nummer, ct);
                var bijlage = await BijlageAsync(mediator, programmaId, nummer, wijzigingen, ct);
                return Results.File(PlanDocx.Maak(v.Plan, opties, wijzigingen: bijlage), ProgrammaplanExport.DocxType, Naam(v, "docx", bijlage));
            }));
    }

    public static async Task<(GetPlanversie.Planversie Versie, PlanOpties Opties)> LoadAsync(IMediator mediator, long programmaId, int nummer,
        CancellationToken ct)
    {
        var v = await mediator.Send(new GetPlanversie.Query(programmaId, nummer), ct);
        return (v, Opties(v.Versie));
    }

    /// <summary>Dated by the decision once there is one, else by the day it was frozen: the same file every time it is printed.</summary>
    public static PlanOpties Opties(Versie v) =>
        new($"versie {v.Nummer}", v.Status, v.BeslotenOp ?? DateOnly.FromDateTime(v.VastgelegdOp.UtcDateTime))
        {
            Goedkeuringen = v.Partners.Where(p => p.Besluit is not null && p.Datum is not null)
                .Select(p => new PlanGoedkeuring(p.PartnerId, p.Besluit!, p.Wijze ?? "", p.Door ?? "", p.Datum!.Value, p.Opmerking ?? "")).ToList(),
        };

    private static async Task<WijzigingenBijlage?> BijlageAsync(IMediator mediator, long programmaId, int nummer, bool? wijzigingen, CancellationToken ct) =>
        wijzigingen == true ? await WijzigingenBasis.BijlageAsync(mediator, programmaId, nummer, ct) : null;

    /// <summary>"Programmaplan Samen Noord versie 2.pdf", "… versie 2 met wijzigingen.pdf": the two files don't overwrite each other.</summary>
    private static string Naam(GetPlanversie.Planversie v, string extensie, WijzigingenBijlage? bijlage) =>
        $"{Path.GetFileNameWithoutExtension(ProgrammaplanExport.Bestandsnaam(v.Plan, extensie))} versie {v.Versie.Nummer}"
        + $"{(bijlage is null ? "" : " met wijzigingen")}.{extensie}";
}
