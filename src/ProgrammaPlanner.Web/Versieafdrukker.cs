using System.Collections.Concurrent;
using System.Threading.Channels;
using MediatR;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Web.Aanmelding;
using Afdruk = ProgrammaPlanner.Core.Planversies.ListOngedrukteVersies.Afdruk;

namespace ProgrammaPlanner.Web;

/// <summary>
/// Prints and keeps the copies of frozen versions (plan and voortgangsrapportage) right after the freeze or the deciding approval commits,
/// and at start-up what is still missing (frozen while a print failed or the app stopped): so what a board received is printed with the
/// template of that moment, not when someone first opens the version. One print at a time; a version page that shows a copy being
/// printed waits for the same print (<see cref="BewaarAsync"/>). A failed print is tried again at the next start, or by the first download.
/// </summary>
public sealed class Versieafdrukker(IServiceScopeFactory scopes, ILogger<Versieafdrukker> log) : BackgroundService
{
    private readonly Channel<bool> _signaal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<string, Lazy<Task>> _bezig = new();
    private readonly ConcurrentDictionary<string, bool> _mislukt = new();
    private readonly SemaphoreSlim _een = new(1, 1);

    /// <summary>A command that may leave a version without its copies committed: look now.</summary>
    public void Meld() => _signaal.Writer.TryWrite(true);

    /// <summary>Prints and keeps both formats of one copy unless kept already; joins the print of that copy when one is under way.</summary>
    public Task BewaarAsync(Afdruk afdruk, CancellationToken ct = default)
    {
        var bezig = _bezig.GetOrAdd(afdruk.Sleutel, _ => new Lazy<Task>(() => Task.Run(() => DrukAsync(afdruk, ct), CancellationToken.None)));
        return bezig.Value.ContinueWith(t =>
        {
            _bezig.TryRemove(new(afdruk.Sleutel, bezig));
            return t;
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Meld(); // at start-up
        try
        {
            await foreach (var _ in _signaal.Reader.ReadAllAsync(stoppingToken))
                await DrukOntbrekendAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    private async Task DrukOntbrekendAsync(CancellationToken ct)
    {
        IReadOnlyList<Afdruk> open;
        try
        {
            using var scope = SysteemScope();
            open = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOngedrukteVersies.Query(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Zoeken naar nog niet afgedrukte versies mislukt");
            return;
        }
        foreach (var afdruk in open.Where(a => !_mislukt.ContainsKey(a.Sleutel)))
        {
            try { await BewaarAsync(afdruk, ct); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _mislukt[afdruk.Sleutel] = true;
                log.LogError(e, "Afdrukken en bewaren van {Afdruk} mislukt", afdruk);
            }
        }
    }

    private async Task DrukAsync(Afdruk afdruk, CancellationToken ct)
    {
        await _een.WaitAsync(ct); // one Chromium print at a time: never a burst at start-up
        try
        {
            using var scope = SysteemScope();
            var documenten = scope.ServiceProvider.GetRequiredService<Versiedocumenten>();
            if (afdruk.Jaar is { } jaar) await documenten.BewaarVoortgangAsync(afdruk.ProgrammaId, jaar, afdruk.Nummer, afdruk.Exemplaar, ct);
            else await documenten.BewaarAsync(afdruk.ProgrammaId, afdruk.Nummer, afdruk.Exemplaar, ct);
        }
        finally { _een.Release(); }
    }

    /// <summary>The installation itself prints: a version's copy does not depend on who froze it or who looks.</summary>
    private IServiceScope SysteemScope()
    {
        var scope = scopes.CreateScope();
        scope.ServiceProvider.GetService<WebGebruiker>()?.AlsSysteem();
        return scope;
    }

    public override void Dispose()
    {
        _een.Dispose();
        base.Dispose();
    }
}

/// <summary>After a command that may leave a version without its kept copies (<see cref="IVraagtExemplaar"/>) commits: print them now.</summary>
public sealed class VersieafdrukBehavior<TRequest, TResponse>(Versieafdrukker afdrukker) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is IVraagtExemplaar) afdrukker.Meld();
        return response;
    }
}

public static class VersieafdrukRegistration
{
    public static IServiceCollection AddVersieafdrukker(this IServiceCollection services)
    {
        services.AddSingleton<Versieafdrukker>();
        services.AddHostedService(sp => sp.GetRequiredService<Versieafdrukker>());
        // Registered after the core's behaviors: runs innermost, once the handler's transaction has committed.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(VersieafdrukBehavior<,>));
        return services;
    }
}
