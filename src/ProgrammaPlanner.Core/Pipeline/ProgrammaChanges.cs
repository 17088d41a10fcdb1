using System.Collections.Concurrent;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>
/// Notification "programma X changed", so other open pages of that programma refresh at once (no polling). A failing
/// subscriber (e.g. a page whose circuit just closed) does not affect others. On PostgreSQL the change also goes to the
/// other app instances on the same database, through the database's own NOTIFY (<see cref="ProgrammaChangesListener"/>
/// passes it on to the pages of each instance).
/// </summary>
public sealed class ProgrammaChanges(Db db)
{
    /// <summary>The NOTIFY channel; a message is "instance:programmaId".</summary>
    public const string Kanaal = "programmaplanner_wijziging";

    private readonly ConcurrentDictionary<long, ImmutableSubscribers> _subscribers = new();

    /// <summary>This process among the instances: it passes on only the other instances' changes (its own went out at once).</summary>
    public string Instantie { get; } = Guid.NewGuid().ToString("N");

    public IDisposable Subscribe(long programmaId, Func<Task> onChanged)
    {
        _subscribers.AddOrUpdate(programmaId, _ => new([onChanged]), (_, s) => new([.. s.Handlers, onChanged]));
        return new Subscription(() => _subscribers.AddOrUpdate(programmaId, _ => new([]), (_, s) => new([.. s.Handlers.Where(h => h != onChanged)])));
    }

    public void Publish(long programmaId)
    {
        PublishHere(programmaId);
        if (db.IsPostgres) _ = NotifyOthersAsync(programmaId);
    }

    /// <summary>Tells the open pages of this instance only (a change another instance announced).</summary>
    public void PublishHere(long programmaId)
    {
        if (!_subscribers.TryGetValue(programmaId, out var s)) return;
        foreach (var handler in s.Handlers)
            _ = Task.Run(async () => // each page refreshes on its own; a slow page does not hold up the command
            {
                try { await handler(); }
                catch (Exception) { /* the page is gone; it unsubscribes when disposed */ }
            });
    }

    /// <summary>Every programma with an open page here: after the line to the database was down, they may have missed changes.</summary>
    public void PublishHereToAll()
    {
        foreach (var programmaId in _subscribers.Keys) PublishHere(programmaId);
    }

    private async Task NotifyOthersAsync(long programmaId)
    {
        try
        {
            await using var c = await db.OpenAsync();
            await c.ExecuteAsync("SELECT pg_notify(@Kanaal, @bericht)", new { Kanaal, bericht = $"{Instantie}:{programmaId}" });
        }
        catch (Exception) { /* the database is away: the other instances refresh all their pages when their listener is back */ }
    }

    private sealed record ImmutableSubscribers(Func<Task>[] Handlers);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;
        public void Dispose() { if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose(); }
    }
}

/// <summary>After every successful command of a programma, tells the open pages of that programma.</summary>
public sealed class ProgrammaChangesBehavior<TRequest, TResponse>(ProgrammaChanges changes) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is ICommand<TResponse> && ((request as IProgrammaScoped)?.ProgrammaId ?? (response as IProgrammaScoped)?.ProgrammaId) is { } id)
            changes.Publish(id);
        return response;
    }
}
