using System.Data.Common;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>A partner's decision on a plan or voortgangsrapportage version, mailed to the programme's facilitators.</summary>
internal static class Besluitmelding
{
    public sealed record Besluit(Besluitstuk Stuk, long ProgrammaId, int Nummer, string PartnerNaam, string Uitkomst, string Wijze, string Opmerking,
        string Status);

    public static async Task EnqueueAsync(DbConnection c, DbTransaction tx, MailSettings mail, TimeProvider clock, Besluit b)
    {
        if (!mail.IsIngesteld) return;
        var programma = await MailQueue.ProgrammanaamAsync(c, tx, b.ProgrammaId);
        var link = mail.Link(b.Stuk.Jaar is { } jaar
            ? $"programmas/{b.ProgrammaId}/voortgang/{jaar}/versies/{b.Nummer}"
            : $"programmas/{b.ProgrammaId}/versies/{b.Nummer}");
        var gevolg = b.Status switch
        {
            PlanversieStatus.Vastgesteld => $"Daarmee hebben alle partners die tekenen goedgekeurd: {b.Stuk.Naam(b.Nummer)} is vastgesteld.",
            PlanversieStatus.Afgewezen => $"Daarmee is {b.Stuk.Naam(b.Nummer)} afgewezen; het werk gaat verder in het concept.",
            _ => "Andere partners moeten nog besluiten.",
        };
        var opmerking = string.IsNullOrWhiteSpace(b.Opmerking) ? "" : $"\n\nOpmerking: {b.Opmerking.Trim()}";
        var onderwerp = $"{b.PartnerNaam} heeft {b.Stuk.Naam(b.Nummer)} van {programma} {b.Uitkomst}";
        var mails = (await MailQueue.FacilitatorenAsync(c, tx, b.ProgrammaId)).Select(f => new MailQueue.Mail(f.Email, onderwerp,
            $"Beste {f.Naam},\n\n{b.PartnerNaam} heeft {b.Stuk.Naam(b.Nummer)} van {programma} {b.Uitkomst} ({b.Wijze}). {gevolg}{opmerking}\n\n{link}"));
        await MailQueue.EnqueueAsync(c, tx, mail, clock.GetUtcNow(), mails);
    }
}
