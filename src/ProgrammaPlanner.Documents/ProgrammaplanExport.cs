using MediatR;
using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents;

/// <summary>A finished file for download or the command line.</summary>
public sealed record PlanBestand(byte[] Inhoud, string Bestandsnaam, string ContentType);

/// <summary>
/// Fetches the read model through the mediator (so authorization and NotFound apply as everywhere) and turns it
/// into the preview HTML, the PDF or the DOCX. The one entry point for the UI's endpoints and the CLI.
/// </summary>
public sealed class ProgrammaplanExport(IMediator mediator, PlanHtml html, PlanPdf pdf)
{
    public const string PdfType = "application/pdf";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<string> HtmlAsync(long programmaId, PlanOpties? opties = null, CancellationToken ct = default) =>
        await html.RenderAsync(await PlanAsync(programmaId, ct), opties ?? Standaard(), bijlage: await BijlageAsync(mediator, programmaId, ct));

    public async Task<PlanBestand> PdfAsync(long programmaId, PlanOpties? opties = null, CancellationToken ct = default)
    {
        var plan = await PlanAsync(programmaId, ct);
        return new(await pdf.MaakAsync(plan, opties ?? Standaard(), ct, await BijlageAsync(mediator, programmaId, ct)), Bestandsnaam(plan, "pdf"), PdfType);
    }

    public async Task<PlanBestand> DocxAsync(long programmaId, PlanOpties? opties = null, CancellationToken ct = default)
    {
        var plan = await PlanAsync(programmaId, ct);
        return new(PlanDocx.Maak(plan, opties ?? Standaard(), await BijlageAsync(mediator, programmaId, ct)), Bestandsnaam(plan, "docx"), DocxType);
    }

    private Task<GetProgrammaplan.Programmaplan> PlanAsync(long programmaId, CancellationToken ct) =>
        mediator.Send(new GetProgrammaplan.Query(programmaId), ct);

    /// <summary>The appendix on sessions and prioritering, or null when there is nothing to show.</summary>
    internal static async Task<Verslag.PlanBijlage?> BijlageAsync(IMediator mediator, long programmaId, CancellationToken ct) =>
        Verslag.PlanBijlage.Of(await mediator.Send(new Core.Bijeenkomsten.GetPlanHerkomst.Query(programmaId), ct),
            await mediator.Send(new Core.Prioritering.GetPrioritering.Query(programmaId), ct));

    private static PlanOpties Standaard() => PlanOpties.ConceptVan(Tijd.Vandaag(TimeProvider.System));

    /// <summary>"Programmaplan Samen Noord.pdf": the programme's name with characters no file system accepts left out.</summary>
    public static string Bestandsnaam(GetProgrammaplan.Programmaplan plan, string extensie)
    {
        var verboden = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var naam = new string(plan.Programma.Naam.Where(c => !verboden.Contains(c) && !char.IsControl(c)).ToArray()).Trim();
        return $"Programmaplan {(naam.Length > 0 ? naam : plan.Programma.Id.ToString())}.{extensie}";
    }
}
