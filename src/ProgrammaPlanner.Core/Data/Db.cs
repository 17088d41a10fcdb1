using Microsoft.Data.Sqlite;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Opens a fresh connection per handler. A singleton on purpose: a Blazor Server scope lives as long as
/// the circuit, so a scoped connection would be held open for hours.
/// </summary>
public sealed class Db
{
    public Db(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        };
        ConnectionString = builder.ToString();
        DapperSetup.EnsureRegistered();
    }

    public string ConnectionString { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        // Wait for a writer in another connection instead of failing at once with SQLITE_BUSY.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout = 5000;";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        return connection;
    }

    /// <summary>
    /// A command's writes on a fresh connection in one transaction: committed when <paramref name="work"/> returns, rolled
    /// back when it throws, so the command lands whole or not at all.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction();
        var result = await work(c, tx);
        await tx.CommitAsync(ct);
        return result;
    }

    // SQLite's extended result codes for a broken constraint; a PostgreSQL provider would answer these from its SQLSTATE.
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;

    /// <summary>The statement broke a UNIQUE constraint (a name or code that is already taken).</summary>
    public static bool IsUniqueViolation(SqliteException e) => e.SqliteExtendedErrorCode == SqliteConstraintUnique;

    /// <summary>The statement broke a FOREIGN KEY constraint (other rows still refer to this one).</summary>
    public static bool IsForeignKeyViolation(SqliteException e) => e.SqliteExtendedErrorCode == SqliteConstraintForeignKey;
}
