using System.Data.Common;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>
/// A plan or voortgangsrapportage version put ter besluitvorming: each bestuurder linked to a signing partner gets the link.
/// Queued in the freeze's transaction, so no bestuurder is asked to decide on a version that does not exist.
/// </summary>
internal static class Besluitvraag
{
    public static async Task EnqueueAsync(DbConnection c, DbTransaction tx, MailSettings mail, TimeProvider clock, Besluitstuk stuk,
        long programmaId, int nummer, IReadOnlyDictionary<long, string> tekenaars, string door)
    {
        if (!mail.IsIngesteld) return;
        var programma = await MailQueue.ProgrammanaamAsync(c, tx, programmaId);
        var link = mail.Link(stuk.Jaar is { } jaar
            ? $"programmas/{programmaId}/voortgang/{jaar}/versies/{nummer}"
            : $"programmas/{programmaId}/versies/{nummer}");
        var wat = stuk.Jaar is null ? $"versie {nummer} van het programmaplan {programma}" : $"{stuk.Naam(nummer)} van {programma}";
        var mails = (await MailQueue.BestuurdersAsync(c, tx, programmaId, tekenaars.Keys)).Select(b => new MailQueue.Mail(b.Ontvanger.Email,
            $"Ter besluitvorming: {wat}",
            $"Beste {b.Ontvanger.Naam},\n\n{door} heeft {wat} ter besluitvorming gelegd. " +
            $"U besluit namens {tekenaars[b.PartnerId]}: lees de versie en keur haar goed of wijs haar af via\n\n{link}"));
        await MailQueue.EnqueueAsync(c, tx, mail, clock.GetUtcNow(), mails);
    }
}
