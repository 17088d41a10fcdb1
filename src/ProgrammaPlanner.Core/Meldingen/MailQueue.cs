using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>
/// Queues notifications inside the caller's transaction (a rolled-back command mails nothing). Without a configured
/// mail server nothing is queued. <see cref="MailSender"/> delivers them.
/// </summary>
public static class MailQueue
{
    public sealed record Mail(string Aan, string Onderwerp, string Tekst);

    public sealed record Ontvanger(string Email, string Naam);

    private const string Scheiding = "\n\n———\n\n";

    public static async Task EnqueueAsync(DbConnection c, DbTransaction? tx, MailSettings settings, DateTimeOffset nu,
        IEnumerable<Mail> mails)
    {
        if (!settings.IsIngesteld) return;
        var stempel = Tijd.Stempel(nu);
        foreach (var m in mails)
            await c.ExecuteAsync(
                """
                INSERT INTO uitgaande_mail (aan, onderwerp, tekst, aangemaakt_op, volgende_poging_op)
                VALUES (@Aan, @Onderwerp, @tekst, @stempel, @stempel)
                """, new { m.Aan, m.Onderwerp, tekst = m.Tekst, stempel }, tx);
    }

    /// <summary>
    /// Adds an item to the unsent mail of this kind for the recipient, or starts one (with <paramref name="begin"/>'s subject and
    /// opening text) that goes out at <paramref name="verzendOp"/>: one overview instead of a mail per item.
    /// </summary>
    public static async Task AddToBundelAsync(DbConnection c, DbTransaction tx, MailSettings settings, DateTimeOffset nu,
        DateTimeOffset verzendOp, string bundel, Mail begin, string item)
    {
        if (!settings.IsIngesteld) return;
        var toegevoegd = await c.ExecuteAsync(
            """
            UPDATE uitgaande_mail SET tekst = tekst || @scheiding || @item
            WHERE aan = @Aan AND bundel = @bundel AND verzonden_op IS NULL AND pogingen = 0
            """, new { begin.Aan, bundel, item, scheiding = Scheiding }, tx);
        if (toegevoegd > 0) return;
        await c.ExecuteAsync(
            """
            INSERT INTO uitgaande_mail (aan, onderwerp, tekst, aangemaakt_op, volgende_poging_op, bundel)
            VALUES (@Aan, @Onderwerp, @tekst, @nu, @verzendOp, @bundel)
            """, new
            {
                begin.Aan, begin.Onderwerp, tekst = begin.Tekst + Scheiding + item, nu = Tijd.Stempel(nu),
                verzendOp = Tijd.Stempel(verzendOp), bundel
            }, tx);
    }

    public static Task EnqueueAsync(DbConnection c, DbTransaction? tx, MailSettings settings, DateTimeOffset nu,
        string aan, string onderwerp, string tekst) =>
        EnqueueAsync(c, tx, settings, nu, [new Mail(aan, onderwerp, tekst)]);

    /// <summary>The programme's facilitators.</summary>
    public static async Task<IReadOnlyList<Ontvanger>> FacilitatorenAsync(DbConnection c, DbTransaction? tx, long programmaId) =>
        (await c.QueryAsync<Ontvanger>(
            """
            SELECT g.email, g.naam FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id
            WHERE l.programma_id = @programmaId AND l.rol = @rol ORDER BY g.id
            """, new { programmaId, rol = ProgrammaRol.Facilitator }, tx)).ToList();

    /// <summary>The bestuurders linked to one of these partners of the programme.</summary>
    public static async Task<IReadOnlyList<(Ontvanger Ontvanger, long PartnerId)>> BestuurdersAsync(DbConnection c, DbTransaction? tx,
        long programmaId, IEnumerable<long> partnerIds) =>
        (await c.QueryAsync<BestuurderRow>(
            $"""
            SELECT g.email, g.naam, pl.partner_id FROM partner_lid pl
            JOIN gebruiker g ON g.id = pl.gebruiker_id
            JOIN lidmaatschap l ON l.gebruiker_id = pl.gebruiker_id AND l.programma_id = pl.programma_id AND l.rol = @rol
            WHERE pl.programma_id = @programmaId AND {c.InList("pl.partner_id", "@partnerIds")} ORDER BY g.id
            """, new { programmaId, partnerIds = partnerIds.ToArray(), rol = ProgrammaRol.Bestuurder }, tx))
        .Select(r => (new Ontvanger(r.Email, r.Naam), r.PartnerId)).ToList();

    /// <summary>The members of the programme linked to the partner (who fill in its rapportage, its bestuurder).</summary>
    public static async Task<IReadOnlyList<Ontvanger>> PartnerledenAsync(DbConnection c, DbTransaction? tx, long programmaId, long partnerId) =>
        (await c.QueryAsync<Ontvanger>(
            """
            SELECT g.email, g.naam FROM partner_lid pl
            JOIN gebruiker g ON g.id = pl.gebruiker_id
            JOIN lidmaatschap l ON l.gebruiker_id = pl.gebruiker_id AND l.programma_id = pl.programma_id
            WHERE pl.programma_id = @programmaId AND pl.partner_id = @partnerId ORDER BY g.id
            """, new { programmaId, partnerId }, tx)).ToList();

    public static async Task<string> ProgrammanaamAsync(DbConnection c, DbTransaction? tx, long programmaId) =>
        await c.ExecuteScalarAsync<string?>("SELECT naam FROM programma WHERE id = @programmaId", new { programmaId }, tx) ?? "";

    private sealed class BestuurderRow
    {
        public string Email { get; init; } = "";
        public string Naam { get; init; } = "";
        public long PartnerId { get; init; }
    }
}
