using MediatR;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Voortgang;
using ProgrammaPlanner.Documents.Docx;
using ProgrammaPlanner.Documents.Voortgang;

namespace ProgrammaPlanner.Documents;

/// <summary>
/// The document of a frozen version (programmaplan or voortgangsrapportage) as it was handed out: printed once (right after freezing
/// and after the deciding approval, by the app's Versieafdrukker; else at the first download) and kept, then served byte for
/// byte, so a later change of template or font never changes what a board signed. The plan's herkomst appendix is part of it when
/// the concept had one, as frozen with the version's snapshot.
/// </summary>
public sealed class Versiedocumenten(IMediator mediator, PlanPdf pdf, VoortgangExport voortgang)
{
    /// <summary>
    /// The kept programmaplan of version <paramref name="nummer"/> in <paramref name="formaat"/> (pdf or docx): the copy the version
    /// hands out now unless <paramref name="exemplaar"/> asks for another; printed and kept first when there is none yet.
    /// </summary>
    public async Task<PlanBestand> HaalAsync(long programmaId, int nummer, string formaat, string? exemplaar = null, CancellationToken ct = default)
    {
        var document = await mediator.Send(new GetPlanversieDocument.Query(programmaId, nummer, formaat, exemplaar), ct);
        if (!document.Bewaard)
        {
            var v = await mediator.Send(new GetPlanversie.Query(programmaId, nummer), ct);
            var opties = PlanOpties.Van(v.Versie, document.Status);
            var bijlage = await BijlageAsync(mediator, programmaId, v, ct);
            var inhoud = formaat == Versiedocument.Pdf ? await pdf.MaakAsync(v.Plan, opties, ct, bijlage) : PlanDocx.Maak(v.Plan, opties, bijlage);
            document = await mediator.Send(new RecordPlanversieDocument.Command(programmaId, nummer, document.Status, formaat,
                Bestandsnaam(v, opties, formaat), inhoud), ct);
        }
        return Bestand(document);
    }

    /// <summary>The kept voortgangsrapportage of version <paramref name="nummer"/> of <paramref name="jaar"/>, as <see cref="HaalAsync"/>.</summary>
    public async Task<PlanBestand> HaalVoortgangAsync(long programmaId, int jaar, int nummer, string formaat, string? exemplaar = null,
        CancellationToken ct = default)
    {
        var document = await mediator.Send(new GetVoortgangsversieDocument.Query(programmaId, jaar, nummer, formaat, exemplaar), ct);
        if (!document.Bewaard)
        {
            var bestand = formaat == Versiedocument.Pdf
                ? await voortgang.PdfAsync(programmaId, jaar, nummer, ct, document.Status)
                : await voortgang.DocxAsync(programmaId, jaar, nummer, ct, document.Status);
            var naam = Path.GetFileNameWithoutExtension(bestand.Bestandsnaam) + (document.Status == PlanversieStatus.Vastgesteld ? " vastgesteld" : "");
            document = await mediator.Send(new RecordVoortgangsversieDocument.Command(programmaId, jaar, nummer, document.Status, formaat,
                $"{naam}.{formaat}", bestand.Inhoud), ct);
        }
        return Bestand(document);
    }

    /// <summary>
    /// Prints and keeps both formats of one copy of a plan version (<paramref name="exemplaar"/>), when not kept yet. Named, not "the copy
    /// handed out now": a decision between the two prints must not leave the copy the boards received without its DOCX.
    /// </summary>
    public async Task BewaarAsync(long programmaId, int nummer, string exemplaar, CancellationToken ct = default)
    {
        foreach (var formaat in Versiedocument.Formaten)
            await HaalAsync(programmaId, nummer, formaat, exemplaar, ct);
    }

    /// <summary>Prints and keeps both formats of one copy of a voortgangsrapportage version, as <see cref="BewaarAsync"/>.</summary>
    public async Task BewaarVoortgangAsync(long programmaId, int jaar, int nummer, string exemplaar, CancellationToken ct = default)
    {
        foreach (var formaat in Versiedocument.Formaten)
            await HaalVoortgangAsync(programmaId, jaar, nummer, formaat, exemplaar, ct);
    }

    /// <summary>
    /// The herkomst appendix of a version: as frozen with its snapshot. A version frozen before the appendix was kept with it has only the
    /// live one, which its copies printed right after the upgrade take.
    /// </summary>
    public static async Task<Verslag.PlanBijlage?> BijlageAsync(IMediator mediator, long programmaId, GetPlanversie.Planversie v, CancellationToken ct) =>
        v.Bijlage is { } b ? Verslag.PlanBijlage.Of(b.Herkomst, b.Prioritering) : await ProgrammaplanExport.BijlageAsync(mediator, programmaId, ct);

    /// <summary>"Programmaplan Samen Noord versie 2.pdf"; the vastgesteld copy adds "vastgesteld" so the two never overwrite each other.</summary>
    public static string Bestandsnaam(GetPlanversie.Planversie v, PlanOpties opties, string formaat, string? toevoeging = null)
    {
        var naam = Path.GetFileNameWithoutExtension(ProgrammaplanExport.Bestandsnaam(v.Plan, formaat));
        var status = opties.Status == PlanStatus.Vastgesteld ? " vastgesteld" : "";
        return $"{naam} versie {v.Versie.Nummer}{status}{toevoeging}.{formaat}";
    }

    /// <summary>A version as its copy shows it: the copy the boards received is ter besluitvorming, without any decision yet.</summary>
    public static Versie Exemplaar(Versie v, string exemplaar) => exemplaar != PlanversieStatus.TerBesluitvorming ? v : v with
    {
        Status = PlanversieStatus.TerBesluitvorming,
        BeslotenOp = null,
        VervangenDoor = null,
        InWerking = false,
        Partners = v.Partners.Select(p => new PartnerBesluit { PartnerId = p.PartnerId, Naam = p.Naam, BestuurderNaam = p.BestuurderNaam }).ToList(),
    };

    private static PlanBestand Bestand(Versiedocument d) =>
        new(d.Inhoud!, d.Bestandsnaam, d.Formaat == Versiedocument.Pdf ? ProgrammaplanExport.PdfType : ProgrammaplanExport.DocxType);
}
