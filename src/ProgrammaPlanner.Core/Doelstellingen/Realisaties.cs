using System.Data.Common;
using Dapper;

namespace ProgrammaPlanner.Core.Doelstellingen;

/// <summary>
/// Writes one counted realisatie cell. Shared by the grid (<see cref="SetRealisatie"/>), an accepted rapportage and
/// the import, so a figure reaches the stand the same way from each. The caller checks year, wijk and rights.
/// </summary>
public static class Realisaties
{
    /// <summary>A null <paramref name="waarde"/> clears the cell; a null <paramref name="wijkId"/> is the whole programme area.</summary>
    public static async Task WriteAsync(DbConnection c, DbTransaction tx, long doelstellingId, int jaar, long? wijkId, decimal? waarde)
    {
        var args = new { doelstellingId, jaar, wijkId, waarde };
        // The unique index uses COALESCE(wijk_id, 0), which ON CONFLICT cannot target portably: delete, then insert.
        await c.ExecuteAsync(
            """
            DELETE FROM realisatie
            WHERE doelstelling_id = @doelstellingId AND jaar = @jaar
              AND (wijk_id = @wijkId OR (wijk_id IS NULL AND @wijkId IS NULL))
            """, args, tx);
        if (waarde is not null)
            await c.ExecuteAsync(
                "INSERT INTO realisatie (doelstelling_id, jaar, wijk_id, waarde) VALUES (@doelstellingId, @jaar, @wijkId, @waarde)", args, tx);
    }
}
