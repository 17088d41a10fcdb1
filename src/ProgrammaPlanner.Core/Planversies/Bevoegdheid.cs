using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// What the version pages may offer the caller, and for which partners a bestuurder decides. Whether a request is
/// allowed at all is the authorization behavior's business (see Pipeline/Toegang.cs).
/// </summary>
public static class Bevoegdheid
{
    public static async Task<bool> IsFacilitatorAsync(DbConnection c, ICurrentUser user, long programmaId, DbTransaction? tx = null) =>
        user.IsSysteem || await c.ExecuteScalarAsync<string?>(
            "SELECT rol FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @programmaId", new { user.GebruikerId, programmaId }, tx)
            == ProgrammaRol.Facilitator;

    /// <summary>The partners the caller may approve or reject for: as a bestuurder member linked to that partner.</summary>
    public static async Task<IReadOnlyList<long>> PartnersVanAsync(DbConnection c, ICurrentUser user, long programmaId, DbTransaction? tx = null) =>
        (await c.QueryAsync<long>(
            """
            SELECT pl.partner_id FROM partner_lid pl
            JOIN lidmaatschap l ON l.gebruiker_id = pl.gebruiker_id AND l.programma_id = pl.programma_id AND l.rol = 'bestuurder'
            WHERE pl.gebruiker_id = @GebruikerId AND pl.programma_id = @programmaId
            """, new { user.GebruikerId, programmaId }, tx)).ToList();

    public const string NietGekoppeld =
        "U bent nog niet aan een partner gekoppeld. Vraag de facilitator om u te koppelen; daarna kunt u hier goedkeuren namens uw organisatie.";

    /// <summary>
    /// Why a bestuurder sees no form to decide on this version (null: the caller is no bestuurder, or has an open decision to take).
    /// </summary>
    public static async Task<string?> WaaromGeenBesluitAsync(DbConnection c, ICurrentUser user, long programmaId, Versie versie,
        IReadOnlyList<long> mijn, DbTransaction? tx = null)
    {
        if (user.IsSysteem || await c.ExecuteScalarAsync<string?>(
                "SELECT rol FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @programmaId",
                new { user.GebruikerId, programmaId }, tx) != ProgrammaRol.Bestuurder)
            return null;
        if (mijn.Count == 0) return NietGekoppeld;
        if (versie.Partners.Any(p => p.Besluit is null && mijn.Contains(p.PartnerId))) return null;
        var besloten = versie.Partners.FirstOrDefault(p => mijn.Contains(p.PartnerId));
        if (besloten is not null)
            return $"Namens {besloten.Naam} is over deze versie al besloten ({besloten.Besluit}).";
        var partner = await c.QuerySingleAsync<(string Naam, string Rol, bool TekentToch)>(
            "SELECT naam, rol, tekent_toch FROM partner WHERE id = @id", new { id = mijn[0] }, tx);
        var naam = partner.Naam;
        if (!PartnerRol.Tekent(partner.Rol, partner.TekentToch))
            return $"U besluit namens {naam}, maar {naam} is {partner.Rol} en tekent niet mee: alleen de partners die tekenen, besluiten " +
                "over deze versie. Hoort uw organisatie toch te tekenen, vraag de facilitator dan om dat bij de partner aan te zetten.";
        return $"U besluit namens {naam}, maar {naam} hoort niet bij de partners die over deze versie besluiten. " +
            "Klopt dat niet, vraag de facilitator dan om u aan de juiste partner te koppelen.";
    }
}
