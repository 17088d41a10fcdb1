using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// The participants' side: a per-address rate limit on the /deelnemen pages and where the QR code points.
/// Configuration "Deelnemen": VerzoekenPerMinuut (per client address; a room behind one wifi router shares one
/// address, so the default allows a full room), BasisUrl (the address phones use, when it differs from the facilitator's).
/// </summary>
public static class DeelnemenSetup
{
    public const string Policy = "deelnemen";

    public static IServiceCollection AddDeelnemen(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ProgrammaPlanner.Documents.Verslag.VerslagExport>(); // the session report (uses the plan's PdfPrinter)
        var perMinuut = configuration.GetValue("Deelnemen:VerzoekenPerMinuut", 1200);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, http => RateLimitPartition.GetTokenBucketLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, perMinuut / 6), // a burst of ten seconds' worth
                    TokensPerPeriod = Math.Max(1, perMinuut / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                context.HttpContext.Response.Headers.RetryAfter = "10";
                await context.HttpContext.Response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
                    "<title>Even wachten – ProgrammaPlanner</title></head><body><main><h1>Even wachten</h1>" +
                    "<p>Er komen te veel verzoeken van dit adres tegelijk. Wacht tien seconden en probeer het opnieuw; " +
                    "er is niets verloren gegaan.</p></main></body></html>", ct);
            };
        });
        return services;
    }

    /// <summary>The address a phone opens for a join code: configured, or the one the facilitator's browser uses.</summary>
    public static string DeelnameUrl(IConfiguration configuration, string baseUri, string code)
    {
        var basis = configuration["Deelnemen:BasisUrl"] is { Length: > 0 } b ? b : baseUri;
        return $"{basis.TrimEnd('/')}/deelnemen?code={Uri.EscapeDataString(code)}";
    }
}
