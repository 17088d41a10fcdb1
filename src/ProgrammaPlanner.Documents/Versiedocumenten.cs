using MediatR;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents;

/// <summary>
/// The programmaplan of a frozen version as it was handed out: printed once (at freezing, at vaststelling, or else at the first
/// download) and kept, then served byte for byte, so a later change of template or font never changes what a board signed.
/// The herkomst appendix is part of it when the concept has one, as in the concept's own PDF.
/// </summary>
public sealed class Versiedocumenten(IMediator mediator, PlanPdf pdf)
{
    /// <summary>
    /// The kept copy in <paramref name="formaat"/> (pdf or docx), the one the version hands out now unless <paramref name="exemplaar"/>
    /// asks for another; printed and kept first when there is none yet.
    /// </summary>
    public async Task<PlanBestand> HaalAsync(long programmaId, int nummer, string formaat, string? exemplaar = null, CancellationToken ct = default)
    {
        var document = await mediator.Send(new GetPlanversieDocument.Query(programmaId, nummer, formaat, exemplaar), ct);
        if (!document.Bewaard) document = await AfdrukkenAsync(programmaId, nummer, formaat, document.Status, ct);
        return new(document.Inhoud!, document.Bestandsnaam, formaat == Versiedocument.Pdf ? ProgrammaplanExport.PdfType : ProgrammaplanExport.DocxType);
    }

    /// <summary>Prints and keeps both formats when they are not kept yet: right after freezing and after the deciding approval.</summary>
    public async Task BewaarAsync(long programmaId, int nummer, CancellationToken ct = default)
    {
        foreach (var formaat in Versiedocument.Formaten)
            await HaalAsync(programmaId, nummer, formaat, ct: ct);
    }

    private async Task<Versiedocument> AfdrukkenAsync(long programmaId, int nummer, string formaat, string exemplaar, CancellationToken ct)
    {
        var v = await mediator.Send(new GetPlanversie.Query(programmaId, nummer), ct);
        var opties = PlanOpties.Van(v.Versie, exemplaar);
        var bijlage = await ProgrammaplanExport.BijlageAsync(mediator, programmaId, ct);
        var inhoud = formaat == Versiedocument.Pdf ? await pdf.MaakAsync(v.Plan, opties, ct, bijlage) : PlanDocx.Maak(v.Plan, opties, bijlage);
        return await mediator.Send(new RecordPlanversieDocument.Command(programmaId, nummer, opties.Status, formaat, Bestandsnaam(v, opties, formaat), inhoud), ct);
    }

    /// <summary>"Programmaplan Samen Noord versie 2.pdf"; the vastgesteld copy adds "vastgesteld" so the two never overwrite each other.</summary>
    public static string Bestandsnaam(GetPlanversie.Planversie v, PlanOpties opties, string formaat, string? toevoeging = null)
    {
        var naam = Path.GetFileNameWithoutExtension(ProgrammaplanExport.Bestandsnaam(v.Plan, formaat));
        var status = opties.Status == PlanStatus.Vastgesteld ? " vastgesteld" : "";
        return $"{naam} versie {v.Versie.Nummer}{status}{toevoeging}.{formaat}";
    }
}
