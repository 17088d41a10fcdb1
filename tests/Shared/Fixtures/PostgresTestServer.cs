using Npgsql;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// The PostgreSQL server the PostgreSQL run of the Core tests uses (tests/postgres/start-server.sh starts one and prints
/// the variable). Each test gets its own database, copied from a template migrated once per run.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "PROGRAMMAPLANNER_TEST_POSTGRES";
    private const string Voorvoegsel = "programmaplanner_";

    // Several test processes share the server (the Core and Web runs start together): each names its databases after
    // its process id and leaves the others' alone; what a finished process left behind, the next run drops.
    private static readonly string Eigen = $"{Voorvoegsel}{Environment.ProcessId}_";
    private static readonly string Sjabloon = Eigen + "sjabloon";
    private static readonly Lazy<string> Server = new(Prepare);

    /// <summary>Fails (under CI=true) or skips the calling test when no server is configured; prepares the template once.</summary>
    public static void EnsureServer() => _ = Server.Value;

    /// <summary>A connection string to a new, migrated, empty database of its own.</summary>
    public static string CreateDatabase()
    {
        var naam = $"{Eigen}{Guid.NewGuid():N}";
        Execute(Server.Value, $"CREATE DATABASE {naam} TEMPLATE {Sjabloon}");
        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = naam }.ToString();
    }

    /// <summary>
    /// Drops the test's database in the background: a DROP DATABASE makes the server write a checkpoint (about 0.2 s), which
    /// the next test need not wait for. One the process does not get to is dropped by the next run.
    /// </summary>
    public static void DropDatabase(string connectionString)
    {
        var naam = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        var server = Server.Value;
        _ = Task.Run(() =>
        {
            try { Execute(server, $"DROP DATABASE IF EXISTS {naam} WITH (FORCE)"); }
            catch (NpgsqlException) { /* left for the next run's clean-up */ }
        });
    }

    private static string Prepare()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(server))
        {
            const string Reden = $"no PostgreSQL server: start one with `eval \"$(bash tests/postgres/start-server.sh)\"` (sets {Variable})";
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(Reden);
            Assert.Ignore(Reden);
        }
        foreach (var naam in Databases(server).Where(VanEenGestoptProces)) Execute(server, $"DROP DATABASE IF EXISTS {naam} WITH (FORCE)");
        Execute(server, $"CREATE DATABASE {Sjabloon}");
        DatabaseMigrator.Migrate(new Db(new NpgsqlConnectionStringBuilder(server) { Database = Sjabloon }.ToString()));
        NpgsqlConnection.ClearAllPools(); // a template is copied only while nobody is connected to it
        return server;
    }

    private static List<string> Databases(string server)
    {
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        c.Open();
        using var lijst = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Voorvoegsel}%'", c);
        using var r = lijst.ExecuteReader();
        var namen = new List<string>();
        while (r.Read()) namen.Add(r.GetString(0));
        return namen;
    }

    /// <summary>Left behind by a test process that no longer runs (it was stopped before it could clean up).</summary>
    private static bool VanEenGestoptProces(string naam) =>
        int.TryParse(naam[Voorvoegsel.Length..].Split('_')[0], out var pid) && !Directory.Exists($"/proc/{pid}");

    private static void Execute(string server, string sql)
    {
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        c.Open();
        using var command = new NpgsqlCommand(sql, c);
        command.ExecuteNonQuery();
    }
}
