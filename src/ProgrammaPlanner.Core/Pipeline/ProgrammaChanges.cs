using System.Collections.Concurrent;
using MediatR;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>
/// In-process notification "programma X changed", so other open pages of that programma refresh at once
/// (no polling). A failing subscriber (e.g. a page whose circuit just closed) does not affect others.
/// </summary>
public sealed class ProgrammaChanges
{
    private readonly ConcurrentDictionary<long, ImmutableSubscribers> _subscribers = new();

    public IDisposable Subscribe(long programmaId, Func<Task> onChanged)
    {
        _subscribers.AddOrUpdate(programmaId, _ => new([onChanged]), (_, s) => new([.. s.Handlers, onChanged]));
        return new Subscription(() => _subscribers.AddOrUpdate(programmaId, _ => new([]), (_, s) => new([.. s.Handlers.Where(h => h != onChanged)])));
    }

    public void Publish(long programmaId)
    {
        if (!_subscribers.TryGetValue(programmaId, out var s)) return;
        foreach (var handler in s.Handlers)
            _ = Task.Run(async () => // each page refreshes on its own; a slow page does not hold up the command
            {
                try { await handler(); }
                catch (Exception) { /* the page is gone; it unsubscribes when disposed */ }
            });
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
