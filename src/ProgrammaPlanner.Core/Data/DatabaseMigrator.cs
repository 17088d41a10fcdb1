using DbUp;
using Microsoft.Data.Sqlite;

namespace ProgrammaPlanner.Core.Data;

/// <summary>Applies the embedded forward-only scripts in Data/Migrations with DbUp.</summary>
public static class DatabaseMigrator
{
    public static void Migrate(Db db)
    {
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

        var result = DeployChanges.To
            .SqliteDatabase(db.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.EndsWith(".sql", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Database-migratie {result.ErrorScript?.Name} mislukt: {result.Error.Message}", result.Error);
    }
}
