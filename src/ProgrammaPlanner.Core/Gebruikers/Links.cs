using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// Single-use links (invitation, password reset, first setup). No mail server is assumed: whoever makes a link
/// passes it on. Only the SHA-256 of the token is stored, so a copy of the database holds no usable link.
/// </summary>
public static class Links
{
    public const string Uitnodiging = "uitnodiging";
    public const string Herstel = "herstel";
    public const string Inrichting = "inrichting";

    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(7);

    public sealed class Link
    {
        public long Id { get; init; }
        public string Soort { get; init; } = "";
        public string Email { get; init; } = "";
        public long? GebruikerId { get; init; }
        public long? ProgrammaId { get; init; }
        public string? ProgrammaNaam { get; init; }
        public string? Rol { get; init; }
        /// <summary>An invitation as bestuurder for this partner (null once the partner is deleted).</summary>
        public long? PartnerId { get; init; }
        public string? PartnerNaam { get; init; }
        public bool IsBeheerder { get; init; }
        public string VerlooptOp { get; init; } = "";
        public string? GebruiktOp { get; init; }
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Stores a new link and returns its token (shown once, to the one who passes it on).</summary>
    public static async Task<(string Token, DateTimeOffset VerlooptOp)> MaakAsync(DbConnection c, DbTransaction? tx, string soort,
        DateTimeOffset nu, string email = "", long? gebruikerId = null, long? programmaId = null, string? rol = null,
        bool isBeheerder = false, long? door = null, long? partnerId = null)
    {
        var token = Sessies.NieuwToken();
        var verloopt = nu + Geldigheid;
        await c.ExecuteAsync(
            """
            INSERT INTO link (token_hash, soort, email, gebruiker_id, programma_id, rol, partner_id, is_beheerder, verloopt_op, aangemaakt_door_id,
                aangemaakt_op)
            VALUES (@hash, @soort, @email, @gebruikerId, @programmaId, @rol, @partnerId, @isBeheerder, @verloopt, @door, @nu)
            """, new
            {
                hash = Hash(token), soort, email, gebruikerId, programmaId, rol, partnerId, isBeheerder,
                verloopt = Tijd.Stempel(verloopt), door, nu = Tijd.Stempel(nu)
            }, tx);
        return (token, verloopt);
    }

    public static async Task<Link?> ZoekAsync(DbConnection c, DbTransaction? tx, string token) =>
        await c.QuerySingleOrDefaultAsync<Link>(
            """
            SELECT l.id, l.soort, l.email, l.gebruiker_id, l.programma_id, p.naam AS programma_naam, l.rol, l.partner_id, pa.naam AS partner_naam,
                l.is_beheerder, l.verloopt_op, l.gebruikt_op
            FROM link l LEFT JOIN programma p ON p.id = l.programma_id LEFT JOIN partner pa ON pa.id = l.partner_id WHERE l.token_hash = @hash
            """, new { hash = Hash(token ?? "") }, tx);

    /// <summary>The Dutch reason a link cannot be used (any more), or null when it can.</summary>
    public static string? Weigering(Link? link, DateTimeOffset nu, params string[] soorten) => link switch
    {
        null => "Deze link kennen we niet. Controleer of u de hele link hebt gekopieerd, of vraag om een nieuwe.",
        _ when !soorten.Contains(link.Soort) => "Deze link is voor iets anders bedoeld. Vraag om een nieuwe link.",
        { GebruiktOp: not null } => "Deze link is al gebruikt; een link werkt maar één keer. Meld u aan, of vraag om een nieuwe link.",
        _ when string.CompareOrdinal(link.VerlooptOp, Tijd.Stempel(nu)) <= 0 => "Deze link is verlopen (een link is 7 dagen geldig). Vraag om een nieuwe link.",
        _ => null,
    };

    /// <summary>Marks the link used, inside the caller's transaction; refuses when it cannot be used (also by a second, simultaneous use).</summary>
    public static async Task<Link> GebruikAsync(DbConnection c, DbTransaction tx, string token, DateTimeOffset nu, params string[] soorten)
    {
        var link = await ZoekAsync(c, tx, token);
        if (Weigering(link, nu, soorten) is { } reden) throw new RefusedException(reden);
        if (await c.ExecuteAsync("UPDATE link SET gebruikt_op = @nu WHERE id = @Id AND gebruikt_op IS NULL", new { nu = Tijd.Stempel(nu), link!.Id }, tx) != 1)
            throw new RefusedException("Deze link is al gebruikt; een link werkt maar één keer.");
        return link;
    }
}
