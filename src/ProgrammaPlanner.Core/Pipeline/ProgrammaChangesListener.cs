using Npgsql;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>
/// On PostgreSQL: LISTENs on one connection for the changes other app instances announce (<see cref="ProgrammaChanges"/>)
/// and passes them on to this instance's open pages, so a bijdrage sent through instance B appears on a wall served by A.
/// When the connection breaks (the database restarts, the network blinks) it reconnects and refreshes every open page
/// once, because changes made in between were not heard.
/// </summary>
public sealed class ProgrammaChangesListener(Db db, ProgrammaChanges changes)
{
    /// <summary>Reconnects after a broken line this long after the last try.</summary>
    public static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(1);

    /// <summary>True while LISTEN is in place (tests wait for it before they send a change).</summary>
    public bool Luistert { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        if (!db.IsPostgres) return;
        var eerste = true;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                // KeepAlive: a dead line is noticed within seconds even when no notification is due.
                var cs = new NpgsqlConnectionStringBuilder(db.ConnectionString) { KeepAlive = 5, Pooling = false }.ToString();
                await using var c = new NpgsqlConnection(cs);
                await c.OpenAsync(ct);
                c.Notification += (_, e) => PassOn(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ProgrammaChanges.Kanaal}", c))
                    await listen.ExecuteNonQueryAsync(ct);
                Luistert = true;
                if (!eerste) changes.PublishHereToAll();
                eerste = false;
                while (!ct.IsCancellationRequested) await c.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                Luistert = false;
                eerste = false;
                try { await Task.Delay(Wachttijd, ct); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private void PassOn(string bericht)
    {
        var deel = bericht.Split(':');
        if (deel.Length == 2 && deel[0] != changes.Instantie && long.TryParse(deel[1], out var programmaId))
            changes.PublishHere(programmaId);
    }
}
