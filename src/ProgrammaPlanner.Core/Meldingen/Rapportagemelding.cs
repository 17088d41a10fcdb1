using System.Data.Common;
using ProgrammaPlanner.Core.Rapportages;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>A rapportage accepted or sent back, mailed to the members linked to its partner.</summary>
internal static class Rapportagemelding
{
    public static async Task EnqueueAsync(DbConnection c, DbTransaction tx, MailSettings mail, TimeProvider clock, long programmaId,
        RapportageRules.Kop r, string uitkomst, string door, string reden = "")
    {
        if (!mail.IsIngesteld) return;
        var programma = await MailQueue.ProgrammanaamAsync(c, tx, programmaId);
        var link = mail.Link($"programmas/{programmaId}/rapportages/{r.Id}");
        var vervolg = uitkomst == RapportageStatus.Teruggestuurd
            ? $"\n\nReden: {reden.Trim()}\n\nPas de rapportage aan en dien haar opnieuw in via\n\n{link}"
            : $" De cijfers tellen nu mee in de stand van het programma.\n\n{link}";
        var mails = (await MailQueue.PartnerledenAsync(c, tx, programmaId, r.PartnerId)).Select(o => new MailQueue.Mail(o.Email,
            $"Rapportage {r.Jaar} van {r.PartnerNaam} {uitkomst}",
            $"Beste {o.Naam},\n\n{door} heeft de rapportage over {r.Jaar} van {r.PartnerNaam} voor {programma} {uitkomst}.{vervolg}"));
        await MailQueue.EnqueueAsync(c, tx, mail, clock.GetUtcNow(), mails);
    }
}
