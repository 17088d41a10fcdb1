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
            o.AddPolicy(Policy, http => Aanmelding.Verzoeklimiet.TokenBucket(http,
                "deelnemen:" + (http.Connection.RemoteIpAddress?.ToString() ?? "onbekend"),
                () => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, perMinuut / 6), // a burst of ten seconds' worth
                    TokensPerPeriod = Math.Max(1, perMinuut / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = Aanmelding.RateLimitPage.OnRejectedAsync; // says the limiter's real wait
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
