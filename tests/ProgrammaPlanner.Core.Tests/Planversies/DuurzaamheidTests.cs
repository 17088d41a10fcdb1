using Dapper;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Tests.Planversies;

public class DuurzaamheidTests
{
    [Test]
    /// <summary>FULL even if the usual setting is lowered for speed (SQLite's WAL recommendation is NORMAL).</summary>
    public async Task DurableConnection_SyncsFully_AndIsResetForOthers()
    {
        await using var app = TestApp.Create();
        long gewoon;
        await using (var c0 = await app.Db.OpenAsync()) gewoon = await c0.ExecuteScalarAsync<long>("PRAGMA synchronous");
        long binnen;
        await using (var d = await Besluiten.OpenDuurzaamAsync(app.Db, CancellationToken.None))
        {
            binnen = await d.Connection.ExecuteScalarAsync<long>("PRAGMA synchronous");
        }
        await using var daarna = await app.Db.OpenAsync();

        Assert.That(binnen, Is.EqualTo(2), "FULL");
        Assert.That(await daarna.ExecuteScalarAsync<long>("PRAGMA synchronous"), Is.EqualTo(gewoon), "a pooled connection goes back at the usual setting");
    }

    [Test]
    public async Task CommittedApproval_IsInTheFile_AfterEveryConnectionIsGone()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "J. de Vries", VersieFixture.Vandaag, "Getekend"));

        SqliteConnection.ClearAllPools(); // as after the process ended: only what reached the file counts
        await using var vers = new SqliteConnection($"Data Source={app.File};Pooling=False");
        await vers.OpenAsync();
        var besluit = await vers.QuerySingleAsync<(string Besluit, string Door)>("SELECT besluit, door FROM planversie_besluit");

        Assert.That(besluit, Is.EqualTo((Besluit.Goedgekeurd, "J. de Vries")));
    }
}
