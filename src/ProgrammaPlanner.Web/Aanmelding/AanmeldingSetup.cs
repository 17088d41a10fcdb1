using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// Cookie sign-in over the core's sessions: the cookie names the session; a session that was ended (elsewhere, by a
/// password reset, by deleting the account) rejects the cookie at the next request. Also the login rate limit and
/// the limit on open circuits per user, and which proxies may name the client's address.
/// </summary>
public static class AanmeldingSetup
{
    public const string Schema = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string InloggenPolicy = "inloggen";

    public static IServiceCollection AddAanmelding(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        DataProtectionKeyStore.AddTo(services);
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

        var perMinuut = Math.Max(1, configuration.GetValue("Aanmelding:PogingenPerMinuut", 10));
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(InloggenPolicy, http =>
            // Only the posts count: looking at the form is free, trying passwords is not. A token bucket (one try back
            // every 60/perMinuut seconds) knows when the next try is allowed, so the 429 page can say the real wait.
            HttpMethods.IsPost(http.Request.Method)
                ? Verzoeklimiet.TokenBucket(http, "inloggen:" + Aanmeldpogingen.Sleutel(http.Connection.RemoteIpAddress),
                    () => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = perMinuut, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinuut, QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("inloggen:lezen")));

        var proxies = VertrouwdeProxies(configuration).ToList(); // a typing error stops the start, not the first request
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = null; // a chain of trusted proxies is followed back to the first address that is not one of them
            o.KnownProxies.Clear(); // the framework trusts loopback by default; here only what is configured
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                if (proxy.Contains('/')) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return services;
    }

    /// <summary>
    /// Behind a reverse proxy every request comes from the proxy: then the rate limits and sign-in delays would treat
    /// all users as one. X-Forwarded-For/-Proto are honoured only from the proxies in Proxy:Vertrouwd (addresses or
    /// networks, e.g. "10.0.0.5,10.1.0.0/16"); from anyone else they are ignored, since anyone can send them.
    /// </summary>
    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app)
    {
        // Not registered without a configured proxy: the framework's middleware with empty lists trusts every sender.
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count + options.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    private static IEnumerable<string> VertrouwdeProxies(IConfiguration configuration)
    {
        var sectie = configuration.GetSection("Proxy:Vertrouwd");
        var waarden = sectie.Value is { } lijst ? lijst.Split(',') : sectie.GetChildren().Select(c => c.Value ?? "");
        foreach (var waarde in waarden.Select(w => w.Trim()).Where(w => w.Length > 0))
        {
            if (waarde.Contains('/') ? !System.Net.IPNetwork.TryParse(waarde, out _) : !IPAddress.TryParse(waarde, out _))
                throw new InvalidOperationException(
                    $"Proxy:Vertrouwd: '{waarde}' is geen IP-adres of netwerk. Gebruik bijvoorbeeld 10.0.0.5 of 10.0.0.0/8, gescheiden door komma's.");
            yield return waarde;
        }
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
