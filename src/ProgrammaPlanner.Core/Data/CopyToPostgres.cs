using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Moves a whole installation from its SQLite file into an empty PostgreSQL database: every table but DbUp's journal,
/// with the table and column lists read from the schema (a table added by a later migration moves without a change here),
/// in foreign-key order, in one transaction on the target, streamed with COPY so that stored documents are never all in
/// memory at once. Afterwards every identity sequence starts past the copied ids, and the row counts of both sides are compared.
/// </summary>
public static class CopyToPostgres
{
    /// <summary>DbUp's journal: each side keeps its own, of its own scripts.</summary>
    private const string Journal = "schemaversions";

    /// <summary>One table's rows in the source and in the target, counted after the copy.</summary>
    public sealed record TableCount(string Table, long Source, long Target)
    {
        public bool Matches => Source == Target;
    }

    /// <summary><paramref name="Committed"/>: false when the counts differed before the commit and the copy was rolled back.</summary>
    public sealed record Result(IReadOnlyList<TableCount> Tables, TimeSpan Duration, bool Committed)
    {
        public bool Matches => Tables.All(t => t.Matches);
        public long Rows => Tables.Sum(t => t.Target);
    }

    private sealed record Column(string Naam, string Type);

    private sealed record Table(string Naam, IReadOnlyList<Column> Kolommen, IReadOnlyList<string> Sleutel);

    /// <summary>
    /// Copies <paramref name="bron"/> (SQLite, already migrated) into <paramref name="doel"/> (PostgreSQL), after migrating it.
    /// Refuses (<see cref="RefusedException"/>, nothing written) a source that is not SQLite, a target that is not
    /// PostgreSQL, a target with a row in any table, and two schemas that differ. When the counts differ afterwards the
    /// transaction is rolled back and the result says so (<see cref="Result.Matches"/> false).
    /// </summary>
    public static async Task<Result> RunAsync(Db bron, Db doel, CancellationToken ct = default)
    {
        if (bron.IsPostgres)
            throw new RefusedException("De bron is geen SQLite-database: alleen een SQLite-installatie kan naar PostgreSQL worden gekopieerd.");
        if (!doel.IsPostgres)
            throw new RefusedException("Het doel is geen PostgreSQL-database: geef een verbinding op als Host=…;Port=…;Username=…;Database=….");
        var klok = Stopwatch.StartNew();

        // Before the migrator writes anything: a database that holds someone's data is left exactly as it was.
        await using (var c = (NpgsqlConnection)await doel.OpenAsync(ct))
            await RefuseUnlessEmptyAsync(c, null, await TableNamesAsync(c, ct), ct);
        DatabaseMigrator.Migrate(doel);

        await using var target = (NpgsqlConnection)await doel.OpenAsync(ct);
        await using var tx = await target.BeginTransactionAsync(ct);
        var tabellen = await SchemaAsync(target, tx, ct);
        // No app instance writes into the target while it fills (one would wait until the copy commits).
        await ExecuteAsync(target, tx, $"LOCK TABLE {string.Join(", ", tabellen.Select(t => Quote(t.Naam)))} IN EXCLUSIVE MODE", ct);
        await RefuseUnlessEmptyAsync(target, tx, tabellen.Select(t => t.Naam).ToList(), ct);

        await using var source = (SqliteConnection)await bron.OpenAsync(ct);
        // One snapshot of the file for the copy and the counts, even if an app still writes into it.
        await using var lezen = source.BeginTransaction(deferred: true);
        await RefuseDifferentSchemaAsync(source, lezen, tabellen, ct);

        foreach (var tabel in tabellen) await CopyTableAsync(source, lezen, target, tabel, ct);
        await ResetSequencesAsync(target, tx, ct);

        var tellingen = new List<TableCount>();
        foreach (var tabel in tabellen)
            tellingen.Add(new TableCount(tabel.Naam, await CountAsync(source, lezen, tabel.Naam, ct), await CountAsync(target, tx, tabel.Naam, ct)));
        if (tellingen.Any(t => !t.Matches))
        {
            await tx.RollbackAsync(ct);
            return new Result(tellingen, klok.Elapsed, Committed: false);
        }
        await tx.CommitAsync(ct);

        // Counted once more over a fresh connection: what was committed, not what the transaction saw.
        await using var na = await doel.OpenAsync(ct);
        var definitief = new List<TableCount>();
        foreach (var t in tellingen) definitief.Add(t with { Target = await CountAsync(na, null, t.Table, ct) });
        return new Result(definitief, klok.Elapsed, Committed: true);
    }

