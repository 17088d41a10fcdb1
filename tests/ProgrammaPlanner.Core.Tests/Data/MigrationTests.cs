using Dapper;

namespace ProgrammaPlanner.Core.Tests.Data;

public class MigrationTests
{
    [Test]
    public async Task AllScripts_ApplyToEmptyDatabase_JournalHoldsEachScriptOnce()
    {
        await using var app = TestApp.Create();
        await using var c = await app.Db.OpenAsync();

        var applied = (await c.QueryAsync<string>("SELECT ScriptName FROM SchemaVersions")).ToList();
        var embedded = Scripts(app.Db);

        Assert.That(embedded, Is.Not.Empty);
        Assert.That(applied, Is.EquivalentTo(embedded));
        if (app.Db.IsPostgres) return;
        Assert.That(await c.ExecuteScalarAsync<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
        Assert.That(await c.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
    }

    /// <summary>The embedded scripts of the app's database: Data/Migrations for SQLite, Data/PostgresMigrations for PostgreSQL.</summary>
    private static List<string> Scripts(ProgrammaPlanner.Core.Data.Db db) =>
        [.. typeof(ProgrammaPlanner.Core.Data.Db).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(db.IsPostgres ? ".Data.PostgresMigrations." : ".Data.Migrations.", StringComparison.Ordinal))];

    [Test]
    public async Task Migrate_Twice_IsANoOp()
    {
        await using var app = TestApp.Create();
        ProgrammaPlanner.Core.Data.DatabaseMigrator.Migrate(app.Db);
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM SchemaVersions"),
            Is.EqualTo(Scripts(app.Db).Count));
    }

    [Test]
    [SetCulture("nl-NL")]
    public async Task DecimalsAndDates_RoundTripExactlyAndInvariant_UnderDutchCulture()
    {
        await using var app = TestApp.Create();
        await using var c = await app.Db.OpenAsync();
        await c.ExecuteAsync("CREATE TABLE t (bedrag TEXT, datum TEXT)");
        await c.ExecuteAsync("INSERT INTO t VALUES (@bedrag, @datum)", new { bedrag = 12500.10m, datum = new DateOnly(2017, 10, 1) });

        var raw = await c.QuerySingleAsync<(string Bedrag, string Datum)>("SELECT bedrag, datum FROM t");
        var typed = await c.QuerySingleAsync<(decimal Bedrag, DateOnly Datum)>("SELECT bedrag, datum FROM t");

        Assert.That(raw, Is.EqualTo(("12500.1", "2017-10-01"))); // invariant text, never "12500,1"
        Assert.That(typed.Bedrag, Is.EqualTo(12500.10m));
        Assert.That(typed.Datum, Is.EqualTo(new DateOnly(2017, 10, 1)));
    }
}
