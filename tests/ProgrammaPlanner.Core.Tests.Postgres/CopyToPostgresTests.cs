using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Opmerkingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Speerpunten;
using ProgrammaPlanner.Core.Tests.Programmas;

namespace ProgrammaPlanner.Core.Tests.Data;

/// <summary>
/// An installation built on SQLite through the real commands moves whole into an empty PostgreSQL database
/// (<see cref="CopyToPostgres"/>): every row of every table, byte for byte, and new rows after the move get fresh ids.
/// </summary>
public class CopyToPostgresTests
{
    [Test]
    public async Task TheWholeInstallation_ArrivesUnchanged_AndNewRowsGetFreshIds_ASecondCopyIsRefused()
    {
        await using var bron = TestApp.CreateSqlite();
        var programmaId = await BuildInstallationAsync(bron);
        var doel = PostgresTestServer.CreateDatabase();

        var resultaat = await CopyToPostgres.RunAsync(bron.Db, new Db(doel));

        Assert.That(resultaat.Matches, Is.True);
        var bronDump = await DumpAsync(bron.Db);
        Assert.That(resultaat.Tables.Select(t => t.Table).Order(StringComparer.Ordinal),
            Is.EqualTo(bronDump.Keys.Order(StringComparer.Ordinal)), "every table but the journal is copied and counted");
        foreach (var tabel in new[] { "programma", "gebruiker", "sessie", "audit", "planversie", "planversie_document", "bijdrage", "opmerking" })
            Assert.That(resultaat.Tables.Single(t => t.Table == tabel).Target, Is.GreaterThan(0), $"the installation has {tabel} rows");
        Assert.That(resultaat.Tables.Select(t => t.Source), Is.EqualTo(resultaat.Tables.Select(t => t.Target)));
        var doelDump = await DumpAsync(new Db(doel));
        foreach (var (tabel, rijen) in bronDump)
            Assert.That(doelDump[tabel], Is.EqualTo(rijen), $"the rows of {tabel}");

        // The sequences continue after the copied ids: a new programma through the real core does not collide.
        await using (var services = Core(doel))
        {
            using var scope = services.CreateScope();
            var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
            var nieuw = await mediator.Send(new CreateProgramma.Command("Na de verhuizing", "", "", 2026, 2028, Fase.Ontwikkelfase, "", ""));
            Assert.That(nieuw.ProgrammaId, Is.GreaterThan(programmaId), "after the highest copied id");
        }
        await using (var c = await new Db(doel).OpenAsync())
            foreach (var (tabel, kolom, volgende, hoogste) in await SequencesAsync(c))
                Assert.That(volgende, Is.GreaterThan(hoogste), $"{tabel}.{kolom}'s next value");

        var voor = await DumpAsync(new Db(doel));
        var e = Assert.ThrowsAsync<RefusedException>(() => CopyToPostgres.RunAsync(bron.Db, new Db(doel)));
        Assert.That(e!.Message, Does.StartWith("De doeldatabase is niet leeg: audit (").And.EndsWith("Er is niets gekopieerd; kies een lege database."));
        Assert.That(await DumpAsync(new Db(doel)), Is.EqualTo(voor), "a refused copy writes nothing");
    }

