using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ProgrammaPlanner.Core.Gebruikers;

namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// The answer when a rate limit refuses a request (HTTP 429): a Dutch page that says how long to wait, taken from the
/// limiter itself, and the same number of seconds in Retry-After.
/// </summary>
public static class RateLimitPage
{
    public static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        // Every limiter here (token buckets) states its wait; the fallback only guards a limiter that would not.
        var wacht = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
        SetRetryAfter(context.HttpContext.Response, wacht);
        context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
        await context.HttpContext.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            "<title>Even wachten – ProgrammaPlanner</title></head><body><main><h1>Even wachten</h1>" +
            $"<p>Er komen te veel verzoeken van dit adres tegelijk. Probeer het over {WebUtility.HtmlEncode(Aanmeldpogingen.Duur(wacht))} opnieuw; " +
            "er is niets verloren gegaan.</p></main></body></html>", ct);
    }

    /// <summary>Whole seconds, rounded up: a client that waits this long is not refused for the same reason again.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan wacht) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wacht.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
