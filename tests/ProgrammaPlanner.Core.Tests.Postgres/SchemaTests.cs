using Dapper;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Tests.Data;

/// <summary>The PostgreSQL scripts keep in step with the SQLite ones: after both have run, the two schemas are the same.</summary>
public class SchemaTests
{
    [Test]
    public async Task BothDatabases_HaveTheSameTablesColumnsIndexesAndTriggers()
    {
        await using var app = TestApp.Create(); // PostgreSQL in this project
        var sqliteFile = Path.Combine(Path.GetTempPath(), "programmaplanner-tests", $"{Guid.NewGuid():N}.db");
        var sqlite = new Db($"Data Source={sqliteFile}");
        DatabaseMigrator.Migrate(sqlite);
        try
        {
            Assert.That(await PostgresAsync(app.Db), Is.EqualTo(await SqliteAsync(sqlite)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(sqliteFile);
        }
    }

    // "table.column type NOT NULL" per column, in the tables' own column order; then the indexes and triggers by name.
    private static async Task<List<string>> SqliteAsync(Db db)
    {
        await using var c = await db.OpenAsync();
        var regels = (await c.QueryAsync<string>(
            """
            SELECT m.name || '.' || p.name || ' ' || CASE upper(p.type) WHEN 'INTEGER' THEN 'bigint' WHEN 'TEXT' THEN 'text'
                   WHEN 'BLOB' THEN 'bytea' WHEN 'REAL' THEN 'double precision' ELSE lower(p.type) END
                   || CASE WHEN p."notnull" = 1 OR p.pk = 1 THEN ' NOT NULL' ELSE '' END
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'SchemaVersions'
            ORDER BY m.name, p.cid
            """)).ToList();
        regels.AddRange(await c.QueryAsync<string>(
            "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        return regels;
    }

    private static async Task<List<string>> PostgresAsync(Db db)
    {
        await using var c = await db.OpenAsync();
        var regels = (await c.QueryAsync<string>(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schemaversions'
            ORDER BY table_name COLLATE "C", ordinal_position
            """)).ToList();
        regels.AddRange(await c.QueryAsync<string>(
            """
            SELECT naam FROM (
                SELECT 'index ' || indexname AS naam FROM pg_indexes
                WHERE schemaname = 'public' AND tablename <> 'schemaversions' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'
                UNION ALL
                SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal) AS x
            ORDER BY naam COLLATE "C"
            """));
        return regels;
    }
}
