using DbUp;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Applies the embedded forward-only scripts with DbUp: Data/Migrations on SQLite, Data/PostgresMigrations on PostgreSQL.
/// The PostgreSQL scripts start at 0026 with the whole schema as it stood after SQLite's 0026; from 0027 on, each new
/// script has a twin with the same number in both folders (MigrationTests compares the two schemas).
/// </summary>
public static class DatabaseMigrator
{
    public static void Migrate(Db db) => Migrate(db, null);

    /// <summary>
    /// <paramref name="voor"/>: only the scripts whose name sorts before it (a test builds an older database with it).
    /// The scripts run with foreign keys off: a script that rebuilds a table (SQLite cannot drop NOT NULL) drops the old
    /// one, which with foreign keys on would cascade into every table that points to it. The keys are checked after any script ran.
    /// </summary>
    internal static void Migrate(Db db, string? voor)
    {
        if (db.IsPostgres)
        {
            MigratePostgres(db);
            return;
        }
        if (DatabaseCheck.Problem(db.ConnectionString) is { } problem) throw new InvalidOperationException(problem);
        var file = new SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        using (var connection = new SqliteConnection(db.ConnectionString))
        {
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;"; // persists in the file
            wal.ExecuteNonQuery();
        }

        var zonderSleutels = new SqliteConnectionStringBuilder(db.ConnectionString) { ForeignKeys = false, Pooling = false }.ToString();
        var result = DeployChanges.To
            .SqliteDatabase(zonderSleutels)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.Contains(".Data.Migrations.", StringComparison.Ordinal)
                && (voor is null || string.CompareOrdinal(Path.GetFileNameWithoutExtension(name).Split('.')[^1], voor) < 0))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Database-migratie {result.ErrorScript?.Name} mislukt: {result.Error.Message}", result.Error);
        if (result.Scripts.Any()) CheckForeignKeys(zonderSleutels); // only after a script ran: a start without one stays quick
    }

    private static void MigratePostgres(Db db)
    {
        var result = DeployChanges.To
            .PostgresqlDatabase(db.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly,
                name => name.Contains(".Data.PostgresMigrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Database-migratie {result.ErrorScript?.Name} mislukt: {result.Error.Message}", result.Error);
        NpgsqlConnection.ClearAllPools(); // pooled connections cached the types of the tables as they were before
    }

    /// <summary>Every reference still points to a row: a script that lost or broke links fails the start instead.</summary>
    private static void CheckForeignKeys(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check;";
        using var reader = check.ExecuteReader();
        var fouten = new List<string>();
        while (reader.Read() && fouten.Count < 10)
            fouten.Add($"{reader.GetString(0)} rij {(reader.IsDBNull(1) ? "?" : reader.GetInt64(1))} → {reader.GetString(2)}");
        if (fouten.Count > 0)
            throw new InvalidOperationException($"Database-migratie mislukt: verwijzingen kloppen niet meer ({string.Join("; ", fouten)}).");
    }
}
