using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Optimistic concurrency on one row of a programma: a write only touches the row at the version the user read.
/// When it touches nothing, nothing changed and the user learns whether the row is gone or was changed by someone else.
/// </summary>
internal static class Versioned
{
    /// <summary>Deletes the row if it still has <paramref name="version"/>; otherwise throws NotFound or Conflict about <paramref name="wat"/>.</summary>
    public static async Task DeleteVersionedAsync(
        DbConnection c, DbTransaction? tx, string table, long id, long programmaId, int version, string wat)
    {
        var rows = await c.ExecuteAsync(
            $"DELETE FROM {table} WHERE id = @id AND version = @version AND {Tables.ProgrammaCondition(table)}",
            new { id, version, programmaId }, tx);
        if (rows == 0) throw await Concurrency.ExplainAsync(c, table, id, programmaId, wat, tx);
    }

    /// <summary>
    /// The naam of a row that a delete will name in its refusals, read in the delete's transaction. Throws NotFound or
    /// Conflict about <paramref name="wat"/> unless the row is there at <paramref name="version"/>.
    /// </summary>
    public static async Task<string> FindNaamAsync(
        DbConnection c, DbTransaction? tx, string table, long id, long programmaId, int version, string wat)
    {
        var rijen = await c.QueryAsync<(string Naam, long Version)>(
            $"SELECT naam, version FROM {table} WHERE id = @id AND {Tables.ProgrammaCondition(table)}", new { id, programmaId }, tx);
        foreach (var r in rijen)
            if (r.Version == version) return r.Naam;
        throw await Concurrency.ExplainAsync(c, table, id, programmaId, wat, tx);
    }

    /// <summary>
    /// Raises the row's version if it still has <paramref name="version"/> and returns the new one; otherwise throws
    /// NotFound or Conflict about <paramref name="wat"/>. The caller changes the row's fields in the same transaction.
    /// </summary>
    public static async Task<int> BumpVersionAsync(
        DbConnection c, DbTransaction? tx, string table, long id, long programmaId, int version, string wat)
    {
        var rows = await c.ExecuteAsync(
            $"UPDATE {table} SET version = version + 1 WHERE id = @id AND version = @version AND {Tables.ProgrammaCondition(table)}",
            new { id, version, programmaId }, tx);
        if (rows == 0) throw await Concurrency.ExplainAsync(c, table, id, programmaId, wat, tx);
        return version + 1;
    }
}
