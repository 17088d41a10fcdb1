using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Pipeline;

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
    public static async Task<bool> ReorderAsync(DbConnection c, DbTransaction tx, string table, long programmaId, IReadOnlyList<long> ids)
    {
        await ProgrammaBestaat.EisAsync(c, programmaId, tx);
        var bestaand = (await c.QueryAsync<long>(
            $"SELECT id FROM {Checked(table)} WHERE programma_id = @programmaId", new { programmaId }, tx)).ToHashSet();
        if (!bestaand.SetEquals(ids) || bestaand.Count != ids.Count) return false;
        await NumberAsync(c, tx, table, programmaId, ids);
        return true;
    }

    /// <summary>How a reorder's messages name its items: "speerpunten", "speerpunt", and whether it is a het-word ("elk speerpunt").</summary>
    public sealed record Woorden(string Meervoud, string Enkelvoud, bool HetWoord)
    {
        public string Elk => (HetWoord ? "Elk " : "Elke ") + Enkelvoud;
    }

    /// <summary>The rule of every reorder command: a list of ids, each at most once.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<long>> MustBeAnOrder<T>(this IRuleBuilderInitial<T, IReadOnlyList<long>> ids, Woorden woorden) =>
        ids.Cascade(CascadeMode.Stop).NotNull().WithMessage($"Geef de {woorden.Meervoud} in de gewenste volgorde.")
            .Must(l => l.Distinct().Count() == l.Count).WithMessage($"{woorden.Elk} mag maar één keer in de volgorde staan.");

    /// <summary>
    /// A reorder command's whole work: <see cref="ReorderAsync"/>, or a validation error at <paramref name="veld"/> when the
    /// ids are not exactly the programma's items.
    /// </summary>
    public static async Task ReorderOrRefuseAsync(
        DbConnection c, DbTransaction tx, string table, long programmaId, IReadOnlyList<long> ids, string veld, Woorden woorden)
    {
        if (!await ReorderAsync(c, tx, table, programmaId, ids))
            throw ValidationException.For(veld,
                $"De volgorde moet precies alle {woorden.Meervoud} van dit programma bevatten. " +
                $"Er is intussen een {woorden.Enkelvoud} toegevoegd of verwijderd: laad de lijst opnieuw.");
    }

    /// <summary>Deletes an item of <paramref name="table"/> (see <see cref="Versioned.DeleteVersionedAsync"/>) and closes the gap it leaves.</summary>
    public static async Task DeleteAsync(
        DbConnection c, DbTransaction tx, string table, long id, long programmaId, int version, string wat)
    {
        await Versioned.DeleteVersionedAsync(c, tx, table, id, programmaId, version, wat);
        await CloseGapAsync(c, tx, table, programmaId);
    }

    /// <summary>After a delete: numbers the remaining items 1..n again in their current order, so no gap is left.</summary>
    public static async Task CloseGapAsync(DbConnection c, DbTransaction tx, string table, long programmaId)
    {
        var rest = (await c.QueryAsync<long>(
            $"SELECT id FROM {Checked(table)} WHERE programma_id = @programmaId ORDER BY volgorde, id", new { programmaId }, tx)).ToList();
        await NumberAsync(c, tx, table, programmaId, rest);
    }

    private static Task NumberAsync(DbConnection c, DbTransaction tx, string table, long programmaId, IEnumerable<long> ids) =>
        c.ExecuteAsync(
            $"UPDATE {Checked(table)} SET volgorde = @Volgorde WHERE id = @Id AND programma_id = @ProgrammaId",
            ids.Select((id, i) => new { Id = id, Volgorde = i + 1, ProgrammaId = programmaId }), tx);

    private static string Checked(string table) => table is Tables.Speerpunt or Tables.Basisvoorwaarde or Tables.Orgaan or Tables.EigenHoofdstuk
        ? table
        : throw new ArgumentOutOfRangeException(nameof(table), table, "Deze tabel heeft geen volgorde.");
}
