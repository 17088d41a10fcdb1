using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Wijken;

namespace ProgrammaPlanner.Core.Tests.Pipeline;

/// <summary>Two app instances on one PostgreSQL database: a change made through one reaches the open pages of the other.</summary>
public class MeerdereInstantiesTests
{
    private static readonly TimeSpan Binnen = TimeSpan.FromSeconds(1); // the target: on the other wall within 1 s

    [Test]
    public async Task AChangeThroughB_ReachesThePagesOfA_WithinOneSecond_AndAOwnChangeReachesThemOnce()
    {
        await using var a = TestApp.Create();
        await using var b = Instantie(a.ConnectionString);
        var programmaId = await a.CreateProgrammaAsync();
        using var stop = new CancellationTokenSource();
        var luisteraar = a.Services.GetRequiredService<ProgrammaChangesListener>();
        var luistert = luisteraar.RunAsync(stop.Token);
        await WachtTotAsync(() => luisteraar.Luistert);

        var gehoord = 0;
        var eerste = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = a.Services.GetRequiredService<ProgrammaChanges>().Subscribe(programmaId, () =>
        {
            Interlocked.Increment(ref gehoord);
            eerste.TrySetResult();
            return Task.CompletedTask;
        });

        await SendAsync(b, new AddWijk.Command(programmaId, "Banne"));
        Assert.That(await Task.WhenAny(eerste.Task, Task.Delay(Binnen)), Is.SameAs(eerste.Task), "B's change on A's page within 1 s");

        await a.SendAsync(new AddWijk.Command(programmaId, "Tuindorp"));
        await Task.Delay(500); // A's own NOTIFY comes back to A as well: it must not refresh the page a second time
        Assert.That(gehoord, Is.EqualTo(2), "once for B's change, once for A's own");

        await stop.CancelAsync();
        await luistert;
    }

    [Test]
    public async Task TheListenersLineBreaks_ItReconnects_RefreshesOpenPagesOnce_AndHearsBAgain()
    {
        await using var a = TestApp.Create();
        await using var b = Instantie(a.ConnectionString);
        var programmaId = await a.CreateProgrammaAsync();
        using var stop = new CancellationTokenSource();
        var luisteraar = a.Services.GetRequiredService<ProgrammaChangesListener>();
        var luistert = luisteraar.RunAsync(stop.Token);
        await WachtTotAsync(() => luisteraar.Luistert);
        var gehoord = 0;
        using var _ = a.Services.GetRequiredService<ProgrammaChanges>().Subscribe(programmaId, () =>
        {
            Interlocked.Increment(ref gehoord);
            return Task.CompletedTask;
        });

        // The server ends the listener's session, as a restart of the database would.
        await using (var c = await a.Db.OpenAsync())
            await c.ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND datname = current_database()");
        await WachtTotAsync(() => !luisteraar.Luistert || gehoord > 0);
        await WachtTotAsync(() => luisteraar.Luistert && gehoord == 1);
        Assert.That(gehoord, Is.EqualTo(1), "back on the line: the open page refreshes once (it may have missed changes)");

        await SendAsync(b, new AddWijk.Command(programmaId, "Banne"));
        await WachtTotAsync(() => gehoord == 2);
        Assert.That(gehoord, Is.EqualTo(2), "B's change after the reconnect");

        await stop.CancelAsync();
        await luistert;
    }

    /// <summary>A second app instance: its own service provider (its own ProgrammaChanges) over the same database.</summary>
    private static ServiceProvider Instantie(string connectionString) => new ServiceCollection()
        .AddSingleton(TimeProvider.System)
        .AddSingleton(new MailSettings())
        .AddScoped<ICurrentUser>(_ => Systeem.Gebruiker)
        .AddProgrammaPlannerCore(connectionString)
        .BuildServiceProvider();

    private static async Task<T> SendAsync<T>(IServiceProvider services, IRequest<T> request)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task WachtTotAsync(Func<bool> klaar)
    {
        for (var i = 0; i < 100 && !klaar(); i++) await Task.Delay(50);
    }
}
