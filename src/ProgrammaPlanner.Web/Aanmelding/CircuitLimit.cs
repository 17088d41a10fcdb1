using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// A limit on open interactive pages (circuits) per user, so one account cannot tie up the server's memory. The page
/// that goes over it shows a Dutch message instead of its content (see MainLayout) and its circuit holds no data.
/// </summary>
public sealed class CircuitLimit(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, int> _open = new();

    public int Maximum { get; } = configuration.GetValue("Aanmelding:MaximaalOpenVensters", 20);

    /// <summary>
    /// Per circuit: whether this page went over the limit. Counted while connected: a page that was closed or reloaded
    /// stops counting at once, though the server keeps its circuit a few minutes in case the connection comes back.
    /// </summary>
    public sealed class Handler(CircuitLimit limiet, AuthenticationStateProvider auth) : CircuitHandler
    {
        private string? _gebruiker;
        private bool _beoordeeld;

        public bool TeVeel { get; private set; }

        public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken ct)
        {
            _gebruiker ??= (await auth.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (_gebruiker is null) return;
            var open = limiet._open.AddOrUpdate(_gebruiker, 1, (_, n) => n + 1);
            if (!_beoordeeld) (TeVeel, _beoordeeld) = (open > limiet.Maximum, true); // decided once, before the page first renders
        }

        public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken ct)
        {
            if (_gebruiker is not null) limiet._open.AddOrUpdate(_gebruiker, 0, (_, n) => Math.Max(0, n - 1));
            return Task.CompletedTask;
        }
    }
}
