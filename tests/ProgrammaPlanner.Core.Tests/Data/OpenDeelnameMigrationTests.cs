using Dapper;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Tests.Data;

/// <summary>
/// 0023 rebuilds deelnemer and bijdrage (partner_id becomes nullable). Dropping the old tables must not cascade into the votes
/// and links that point to them: a database with real rows from before 0023 keeps every row and link.
/// </summary>
public class OpenDeelnameMigrationTests
{
    private const string Oud = """
        INSERT INTO programma (id, naam, startjaar, eindjaar, fase) VALUES (1, 'Samen Noord', 2026, 2028, 'ontwikkelfase');
        INSERT INTO partner (id, programma_id, naam, soort, rol) VALUES (10, 1, 'Civic Amsterdam', 'welzijn', 'penvoerder'),
                                                                        (11, 1, 'Stichting DOCK', 'welzijn', 'partner');
        INSERT INTO speerpunt (id, programma_id, naam, volgorde) VALUES (7, 1, 'Armoede', 1);
        INSERT INTO bijeenkomst (id, programma_id, soort, titel, datum, begintijd, eindtijd, code, invoer_open)
            VALUES (5, 1, 'dialoogtafel', 'Dialoogtafel', '2026-03-12', '19:30', '21:30', 'ABC234', 1);
        INSERT INTO deelnemer (id, programma_id, bijeenkomst_id, sleutel, partner_id, naam) VALUES (20, 1, 5, 'sleutel-a', 10, 'Fatima'),
                                                                                                  (21, 1, 5, 'sleutel-b', 11, '');
        INSERT INTO bijdrage (id, programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, deelnemer_id, cluster, ingediend_op,
                              idempotentie_sleutel, version)
            VALUES (30, 1, 5, 'ambitie', 'Elk kind een zwemdiploma', 10, 'Fatima', 20, 'jeugd', '2026-03-12T19:40:00.000Z', 'form-1', 3),
                   (31, 1, 5, 'idee', 'Zwemles op school', 11, '', 21, '', '2026-03-12T19:41:00.000Z', 'form-2', 2);
        UPDATE bijdrage SET samengevoegd_in_id = 30 WHERE id = 31;
        INSERT INTO bijdrage (id, programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, deelnemer_id, niet_overgenomen, ingediend_op)
            VALUES (32, 1, 5, 'zorg', 'Post-it: wachtlijsten', 11, '', NULL, 'Buiten het programma', '2026-03-12T19:50:00.000Z');
        INSERT INTO bijdrage_speerpunt (bijdrage_id, speerpunt_id) VALUES (30, 7);
        INSERT INTO stemronde (id, programma_id, bijeenkomst_id, nummer, stemmen_per_deelnemer, open) VALUES (40, 1, 5, 1, 3, 0);
        INSERT INTO stem (id, stemronde_id, deelnemer_id, bijdrage_id) VALUES (50, 40, 20, 30), (51, 40, 21, 30), (52, 40, 21, 32);
        """;

    private static readonly string[] Dumps =
    [
        "SELECT id, programma_id, bijeenkomst_id, sleutel, partner_id, naam FROM deelnemer ORDER BY id",
        "SELECT id, programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, deelnemer_id, cluster, niet_overgenomen, samengevoegd_in_id, "
        + "ingediend_op, idempotentie_sleutel, version FROM bijdrage ORDER BY id",
        "SELECT * FROM bijdrage_speerpunt ORDER BY bijdrage_id",
        "SELECT * FROM stem ORDER BY id",
        "SELECT * FROM stemronde ORDER BY id",
    ];

    private static async Task<List<string>> DumpAsync(System.Data.Common.DbConnection c)
    {
        var regels = new List<string>();
        foreach (var sql in Dumps)
            foreach (IDictionary<string, object?> rij in await c.QueryAsync(sql))
                regels.Add(string.Join("|", rij.Select(k => $"{k.Key}={k.Value ?? "NULL"}")));
        return regels;
    }

    private static Db NieuwBestand() =>
        new($"Data Source={Path.Combine(Path.GetTempPath(), "programmaplanner-tests", $"{Guid.NewGuid():N}.db")}");

