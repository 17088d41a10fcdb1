using System.Net.Mime;
using MediatR;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Docx;
using ProgrammaPlanner.Documents.Pdf;
using ProgrammaPlanner.Web.Endpoints;

namespace ProgrammaPlanner.Web.Components.Pages.Planversies;

/// <summary>
/// GET /programmas/{id}/versies/{nr}/plan.html|pdf|docx: the programmaplan of a frozen version, printed from its
/// snapshot (never from the live data) with its number, status and the approvals recorded so far.
/// </summary>
public static class PlanversieEndpoints
{
    public static void MapPlanversies(this IEndpointRouteBuilder app)
    {
        var versie = app.MapGroup("/programmas/{programmaId:long}/versies/{nummer:int}");
        versie.MapGet("/plan.html", (long programmaId, int nummer, IMediator mediator, PlanHtml html, ILogger<PlanBestand> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het programmaplan van deze versie", async () =>
            {
                var (v, opties) = await LaadAsync(mediator, programmaId, nummer, ct);
                return Results.Content(await html.RenderAsync(v.Plan, opties), "text/html; charset=utf-8");
            }));
        versie.MapGet("/plan.pdf", (long programmaId, int nummer, IMediator mediator, PlanPdf pdf, ILogger<PlanBestand> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het programmaplan van deze versie", async () =>
            {
                var (v, opties) = await LaadAsync(mediator, programmaId, nummer, ct);
                return Results.File(await pdf.MaakAsync(v.Plan, opties, ct), ProgrammaplanExport.PdfType, Naam(v, "pdf"));
            }));
        versie.MapGet("/plan.docx", (long programmaId, int nummer, IMediator mediator, ILogger<PlanBestand> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het programmaplan van deze versie", async () =>
            {
                var (v, opties) = await LaadAsync(mediator, programmaId, nummer, ct);
                return Results.File(PlanDocx.Maak(v.Plan, opties), ProgrammaplanExport.DocxType, Naam(v, "docx"));
            }));
    }

    public static async Task<(GetPlanversie.Planversie Versie, PlanOpties Opties)> LaadAsync(IMediator mediator, long programmaId, int nummer, CancellationToken ct)
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

    /// <summary>"Programmaplan Samen Noord versie 2.pdf"</summary>
    private static string Naam(GetPlanversie.Planversie v, string extensie) =>
        $"{Path.GetFileNameWithoutExtension(ProgrammaplanExport.Bestandsnaam(v.Plan, extensie))} versie {v.Versie.Nummer}.{extensie}";
}
