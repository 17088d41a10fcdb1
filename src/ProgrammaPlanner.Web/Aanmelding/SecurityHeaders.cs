namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// Security headers on every response. The Content-Security-Policy is as strict as the components allow: scripts,
/// fonts, styles and connections only from the app itself; inline styles are needed by MudBlazor's components
/// (style attributes), inline scripts by nothing. No page may be framed, except the document previews (plan.html,
/// verslag.html), which the app's own preview page frames.
/// </summary>
public static class SecurityHeaders
{
    private const string Basis =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; ";

    public const string Csp = Basis + "frame-ancestors 'none'";
    public const string CspVoorbeeld = Basis + "frame-ancestors 'self'";

    public static IApplicationBuilder UseBeveiligingsheaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        var voorbeeld = context.Request.Path.Value?.EndsWith(".html", StringComparison.Ordinal) == true;
        headers.ContentSecurityPolicy = voorbeeld ? CspVoorbeeld : Csp;
        headers.XFrameOptions = voorbeeld ? "SAMEORIGIN" : "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        await next();
    });
}
