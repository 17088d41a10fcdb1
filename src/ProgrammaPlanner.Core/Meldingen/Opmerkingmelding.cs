using Dapper;
using Microsoft.Data.Sqlite;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>A reply in a comment thread, mailed to everyone who wrote in that thread before (the one replying excepted).</summary>
internal static class Opmerkingmelding
{
    public static async Task EnqueueAsync(SqliteConnection c, SqliteTransaction tx, MailSettings mail, TimeProvider clock, long programmaId,
        long draadId, long? auteurId, string auteurNaam, string titel, string tekst)
    {
        if (!mail.IsIngesteld) return;
        var schrijvers = await c.QueryAsync<MailQueue.Ontvanger>(
            """
            SELECT g.email, g.naam FROM gebruiker g
            JOIN lidmaatschap l ON l.gebruiker_id = g.id AND l.programma_id = @programmaId
            WHERE g.id IN (SELECT o.auteur_id FROM opmerking o WHERE (o.id = @draadId OR o.ouder_id = @draadId) AND o.auteur_id IS NOT NULL)
              AND (@auteurId IS NULL OR g.id <> @auteurId)
            ORDER BY g.id
            """, new { programmaId, draadId, auteurId }, tx);
        var programma = await MailQueue.ProgrammanaamAsync(c, tx, programmaId);
        var link = mail.Link($"programmas/{programmaId}");
        var citaat = tekst.Length > 500 ? tekst[..500] + "…" : tekst;
        await MailQueue.EnqueueAsync(c, tx, mail, clock.GetUtcNow(), schrijvers.Select(s => new MailQueue.Mail(s.Email,
            $"Nieuwe reactie over {titel} ({programma})",
            $"Beste {s.Naam},\n\n{auteurNaam} reageerde in een gesprek waarin u schreef, over {titel} in {programma}:\n\n{citaat}\n\n" +
            $"Lees en reageer via de lijst 'te bespreken' van het programma:\n\n{link}")));
    }
}
