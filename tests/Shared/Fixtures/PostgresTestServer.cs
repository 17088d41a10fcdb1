using System.Collections.Concurrent;
using System.Text;
using Npgsql;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// The PostgreSQL server the PostgreSQL run of the Core tests uses (tests/postgres/start-server.sh starts one and prints
/// the variable). Each test gets a database of its own, as a fresh copy of a template migrated once per run would be: a
/// copy costs about 0.15 s and dropping it a checkpoint, so a test's database is emptied afterwards and handed to the next test.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "PROGRAMMAPLANNER_TEST_POSTGRES";
    private const string Voorvoegsel = "programmaplanner_";

    // Several test processes share the server (the Core and Web runs start together): each names its databases after
    // its process id and leaves the others' alone; what a finished process left behind, the next run drops.
    private static readonly string Eigen = $"{Voorvoegsel}{Environment.ProcessId}_";
    private static readonly string Sjabloon = Eigen + "sjabloon";
    private static readonly Lazy<(string Server, Sjabloonstand Stand)> Server = new(Prepare);

    /// <summary>Emptied databases, each again equal to a fresh copy of the template.</summary>
    private static readonly ConcurrentBag<string> Leeg = [];

    /// <summary>Fails (under CI=true) or skips the calling test when no server is configured; prepares the template once.</summary>
    public static void EnsureServer() => _ = Server.Value;

    /// <summary>A connection string to a new, migrated, empty database of its own (dropped with <see cref="DropDatabase"/>).</summary>
    public static string CreateDatabase() => ConnectionString(NewDatabase());

    /// <summary>
    /// A migrated database in the state of a fresh one, for one test until <see cref="ReturnDatabase"/>: an emptied one when the
    /// pool has one, else a new copy of the template.
    /// </summary>
    public static string TakeDatabase() => ConnectionString(Leeg.TryTake(out var naam) ? naam : NewDatabase());

    /// <summary>
    /// Empties a database from <see cref="TakeDatabase"/> and puts it back in the pool (about 20 ms, less than the copy it saves;
    /// done before the next test takes one, so the pool stays as small as the tests running at once). One whose schema a test
    /// changed (an injected fault's trigger, a dropped table) or that cannot be emptied is dropped instead.
    /// </summary>
    public static void ReturnDatabase(string connectionString)
    {
        var naam = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools(); // the test's idle connections end now; Empty ends any still in use
        var (server, stand) = Server.Value;
        try
        {
            if (Empty(server, naam, stand))
            {
                Leeg.Add(naam);
                return;
            }
        }
        catch (NpgsqlException) { /* dropped below */ }
        _ = Task.Run(() => Drop(server, naam));
    }

    /// <summary>
    /// Drops the test's database in the background: a DROP DATABASE makes the server write a checkpoint (about 0.2 s), which
    /// the next test need not wait for. One the process does not get to is dropped by the next run.
    /// </summary>
    public static void DropDatabase(string connectionString)
    {
        var naam = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        var server = Server.Value.Server;
        _ = Task.Run(() => Drop(server, naam));
    }

    /// <summary>
    /// Makes the database equal to a fresh copy of the template again, the way <see cref="ReturnDatabase"/> does; false (and
    /// nothing changed) when its schema is no longer the template's. Public for the test that compares it with a fresh copy.
    /// </summary>
    public static bool Empty(string connectionString)
    {
        var (server, stand) = Server.Value;
        NpgsqlConnection.ClearAllPools();
        return Empty(server, new NpgsqlConnectionStringBuilder(connectionString).Database!, stand);
    }

    private static string ConnectionString(string naam) => new NpgsqlConnectionStringBuilder(Server.Value.Server) { Database = naam }.ToString();

    private static string NewDatabase()
    {
        var naam = $"{Eigen}{Guid.NewGuid():N}";
        Execute(Server.Value.Server, $"CREATE DATABASE {naam} TEMPLATE {Sjabloon}");
        return naam;
    }

    private static void Drop(string server, string naam)
    {
        try { Execute(server, $"DROP DATABASE IF EXISTS {naam} WITH (FORCE)"); }
        catch (NpgsqlException) { /* left for the next run's clean-up */ }
    }

    private static bool Empty(string server, string naam, Sjabloonstand stand)
    {
        // Connections a test left open (a listener, a broken pool) would hold locks and hear the next test's notifications.
        using (var beheer = Open(server))
        using (var weg = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @naam AND pid <> pg_backend_pid()",
                   beheer))
        {
            weg.Parameters.AddWithValue("naam", naam);
            weg.ExecuteNonQuery();
        }
        using var c = Open(new NpgsqlConnectionStringBuilder(server) { Database = naam }.ToString());
        using (var schema = new NpgsqlCommand(Sjabloonstand.SchemaQuery, c))
            if ((string?)schema.ExecuteScalar() != stand.Schema) return false;
        using var transactie = c.BeginTransaction();
        using (var leeg = new NpgsqlCommand(stand.EmptySql, c, transactie)) leeg.ExecuteNonQuery();
        foreach (var (tabel, rijen) in stand.Rijen)
            using (var terug = c.BeginTextImport($"COPY \"{tabel}\" FROM STDIN"))
                terug.Write(rijen);
        transactie.Commit();
        return true;
    }

    private static (string, Sjabloonstand) Prepare()
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
        var sjabloon = new NpgsqlConnectionStringBuilder(server) { Database = Sjabloon }.ToString();
        DatabaseMigrator.Migrate(new Db(sjabloon));
        var stand = Sjabloonstand.Read(sjabloon);
        NpgsqlConnection.ClearAllPools(); // a template is copied only while nobody is connected to it
        return (server, stand);
    }

    private static List<string> Databases(string server)
    {
        using var c = Open(server);
        using var lijst = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Voorvoegsel}%'", c);
        using var r = lijst.ExecuteReader();
        var namen = new List<string>();
        while (r.Read()) namen.Add(r.GetString(0));
        return namen;
    }

    /// <summary>Left behind by a test process that no longer runs (it was stopped before it could clean up).</summary>
    private static bool VanEenGestoptProces(string naam) =>
        int.TryParse(naam[Voorvoegsel.Length..].Split('_')[0], out var pid) && !Directory.Exists($"/proc/{pid}");

    private static NpgsqlConnection Open(string connectionString)
    {
        var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        c.Open();
        return c;
    }

    private static void Execute(string server, string sql)
    {
        using var c = Open(server);
        using var command = new NpgsqlCommand(sql, c);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// What a fresh copy of the template holds besides its schema: the rows the migrations wrote (DbUp's journal) and where
    /// each identity sequence stands; and the SQL that brings a used copy back to that.
    /// </summary>
    private sealed record Sjabloonstand(string Schema, string EmptySql, IReadOnlyList<(string Tabel, string Rijen)> Rijen)
    {
        /// <summary>
        /// A fingerprint of the schema: every DDL statement changes a catalog row and with it the row's xmin, and a copy of the
        /// template starts with the template's catalog rows, so a copy whose fingerprint differs had its schema changed.
        /// </summary>
        public const string SchemaQuery = """
            SELECT md5(string_agg(regel, ',' ORDER BY regel)) FROM (
              SELECT 'n' || oid || ':' || xmin FROM pg_namespace WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
              UNION ALL SELECT 'c' || oid || ':' || xmin FROM pg_class WHERE relnamespace = 'public'::regnamespace
              UNION ALL SELECT 'a' || a.attrelid || '.' || a.attnum || ':' || a.xmin FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace
              UNION ALL SELECT 'd' || oid || ':' || xmin FROM pg_attrdef
              UNION ALL SELECT 'k' || oid || ':' || xmin FROM pg_constraint
              UNION ALL SELECT 'i' || indexrelid || ':' || xmin FROM pg_index
              UNION ALL SELECT 't' || oid || ':' || xmin FROM pg_trigger
              UNION ALL SELECT 'p' || oid || ':' || xmin FROM pg_proc WHERE pronamespace = 'public'::regnamespace
              UNION ALL SELECT 'y' || oid || ':' || xmin FROM pg_type WHERE typnamespace = 'public'::regnamespace
              UNION ALL SELECT 's' || seqrelid || ':' || xmin FROM pg_sequence
              UNION ALL SELECT 'r' || oid || ':' || xmin FROM pg_rewrite
              UNION ALL SELECT 'e' || oid || ':' || xmin FROM pg_event_trigger
              UNION ALL SELECT 'x' || oid || ':' || xmin FROM pg_extension
            ) AS schema (regel)
            """;

        public static Sjabloonstand Read(string sjabloon)
        {
            using var c = Open(sjabloon);
            string schema;
            using (var query = new NpgsqlCommand(SchemaQuery, c)) schema = (string)query.ExecuteScalar()!;
            var tabellen = Strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
            var rijen = new List<(string, string)>();
            foreach (var tabel in tabellen)
            {
                using var export = c.BeginTextExport($"COPY \"{tabel}\" TO STDOUT");
                var tekst = export.ReadToEnd();
                if (tekst.Length > 0) rijen.Add((tabel, tekst));
            }
            // Replica mode passes the foreign keys and the triggers that keep decided versions unchanged; the rows all go anyway.
            var sql = new StringBuilder("SET LOCAL session_replication_role = replica;\n");
            foreach (var tabel in tabellen) sql.Append($"DELETE FROM \"{tabel}\";\n");
            using (var reeksen = new NpgsqlCommand(
                       "SELECT format('%I.%I', schemaname, sequencename), start_value, last_value FROM pg_sequences WHERE schemaname = 'public'", c))
            using (var r = reeksen.ExecuteReader())
                while (r.Read())
                    sql.Append(r.IsDBNull(2)
                        ? $"SELECT setval('{r.GetString(0)}', {r.GetInt64(1)}, false);\n"
                        : $"SELECT setval('{r.GetString(0)}', {r.GetInt64(2)}, true);\n");
            return new Sjabloonstand(schema, sql.ToString(), rijen);
        }

        private static List<string> Strings(NpgsqlConnection c, string sql)
        {
            using var command = new NpgsqlCommand(sql, c);
            using var r = command.ExecuteReader();
            var lijst = new List<string>();
            while (r.Read()) lijst.Add(r.GetString(0));
            return lijst;
        }
    }
}