    private static async Task<List<string>> TableNamesAsync(NpgsqlConnection c, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT relname FROM pg_class
            WHERE relkind IN ('r', 'p') AND relnamespace = to_regnamespace(current_schema()) AND relname <> @journal
            """, c);
        command.Parameters.AddWithValue("journal", Journal);
        var namen = new List<string>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) namen.Add(r.GetString(0));
        return namen;
    }

    private static async Task RefuseUnlessEmptyAsync(NpgsqlConnection c, NpgsqlTransaction? tx, IReadOnlyList<string> tabellen, CancellationToken ct)
    {
        var gevuld = new List<string>();
        foreach (var tabel in tabellen.Order(StringComparer.Ordinal))
            if (await CountAsync(c, tx, tabel, ct) is var n and > 0) gevuld.Add($"{tabel} ({n} {(n == 1 ? "rij" : "rijen")})");
        if (gevuld.Count == 0) return;
        var andere = gevuld.Count > 5 ? $" en {gevuld.Count - 5} andere tabellen" : "";
        throw new RefusedException(
            $"De doeldatabase is niet leeg: {string.Join(", ", gevuld.Take(5))}{andere}. Er is niets gekopieerd; kies een lege database.");
    }

    /// <summary>The target's tables in foreign-key order (a referenced table first), each with its columns and primary key.</summary>
    private static async Task<List<Table>> SchemaAsync(NpgsqlConnection c, NpgsqlTransaction tx, CancellationToken ct)
    {
        var namen = await TableNamesAsync(c, ct);
        var kolommen = namen.ToDictionary(n => n, _ => new List<(string Naam, string Type)>());
        var sleutels = namen.ToDictionary(n => n, _ => new List<string>());
        var verwijzingen = namen.ToDictionary(n => n, _ => new HashSet<string>()); // table → the other tables it refers to

        await using (var command = new NpgsqlCommand(
            """
            SELECT c.relname, a.attname, format_type(a.atttypid, NULL)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = to_regnamespace(current_schema()) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            ORDER BY c.relname, a.attnum
            """, c, tx))
        await using (var r = await command.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                if (kolommen.TryGetValue(r.GetString(0), out var lijst)) lijst.Add((r.GetString(1), r.GetString(2)));

        await using (var command = new NpgsqlCommand(
            """
            SELECT c.relname, a.attname
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE i.indisprimary AND c.relnamespace = to_regnamespace(current_schema())
            ORDER BY c.relname, k.n
            """, c, tx))
        await using (var r = await command.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                if (sleutels.TryGetValue(r.GetString(0), out var lijst)) lijst.Add(r.GetString(1));

        await using (var command = new NpgsqlCommand(
            """
            SELECT van.relname, naar.relname
            FROM pg_constraint f JOIN pg_class van ON van.oid = f.conrelid JOIN pg_class naar ON naar.oid = f.confrelid
            WHERE f.contype = 'f' AND van.relnamespace = to_regnamespace(current_schema())
            """, c, tx))
        await using (var r = await command.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                // A reference to its own table (opmerking.ouder_id, bijdrage.samengevoegd_in_id) needs no order: see CopyTableAsync.
                var (van, naar) = (r.GetString(0), r.GetString(1));
                if (van != naar && verwijzingen.TryGetValue(van, out var set) && kolommen.ContainsKey(naar)) set.Add(naar);
            }

        // Kahn's order, alphabetical among tables that are ready at the same time so the order is the same every run.
        var volgorde = new List<string>();
        var over = new SortedSet<string>(namen, StringComparer.Ordinal);
        while (over.Count > 0)
        {
            var klaar = over.FirstOrDefault(t => verwijzingen[t].All(v => !over.Contains(v)))
                ?? throw new InvalidOperationException($"De tabellen verwijzen in een kring naar elkaar: {string.Join(", ", over)}.");
            volgorde.Add(klaar);
            over.Remove(klaar);
        }
        return volgorde.Select(n => new Table(n, kolommen[n].Select(k => new Column(k.Naam, k.Type)).ToList(), sleutels[n]))
            .ToList();
    }

    /// <summary>Both sides have the same tables with the same columns: otherwise one of them is not migrated to the same version.</summary>
    private static async Task RefuseDifferentSchemaAsync(SqliteConnection source, SqliteTransaction lezen, IReadOnlyList<Table> tabellen, CancellationToken ct)
    {
        var bron = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await using (var command = source.CreateCommand())
        {
            command.Transaction = lezen;
            command.CommandText = """
                SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND lower(m.name) <> 'schemaversions'
                """;
            await using var r = await command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                if (!bron.TryGetValue(r.GetString(0), out var set)) bron[r.GetString(0)] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(r.GetString(1));
            }
        }
        var verschillen = new List<string>();
        foreach (var t in tabellen)
        {
            if (!bron.TryGetValue(t.Naam, out var kolommen)) verschillen.Add($"{t.Naam} ontbreekt in de bron");
            else if (!kolommen.SetEquals(t.Kolommen.Select(k => k.Naam))) verschillen.Add($"de kolommen van {t.Naam} verschillen");
        }
        verschillen.AddRange(bron.Keys.Except(tabellen.Select(t => t.Naam)).Order(StringComparer.Ordinal).Select(n => $"{n} ontbreekt in het doel"));
        if (verschillen.Count > 0)
            throw new RefusedException($"De bron en het doel hebben niet hetzelfde schema ({string.Join("; ", verschillen)}). "
                + "Gebruik dezelfde versie van ProgrammaPlanner voor beide. Er is niets gekopieerd.");
    }

    /// <summary>
    /// Streams the table's rows with binary COPY, one row in memory at a time. The whole table is one statement, and
    /// PostgreSQL checks a (non-deferrable) foreign key at the end of the statement: a row may refer to one that comes
    /// later in the same table (a bijdrage merged into a newer one).
    /// </summary>
    private static async Task CopyTableAsync(SqliteConnection source, SqliteTransaction lezen, NpgsqlConnection target, Table tabel, CancellationToken ct)
    {
        var kolommen = string.Join(", ", tabel.Kolommen.Select(k => Quote(k.Naam)));
        await using var lees = source.CreateCommand();
        lees.Transaction = lezen;
        lees.CommandText = $"SELECT {kolommen} FROM {Quote(tabel.Naam)}"
            + (tabel.Sleutel.Count > 0 ? $" ORDER BY {string.Join(", ", tabel.Sleutel.Select(Quote))}" : "");
        await using var r = await lees.ExecuteReaderAsync(ct);
        await using var copy = await target.BeginBinaryImportAsync($"COPY {Quote(tabel.Naam)} ({kolommen}) FROM STDIN (FORMAT BINARY)", ct);
        while (await r.ReadAsync(ct))
        {
            await copy.StartRowAsync(ct);
            for (var i = 0; i < tabel.Kolommen.Count; i++)
            {
                var kolom = tabel.Kolommen[i];
                if (r.IsDBNull(i)) await copy.WriteNullAsync(ct);
                else await WriteAsync(copy, tabel, kolom, r.GetValue(i), ct);
            }
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>Every identity (and serial) column continues after the highest copied id, so the next new row gets a fresh one.</summary>
    private static async Task ResetSequencesAsync(NpgsqlConnection target, NpgsqlTransaction tx, CancellationToken ct)
    {
        var reeksen = new List<(string Tabel, string Kolom, string Reeks)>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT c.relname, a.attname, pg_get_serial_sequence(quote_ident(c.relname), a.attname)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relkind IN ('r', 'p') AND c.relnamespace = to_regnamespace(current_schema()) AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relname <> @journal AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL
            """, target, tx))
        {
            command.Parameters.AddWithValue("journal", Journal);
            await using var r = await command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) reeksen.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        }
        foreach (var (tabel, kolom, reeks) in reeksen)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(@reeks::regclass, COALESCE((SELECT MAX({Quote(kolom)}) FROM {Quote(tabel)}), 0) + 1, false)", target, tx);
            command.Parameters.AddWithValue("reeks", reeks);
            await command.ExecuteScalarAsync(ct);
        }
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, Table tabel, Column kolom, object waarde, CancellationToken ct) =>
        Waarde(tabel, kolom, waarde) switch
        {
            (var w, { } type) => copy.WriteAsync(w, type, ct),
            var (w, _) => copy.WriteAsync(w, kolom.Type, ct),
        };

    /// <summary>
    /// A SQLite value as the target column's type. SQLite stores whatever it is given; a value that does not fit the
    /// column exactly (a fraction in an integer column) stops the copy rather than arriving changed.
    /// </summary>
    private static (object Waarde, NpgsqlDbType? Type) Waarde(Table tabel, Column kolom, object waarde)
    {
        try
        {
            return kolom.Type switch
            {
                "bigint" => (Geheel(waarde), NpgsqlDbType.Bigint),
                "integer" => (checked((int)Geheel(waarde)), NpgsqlDbType.Integer),
                "smallint" => (checked((short)Geheel(waarde)), NpgsqlDbType.Smallint),
                "text" => (waarde switch
                {
                    string s => s,
                    long l => l.ToString(CultureInfo.InvariantCulture),
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    _ => throw new InvalidCastException(),
                }, NpgsqlDbType.Text),
                "bytea" => ((byte[])waarde, NpgsqlDbType.Bytea),
                "double precision" => (Convert.ToDouble(waarde, CultureInfo.InvariantCulture), NpgsqlDbType.Double),
                _ => (waarde, null), // a type no migration uses yet: Npgsql converts by the column's type name
            };
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new InvalidOperationException(
                $"De waarde '{waarde}' in {tabel.Naam}.{kolom.Naam} past niet in een kolom van het type {kolom.Type}. Er is niets gekopieerd.", e);
        }
    }

    private static long Geheel(object waarde) => waarde switch
    {
        long l => l,
        double d when d == Math.Floor(d) => checked((long)d),
        string s => long.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException(),
    };

    private static async Task<long> CountAsync(DbConnection c, DbTransaction? tx, string tabel, CancellationToken ct)
    {
        await using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT COUNT(*) FROM {Quote(tabel)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection c, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, c, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A name from the schema as a quoted identifier (both dialects), e.g. speerpunt."analyse".</summary>
    private static string Quote(string naam) => $"\"{naam.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
