using Dapper;
using Microsoft.Data.Sqlite;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// The display order (volgorde 1..n) of a programma's speerpunten, basisvoorwaarden, organen and own chapters. The order is not part
/// of an item's own fields, so renumbering leaves versions alone.
/// </summary>
internal static class Volgorde
{
    /// <summary>
    /// Numbers the programma's items of <paramref name="table"/> in the order of <paramref name="ids"/>. Returns false, and
    /// changes nothing, when the ids are not exactly the programma's items (someone added or deleted one since the list was read).
    /// </summary>
    public static async Task<bool> ReorderAsync(SqliteConnection c, SqliteTransaction tx, string table, long programmaId, IReadOnlyList<long> ids)
    {
        await ProgrammaBestaat.EisAsync(c, programmaId, tx);
        var bestaand = (await c.QueryAsync<long>(
            $"SELECT id FROM {Checked(table)} WHERE programma_id = @programmaId", new { programmaId }, tx)).ToHashSet();
        if (!bestaand.SetEquals(ids) || bestaand.Count != ids.Count) return false;
        await NumberAsync(c, tx, table, programmaId, ids);
        return true;
    }

    /// <summary>After a delete: numbers the remaining items 1..n again in their current order, so no gap is left.</summary>
    public static async Task CloseGapAsync(SqliteConnection c, SqliteTransaction tx, string table, long programmaId)
    {
        var rest = (await c.QueryAsync<long>(
            $"SELECT id FROM {Checked(table)} WHERE programma_id = @programmaId ORDER BY volgorde, id", new { programmaId }, tx)).ToList();
        await NumberAsync(c, tx, table, programmaId, rest);
    }

    private static Task NumberAsync(SqliteConnection c, SqliteTransaction tx, string table, long programmaId, IEnumerable<long> ids) =>
        c.ExecuteAsync(
            $"UPDATE {Checked(table)} SET volgorde = @Volgorde WHERE id = @Id AND programma_id = @ProgrammaId",
            ids.Select((id, i) => new { Id = id, Volgorde = i + 1, ProgrammaId = programmaId }), tx);

    private static string Checked(string table) => table is Tables.Speerpunt or Tables.Basisvoorwaarde or Tables.Orgaan or Tables.EigenHoofdstuk
        ? table
        : throw new ArgumentOutOfRangeException(nameof(table), table, "Deze tabel heeft geen volgorde.");
}
