using Dapper;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// What the planversie slices need to know about the caller beyond <see cref="ICurrentUser.Naam"/>. Until the
/// accounts work puts the user id and membership role into ICurrentUser, its ICurrentUser implements this too
/// (tests use a double). A caller without it is the single local user of an installation without accounts:
/// allowed to facilitate, but bestuurder of no partner (paper approvals remain possible).
/// </summary>
public interface IPlanversieGebruiker
{
    long GebruikerId { get; }

    /// <summary>facilitator, redacteur, bestuurder or lezer; null when not a member of the programma.</summary>
    string? RolIn(long programmaId);
}

public static class Bevoegdheid
{
    public static bool IsFacilitator(ICurrentUser user, long programmaId) =>
        user is not IPlanversieGebruiker g || g.RolIn(programmaId) == ProgrammaRol.Facilitator;

    public static void EisFacilitator(ICurrentUser user, long programmaId, string wat)
    {
        if (!IsFacilitator(user, programmaId))
            throw new RefusedException($"Alleen een facilitator van dit programma kan {wat}. Vraag de facilitator dit te doen.");
    }

    /// <summary>The partners the caller may approve or reject for: as bestuurder linked to that partner.</summary>
    public static async Task<IReadOnlyList<long>> PartnersVanAsync(SqliteConnection c, ICurrentUser user, long programmaId, SqliteTransaction? tx = null)
    {
        if (user is not IPlanversieGebruiker g || g.RolIn(programmaId) != ProgrammaRol.Bestuurder) return [];
        return (await c.QueryAsync<long>(
            "SELECT partner_id FROM partner_lid WHERE gebruiker_id = @GebruikerId AND programma_id = @programmaId",
            new { g.GebruikerId, programmaId }, tx)).ToList();
    }
}
