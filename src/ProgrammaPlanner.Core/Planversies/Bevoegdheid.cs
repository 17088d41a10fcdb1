using Dapper;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// What the version pages may offer the caller, and for which partners a bestuurder decides. Whether a request is
/// allowed at all is the authorization behavior's business (see Pipeline/Toegang.cs).
/// </summary>
public static class Bevoegdheid
{
    public static async Task<bool> IsFacilitatorAsync(SqliteConnection c, ICurrentUser user, long programmaId, SqliteTransaction? tx = null) =>
        user.IsSysteem || await c.ExecuteScalarAsync<string?>(
            "SELECT rol FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @programmaId", new { user.GebruikerId, programmaId }, tx)
            == ProgrammaRol.Facilitator;

    /// <summary>The partners the caller may approve or reject for: as a bestuurder member linked to that partner.</summary>
    public static async Task<IReadOnlyList<long>> PartnersVanAsync(SqliteConnection c, ICurrentUser user, long programmaId, SqliteTransaction? tx = null) =>
        (await c.QueryAsync<long>(
            """
            SELECT pl.partner_id FROM partner_lid pl
            JOIN lidmaatschap l ON l.gebruiker_id = pl.gebruiker_id AND l.programma_id = pl.programma_id AND l.rol = 'bestuurder'
            WHERE pl.gebruiker_id = @GebruikerId AND pl.programma_id = @programmaId
            """, new { user.GebruikerId, programmaId }, tx)).ToList();
}
