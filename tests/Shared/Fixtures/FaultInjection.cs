using System.Data.Common;
using Dapper;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// Real faults in the real database: a trigger that aborts a command midway, and the row count of every table,
/// so a test proves that a failing command leaves nothing behind (no mocks: the database itself refuses the write).
/// </summary>
public static class FaultInjection
{
    public const string Message = "test: injected fault";

    /// <summary>From now on every <paramref name="operation"/> (INSERT, UPDATE, DELETE) on <paramref name="table"/> aborts its statement.</summary>
    public static async Task FailOnAsync(this TestApp app, string operation, string table)
    {
        await using var c = await app.Db.OpenAsync();
        if (app.Db.IsPostgres)
            await c.ExecuteAsync($"""
                CREATE FUNCTION injected_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{Message}'; END $$;
                CREATE TRIGGER injected_fault BEFORE {operation} ON {table} FOR EACH ROW EXECUTE FUNCTION injected_fault();
                """);
        else
            await c.ExecuteAsync($"CREATE TRIGGER injected_fault BEFORE {operation} ON {table} BEGIN SELECT RAISE(ABORT, '{Message}'); END");
    }

    public static async Task RemoveFaultAsync(this TestApp app)
    {
        await using var c = await app.Db.OpenAsync();
        await c.ExecuteAsync(app.Db.IsPostgres ? "DROP FUNCTION injected_fault() CASCADE" : "DROP TRIGGER injected_fault");
    }

    /// <summary>The command failed at the injected fault, not earlier for another reason.</summary>
    public static void AssertInjectedFault(AsyncTestDelegate command)
    {
        var e = Assert.CatchAsync<DbException>(command);
        Assert.That(e!.Message, Does.Contain(Message));
    }

    /// <summary>The number of rows of every table (the audit log included), by table name.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountAllAsync(this TestApp app)
    {
        await using var c = await app.Db.OpenAsync();
        var tables = await PlanningFixture.TablesAsync(c);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in tables)
            counts[t] = await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{t}\"");
        return counts;
    }
}
