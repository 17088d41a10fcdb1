using System.Data.Common;
using Dapper;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>
/// A reply in a comment thread, for everyone who wrote in that thread before (the one replying excepted), as each chose:
/// a mail at once, an item in the next daily overview, or nothing.
/// </summary>
internal static class Opmerkingmelding
{
    public const string Bundel = "opmerkingen";

    public static async Task EnqueueAsync(DbConnection c, DbTransaction tx, MailSettings mail, TimeProvider clock, long programmaId,
        long draadId, long? auteurId, string auteurNaam, string titel, string tekst)
    {
        if (!mail.IsIngesteld) return;
        var schrijvers = (await c.QueryAsync<Schrijver>(
            """
            SELECT g.email, g.naam, g.opmerkingmail FROM gebruiker g
            JOIN lidmaatschap l ON l.gebruiker_id = g.id AND l.programma_id = @programmaId
            WHERE g.id IN (SELECT o.auteur_id FROM opmerking o WHERE (o.id = @draadId OR o.ouder_id = @draadId) AND o.auteur_id IS NOT NULL)
              AND (@auteurId IS NULL OR g.id <> @auteurId) AND g.opmerkingmail <> @geen
            ORDER BY g.id
            """, new { programmaId, draadId, auteurId, geen = Opmerkingmail.Geen }, tx)).ToList();
        if (schrijvers.Count == 0) return;
        var programma = await MailQueue.ProgrammanaamAsync(c, tx, programmaId);
        var link = mail.Link($"programmas/{programmaId}");
        var citaat = tekst.Length > 500 ? tekst[..500] + "…" : tekst;
        var nu = clock.GetUtcNow();
        foreach (var s in schrijvers)
        {
            if (s.Opmerkingmail == Opmerkingmail.Dagelijks)
                await MailQueue.AddToBundelAsync(c, tx, mail, nu, Opmerkingmail.VolgendOverzicht(nu), Bundel,
                    new MailQueue.Mail(s.Email, "Overzicht van nieuwe reacties op uw opmerkingen",
                        $"Beste {s.Naam},\n\nIn gesprekken waarin u schreef, kwamen deze reacties binnen. Lees en reageer via de lijst " +
                        "'te bespreken' van het programma."),
                    $"{auteurNaam} over {titel} in {programma}:\n\n{citaat}\n\n{link}");
            else
                await MailQueue.EnqueueAsync(c, tx, mail, nu, s.Email, $"Nieuwe reactie over {titel} ({programma})",
                    $"Beste {s.Naam},\n\n{auteurNaam} reageerde in een gesprek waarin u schreef, over {titel} in {programma}:\n\n{citaat}\n\n" +
                    $"Lees en reageer via de lijst 'te bespreken' van het programma:\n\n{link}");
        }
    }

    private sealed record Schrijver
    {
        public string Email { get; init; } = "";
        public string Naam { get; init; } = "";
        public string Opmerkingmail { get; init; } = "";
    }
}
