using System.Security.Claims;
using System.Threading.RateLimiting;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.RateLimiting;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// Cookie sign-in over the core's sessions: the cookie names the session; a session that was ended (elsewhere, by a
/// password reset, by deleting the account) rejects the cookie at the next request. Also the login rate limit and
/// the limit on open circuits per user.
/// </summary>
public static class AanmeldingSetup
{
    public const string Schema = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string InloggenPolicy = "inloggen";

    public static IServiceCollection AddAanmelding(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<WebGebruiker>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<WebGebruiker>());

        services.AddAuthentication(Schema).AddCookie(Schema, o =>
        {
            o.Cookie.Name = "pp-sessie";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax; // Strict would drop the cookie when someone follows a link to the planner from their mail
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = Sessies.Geldigheid;
            o.SlidingExpiration = true;
            o.LoginPath = "/inloggen";
            o.LogoutPath = "/afmelden";
            o.AccessDeniedPath = "/geen-toegang";
            o.Events.OnValidatePrincipal = SessieNogOpenAsync;
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        services.AddSingleton<CircuitLimit>();
        services.AddScoped<CircuitLimit.Handler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitLimit.Handler>());

        var perMinuut = configuration.GetValue("Aanmelding:PogingenPerMinuut", 10);
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(InloggenPolicy, http =>
            // Only the posts count: looking at the form is free, trying passwords is not.
            HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("inloggen:" + (http.Connection.RemoteIpAddress?.ToString() ?? "onbekend"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("inloggen:lezen")));
        return services;
    }

    public static Task AanmeldenAsync(HttpContext http, SignIn.Result r) =>
        http.SignInAsync(Schema, WebGebruiker.Maak(r.GebruikerId, r.SessieId, r.Naam, r.IsBeheerder));

    /// <summary>Every request with a cookie: is its session still open? One indexed lookup.</summary>
    private static async Task SessieNogOpenAsync(CookieValidatePrincipalContext context)
    {
        var sessie = context.Principal?.FindFirstValue(WebGebruiker.SessieClaim);
        var db = context.HttpContext.RequestServices.GetRequiredService<Db>();
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        await using var c = await db.OpenAsync(context.HttpContext.RequestAborted);
        var open = sessie is not null && await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM sessie WHERE id = @sessie AND beeindigd_op IS NULL AND laatst_actief_op > @verlopen",
            new { sessie, verlopen = Tijd.Stempel(clock.GetUtcNow() - Sessies.Geldigheid) }) == 1;
        if (open) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(Schema);
    }
}
