using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// The core's <see cref="ICurrentUser"/> in the web host: the user of the sign-in cookie. In an interactive page
/// that is the circuit's authentication state; in a plain request (downloads, forms that post) the request's user.
/// Start-up work (samples, demo accounts) calls <see cref="AlsSysteem"/> on its own scope.
/// </summary>
public sealed class WebGebruiker(IServiceProvider services, IHttpContextAccessor http) : ICurrentUser
{
    public const string SessieClaim = "pp:sessie";

    private ClaimsPrincipal? _principal;
    private bool _systeem;

    public void AlsSysteem() => _systeem = true;

    public bool IsSysteem => _systeem;
    public long? GebruikerId => long.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        ? id : null;
    public string? SessieId => Principal.FindFirstValue(SessieClaim);
    public string Naam => _systeem ? Systeem.Gebruiker.Naam : Principal.FindFirstValue(ClaimTypes.Name) ?? "anoniem";

    private ClaimsPrincipal Principal => _principal ??= Lees();

    private ClaimsPrincipal Lees()
    {
        if (_systeem) return new ClaimsPrincipal();
        if (http.HttpContext is { } context) return context.User;
        // In a circuit there is no request: the authentication state the circuit started with (already completed).
        var state = services.GetService<AuthenticationStateProvider>()?.GetAuthenticationStateAsync();
        return state is { IsCompletedSuccessfully: true } ? state.Result.User : new ClaimsPrincipal();
    }

    public static ClaimsPrincipal Maak(long gebruikerId, string sessieId, string naam, bool isBeheerder) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, gebruikerId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, naam),
            new Claim(SessieClaim, sessieId),
            .. isBeheerder ? [new Claim(ClaimTypes.Role, "beheerder")] : Array.Empty<Claim>(),
        ], AanmeldingSetup.Schema));
}
