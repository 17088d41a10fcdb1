using Dapper;
using Npgsql;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Wijken;

namespace ProgrammaPlanner.Core.Tests.Data;

/// <summary>
/// The PostgreSQL run hands each test an emptied database instead of a fresh copy of the template: the emptied one must be
/// the fresh one in all a test can see (rows, the migrations' journal, where the ids start), or tests would lean on each other.
/// </summary>
public class TestdatabaseTests
{
    [Test]
    public async Task AnEmptiedDatabase_EqualsAFreshCopy_RowsJournalAndIds()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreateVersiePlanAsync();
        await using var buurtwerk = await app.BestuurderAsync(plan.ProgrammaId, plan.Buurtwerk, "Bea Bestuur");
        await app.SendAsync(new FreezePlanversie.Command(plan.ProgrammaId, ""));
        await buurtwerk.SendAsync(new ApprovePlanversie.Command(plan.ProgrammaId, 1, plan.Buurtwerk, "Akkoord")); // rows the triggers guard
        var fris = PostgresTestServer.CreateDatabase();
        try
        {
            Assert.That(PostgresTestServer.Empty(app.ConnectionString), Is.True);

            Assert.That(await StandAsync(app.ConnectionString), Is.EqualTo(await StandAsync(fris)));
            Assert.That(await app.CreateProgrammaAsync(), Is.EqualTo(1), "ids start again where a fresh database starts them");
        }
        finally
        {
            PostgresTestServer.DropDatabase(fris);
        }
    }

    [Test]
    public async Task ADatabaseWhoseSchemaATestChanged_IsNotEmptied()
    {
        await using var app = TestApp.Create();
        var programmaId = await app.CreateProgrammaAsync();
        await app.SendAsync(new AddWijk.Command(programmaId, "Banne"));
        await app.FailOnAsync("INSERT", "wijk");

        Assert.That(PostgresTestServer.Empty(app.ConnectionString), Is.False, "the next test would meet the injected fault");
        Assert.That(await app.CountAsync("wijk"), Is.EqualTo(1), "left as it was (it is dropped instead)");
    }

    /// <summary>Every table's rows (the journal included) and every sequence's position, as text.</summary>
    private static async Task<List<string>> StandAsync(string connectionString)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        var stand = new List<string>();
        foreach (var tabel in await PlanningFixture.TablesAsync(c))
        {
            await using var export = await c.BeginTextExportAsync($"COPY \"{tabel}\" TO STDOUT");
            stand.Add($"{tabel}: {await export.ReadToEndAsync()}");
        }
        stand.AddRange(await c.QueryAsync<string>(
            "SELECT sequencename || ' ' || coalesce(last_value::text, '-') FROM pg_sequences ORDER BY sequencename COLLATE \"C\""));
        return stand;
    }
}
