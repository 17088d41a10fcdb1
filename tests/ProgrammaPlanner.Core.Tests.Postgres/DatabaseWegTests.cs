using System.Data.Common;
using Dapper;
using Npgsql;
using ProgrammaPlanner.Core.Wijken;

namespace ProgrammaPlanner.Core.Tests.Data;

/// <summary>The database goes away during a session (a restart, a failover) and comes back: nothing half-written, no restart.</summary>
public class DatabaseWegTests
{
    [Test]
    public async Task WhileTheDatabaseIsAway_ASaveFailsAndWritesNothing_AfterwardsTheFirstSaveWorks()
    {
        await using var app = TestApp.Create();
        var programmaId = await app.CreateProgrammaAsync();
        await app.SendAsync(new AddWijk.Command(programmaId, "Banne")); // the pool now holds connections that will break
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
        var server = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false }.ToString();

        await using (var beheer = new NpgsqlConnection(server))
        {
            await beheer.OpenAsync();
            // As a server restart does: every session ends, and no new one is let in for now.
            await beheer.ExecuteAsync($"ALTER DATABASE {database} ALLOW_CONNECTIONS false");
            await beheer.ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @database", new { database });

            Assert.CatchAsync<DbException>(() => app.SendAsync(new AddWijk.Command(programmaId, "Tuindorp")));
            Assert.CatchAsync<DbException>(() => app.SendAsync(new AddWijk.Command(programmaId, "Tuindorp")), "still away");

            await beheer.ExecuteAsync($"ALTER DATABASE {database} ALLOW_CONNECTIONS true");
        }

        await app.SendAsync(new AddWijk.Command(programmaId, "Tuindorp")); // back: the first try works, without a restart
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<string>("SELECT naam FROM wijk ORDER BY naam"), Is.EqualTo(new[] { "Banne", "Tuindorp" }),
            "what failed left nothing; the retry stored it once");
    }

    [Test]
    public async Task AfterARestartNobodyNoticed_TheFirstSaveWorks()
    {
        await using var app = TestApp.Create();
        var programmaId = await app.CreateProgrammaAsync();
        await app.SendAsync(new AddWijk.Command(programmaId, "Banne"));
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
        var server = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false }.ToString();
        await using (var beheer = new NpgsqlConnection(server))
        {
            await beheer.OpenAsync();
            await beheer.ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @database", new { database });
        }

        await app.SendAsync(new AddWijk.Command(programmaId, "Tuindorp")); // the pooled connections are dead; the save is not
        Assert.That(await app.CountAsync("wijk"), Is.EqualTo(2));
    }
}