    [Test]
    public async Task ATargetThatLosesRows_FailsTheCount_AndTheCopyIsRolledBack()
    {
        await using var bron = TestApp.CreateSqlite();
        await bron.ImportAsync(SampleFiles.Sample("samen-noord.json"));
        var doel = PostgresTestServer.CreateDatabase();
        await using (var c = await new Db(doel).OpenAsync()) // a target that quietly drops the first streefwaarde it is given
            await c.ExecuteAsync(
                """
                CREATE SEQUENCE slik_teller;
                CREATE FUNCTION slik() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF nextval('slik_teller') = 1 THEN RETURN NULL; END IF; RETURN NEW; END $$;
                CREATE TRIGGER slik BEFORE INSERT ON streefwaarde FOR EACH ROW EXECUTE FUNCTION slik();
                """);

        var resultaat = await CopyToPostgres.RunAsync(bron.Db, new Db(doel));

        Assert.That((resultaat.Matches, resultaat.Committed), Is.EqualTo((false, false)));
        var verschil = resultaat.Tables.Single(t => !t.Matches);
        Assert.That((verschil.Table, verschil.Target), Is.EqualTo(("streefwaarde", verschil.Source - 1)));
        await using var na = await new Db(doel).OpenAsync();
        Assert.That(await na.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM programma"), Is.Zero, "rolled back: the target stays empty");
    }

    [Test]
    public async Task AFilledTargetThatIsNoProgrammaPlannerDatabase_IsRefusedBeforeAnythingIsWritten()
    {
        await using var bron = TestApp.CreateSqlite();
        await bron.CreateProgrammaAsync();
        var doel = PostgresTestServer.CreateDatabase();
        await using (var c = await new Db(doel).OpenAsync())
            await c.ExecuteAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE TABLE klant (naam TEXT); INSERT INTO klant VALUES ('Jansen')");

        var e = Assert.ThrowsAsync<RefusedException>(() => CopyToPostgres.RunAsync(bron.Db, new Db(doel)));

        Assert.That(e!.Message, Is.EqualTo("De doeldatabase is niet leeg: klant (1 rij). Er is niets gekopieerd; kies een lege database."));
        await using var na = await new Db(doel).OpenAsync();
        Assert.That(await PlanningFixture.TablesAsync(na), Is.EqualTo(new[] { "klant" }), "not migrated either");
    }

    [Test]
    public async Task ASourceWithATableTheTargetDoesNotHave_IsRefused_NoRowCopied()
    {
        await using var bron = TestApp.CreateSqlite();
        await bron.CreateProgrammaAsync();
        await using (var c = await bron.Db.OpenAsync()) // as a newer version of the app would have it
            await c.ExecuteAsync("CREATE TABLE nieuwtje (id INTEGER PRIMARY KEY); ALTER TABLE wijk ADD COLUMN kleur TEXT NULL");
        var doel = PostgresTestServer.CreateDatabase();

        var e = Assert.ThrowsAsync<RefusedException>(() => CopyToPostgres.RunAsync(bron.Db, new Db(doel)));

        Assert.That(e!.Message,
            Does.StartWith("De bron en het doel hebben niet hetzelfde schema (de kolommen van wijk verschillen; nieuwtje ontbreekt in het doel)."));
        await using var na = await new Db(doel).OpenAsync();
        Assert.That(await na.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM programma"), Is.Zero);
    }

    [Test]
    public async Task ASourceThatIsNoSqliteFile_OrATargetThatIsNoPostgresDatabase_IsRefused()
    {
        await using var pg = TestApp.Create(); // PostgreSQL in this project
        await using var sqlite = TestApp.CreateSqlite();

        var bronFout = Assert.ThrowsAsync<RefusedException>(() => CopyToPostgres.RunAsync(pg.Db, new Db(PostgresTestServer.CreateDatabase())));
        var doelFout = Assert.ThrowsAsync<RefusedException>(() => CopyToPostgres.RunAsync(sqlite.Db, new Db($"Data Source={sqlite.File}.kopie")));

        Assert.That(bronFout!.Message, Does.StartWith("De bron is geen SQLite-database"));
        Assert.That(doelFout!.Message, Does.StartWith("Het doel is geen PostgreSQL-database"));
    }

    /// <summary>
    /// The three samples, an account with a session, a frozen version with its kept PDF, a thread of comments (a reply points
    /// to its parent) and a session whose first bijdrage is merged into a later one (a reference to a higher id).
    /// </summary>
    private static async Task<long> BuildInstallationAsync(TestApp app)
    {
        foreach (var naam in SampleFiles.Samples) await app.ImportAsync(SampleFiles.Sample(naam), naam);
        await using var beheerder = await app.AccountAsync("B. Heerder", beheerder: true); // an account with a session

        var plan = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(plan.ProgrammaId, ""));
        var afdruk = new byte[2_000_000];
        new Random(16).NextBytes(afdruk);
        "%PDF-1.7\n"u8.CopyTo(afdruk);
        await app.SendAsync(new RecordPlanversieDocument.Command(plan.ProgrammaId, 1, PlanversieStatus.TerBesluitvorming, Versiedocument.Pdf,
            "Programmaplan versie 1.pdf", afdruk));
        var speerpunt = (await app.SendAsync(new ListSpeerpunten.Query(plan.ProgrammaId))).Single().Id.ToString(CultureInfo.InvariantCulture);
        await using var lezer = await app.LidAsync("L. Ezer", plan.ProgrammaId, ProgrammaRol.Lezer);
        var vraag = await lezer.SendAsync(new AddOpmerking.Command(plan.ProgrammaId, Onderwerp.Speerpunt, speerpunt, "Is dit niet te breed?"));
        await lezer.SendAsync(new AddOpmerking.Command(plan.ProgrammaId, Onderwerp.Speerpunt, speerpunt, "Ik maak het smaller.", vraag.OpmerkingId));

        var sessie = await app.CreateSessieAsync("Sessie Oost");
        var code = await app.OpenAsync(sessie);
        var sleutel = await app.JoinAsync(code, sessie.Plan.Dock, "Fatima");
        var eerste = (await app.SubmitAsync(code, sleutel, "Zwemles")).BijdrageId;
        var later = (await app.SubmitAsync(code, sleutel, "Elk kind een zwemdiploma")).BijdrageId;
        await app.SendAsync(new MergeBijdragen.Command(sessie.ProgrammaId, later, 1, eerste, 1, "Zwemles voor elk kind"));
        await using (var c = await app.Db.OpenAsync())
            Assert.That(await c.ExecuteScalarAsync<long>("SELECT samengevoegd_in_id FROM bijdrage WHERE id = @eerste", new { eerste }), Is.GreaterThan(eerste),
                "the merged bijdrage points forward: copied in id order alone it would break its foreign key");
        return sessie.ProgrammaId;
    }

    /// <summary>Every table but the journal, each row as invariant text (columns by name, bytes as hex), sorted: both databases alike.</summary>
    private static async Task<Dictionary<string, List<string>>> DumpAsync(Db db)
    {
        await using var c = await db.OpenAsync();
        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var tabel in (await PlanningFixture.TablesAsync(c)).Where(t => !t.Equals("SchemaVersions", StringComparison.OrdinalIgnoreCase)))
        {
            var rijen = (await c.QueryAsync($"SELECT * FROM {tabel}")).Cast<IDictionary<string, object?>>()
                .Select(rij => string.Join(", ", rij.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={Tekst(kv.Value)}")));
            dump[tabel] = [.. rijen.Order(StringComparer.Ordinal)];
        }
        return dump;
    }

    private static string Tekst(object? waarde) => waarde switch
    {
        null => "NULL",
        byte[] b => "0x" + Convert.ToHexString(b),
        _ => Convert.ToString(waarde, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Each identity column with the value its sequence hands out next (taken, so only after the checks) and the highest id.</summary>
    private static async Task<List<(string Tabel, string Kolom, long Volgende, long Hoogste)>> SequencesAsync(DbConnection c)
    {
        var kolommen = (await c.QueryAsync<(string Tabel, string Kolom)>(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'")).ToList();
        Assert.That(kolommen, Is.Not.Empty);
        var lijst = new List<(string, string, long, long)>();
        foreach (var (tabel, kolom) in kolommen)
            lijst.Add((tabel, kolom,
                await c.ExecuteScalarAsync<long>("SELECT nextval(pg_get_serial_sequence(@tabel, @kolom))", new { tabel, kolom }),
                await c.ExecuteScalarAsync<long>($"SELECT COALESCE(MAX({kolom}), 0) FROM {tabel}")));
        return lijst;
    }

    private static ServiceProvider Core(string connectionString) => new ServiceCollection()
        .AddScoped<ICurrentUser>(_ => Systeem.Gebruiker)
        .AddProgrammaPlannerCore(connectionString)
        .BuildServiceProvider();
}
