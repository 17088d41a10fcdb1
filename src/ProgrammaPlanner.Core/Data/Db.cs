using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Opens a fresh connection per handler. A singleton on purpose: a Blazor Server scope lives as long as
/// the circuit, so a scoped connection would be held open for hours.
/// The connection string chooses the database: <c>Data Source=…</c> is the embedded SQLite file (the default),
/// <c>Host=…;Database=…</c> a PostgreSQL server (several app instances on one database). The slices' SQL is the same
/// for both; the few places where the dialects differ ask <see cref="IsPostgres"/>.
/// </summary>
public sealed class Db
{
    public Db(string connectionString)
    {
        IsPostgres = IsPostgresConnectionString(connectionString);
        ConnectionString = IsPostgres
            ? new NpgsqlConnectionStringBuilder(connectionString).ToString()
            : new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, DefaultTimeout = 30, Pooling = true }.ToString();
        DapperSetup.EnsureRegistered();
    }

    public string ConnectionString { get; }

    /// <summary>A PostgreSQL server rather than the embedded SQLite file.</summary>
    public bool IsPostgres { get; }

    /// <summary>A connection string with a Host is PostgreSQL's (Npgsql's keywords); any other is a SQLite file.</summary>
    public static bool IsPostgresConnectionString(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Host");

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        if (IsPostgres)
        {
            // A pooled connection may have died since its last use (the server restarted, a failover): one round trip
            // finds out before a command fails on it, and a fresh connection takes its place.
            for (var poging = 1; ; poging++)
            {
                var pg = new NpgsqlConnection(ConnectionString);
                await pg.OpenAsync(ct);
                try
                {
                    await using var ping = new NpgsqlCommand(";", pg);
                    await ping.ExecuteNonQueryAsync(ct);
                    return pg;
                }
                catch (NpgsqlException) when (poging == 1)
                {
                    await pg.DisposeAsync();
                    NpgsqlConnection.ClearPool(pg); // its neighbours in the pool died with it
                }
            }
        }
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
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var result = await work(c, tx);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// A read-only transaction whose SELECTs all see the database of one moment (a query that reads several tables
    /// must not mix rows from before and after a concurrent command).
    /// </summary>
    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection c, CancellationToken ct) => c switch
    {
        SqliteConnection sqlite => sqlite.BeginTransaction(deferred: true), // reads from the first SELECT's snapshot, takes no write lock
        _ => await c.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct),
    };

    // SQLite's extended result codes and PostgreSQL's SQLSTATE for a broken constraint.
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;

    /// <summary>The statement broke a UNIQUE constraint (a name or code that is already taken).</summary>
    public static bool IsUniqueViolation(DbException e) => e switch
    {
        SqliteException s => s.SqliteExtendedErrorCode == SqliteConstraintUnique,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>The statement broke a FOREIGN KEY constraint (other rows still refer to this one).</summary>
    public static bool IsForeignKeyViolation(DbException e) => e switch
    {
        SqliteException s => s.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        PostgresException p => p.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        _ => false,
    };
}