    [Test]
    public async Task Migration0023_RealRowsBefore_EveryRowAndLinkSurvives()
    {
        var db = NieuwBestand();
        DatabaseMigrator.Migrate(db, "0023");
        List<string> voor;
        await using (var c = await db.OpenAsync())
        {
            Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pragma_table_info('bijdrage') WHERE name = 'namens'"), Is.Zero,
                "the database is at the state before 0023");
            await c.ExecuteAsync(Oud);
            voor = await DumpAsync(c);
        }
        Assert.That(voor, Has.Count.EqualTo(2 + 3 + 1 + 3 + 1));

        DatabaseMigrator.Migrate(db);

        await using var n = await db.OpenAsync();
        Assert.That(await DumpAsync(n), Is.EqualTo(voor));
        Assert.That(await n.QueryAsync<(long, string)>("SELECT id, ingevoerd_door FROM bijdrage ORDER BY id"),
            Is.EqualTo(new[] { (30L, ""), (31L, ""), (32L, "gespreksleider") }), "a bijdrage without deelnemer was typed in by the facilitator");
        Assert.That(await n.QueryAsync<string>("SELECT namens FROM bijdrage UNION ALL SELECT namens FROM deelnemer"), Is.All.EqualTo(""));
        Assert.That(await n.QueryAsync("PRAGMA foreign_key_check"), Is.Empty);
        Assert.That(await n.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
        Assert.That(await n.QueryAsync<string>("SELECT name FROM sqlite_master WHERE tbl_name IN ('bijdrage', 'deelnemer') AND type = 'index' ORDER BY name"),
            Does.Contain("ix_bijdrage_bijeenkomst"));
        Assert.That(await n.ExecuteScalarAsync<long>("SELECT open_deelname FROM bijeenkomst WHERE id = 5"), Is.Zero);

        // The rebuilt tables keep their constraints: unique keys, and the cascades from and to them.
        Assert.ThrowsAsync<SqliteException>(() => n.ExecuteAsync(
            "INSERT INTO bijdrage (programma_id, bijeenkomst_id, soort, tekst, ingediend_op, idempotentie_sleutel) "
            + "VALUES (1, 5, 'idee', 'x', 'nu', 'form-1')"));
        Assert.ThrowsAsync<SqliteException>(() => n.ExecuteAsync(
            "INSERT INTO deelnemer (programma_id, bijeenkomst_id, sleutel) VALUES (1, 5, 'sleutel-a')"));
        Assert.ThrowsAsync<SqliteException>(() => n.ExecuteAsync("INSERT INTO bijdrage_speerpunt (bijdrage_id, speerpunt_id) VALUES (99, 7)"));
        await n.ExecuteAsync("INSERT INTO deelnemer (programma_id, bijeenkomst_id, sleutel, partner_id, namens) VALUES (1, 5, 'sleutel-c', NULL, 'De Kolk')");
        Assert.ThrowsAsync<SqliteException>(() => n.ExecuteAsync("DELETE FROM bijdrage WHERE id = 30"), "31 is merged into it");
        await n.ExecuteAsync("UPDATE bijdrage SET samengevoegd_in_id = NULL WHERE id = 31; DELETE FROM bijdrage WHERE id = 30");
        Assert.That(await n.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM stem WHERE bijdrage_id = 30"), Is.Zero);
        Assert.That(await n.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bijdrage_speerpunt"), Is.Zero);
        await n.ExecuteAsync("DELETE FROM deelnemer WHERE id = 21");
        Assert.That(await n.QueryAsync<long>("SELECT id FROM stem"), Is.Empty, "votes of a deleted deelnemer go with it");
        Assert.That(await n.ExecuteScalarAsync<long?>("SELECT deelnemer_id FROM bijdrage WHERE id = 31"), Is.Null);
    }

    [Test]
    public async Task Migrate_BrokenReference_FailsWithDutchMessage()
    {
        var db = NieuwBestand();
        DatabaseMigrator.Migrate(db, "0023"); // the check runs after a script ran, so leave one to run
        var zonder = new SqliteConnectionStringBuilder(db.ConnectionString) { ForeignKeys = false, Pooling = false }.ToString();
        await using (var c = new SqliteConnection(zonder))
        {
            await c.OpenAsync();
            await c.ExecuteAsync("INSERT INTO bijdrage_speerpunt (bijdrage_id, speerpunt_id) VALUES (404, 404)");
        }

        var e = Assert.Throws<InvalidOperationException>(() => DatabaseMigrator.Migrate(db));
        Assert.That(e!.Message, Does.Contain("verwijzingen kloppen niet meer").And.Contain("bijdrage_speerpunt"));
    }
}
