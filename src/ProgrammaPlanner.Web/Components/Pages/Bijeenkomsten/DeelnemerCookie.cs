using System.Security.Cryptography;

namespace ProgrammaPlanner.Web.Components.Pages.Bijeenkomsten;

/// <summary>
/// A participant is a random key in a cookie: no account, nothing personal. The same phone keeps its key for the
/// session, so its bijdragen, partner and votes stay its own.
/// </summary>
public static class DeelnemerCookie
{
    public const string Naam = "pp-deelnemer";

    public static string? Lees(HttpContext http) => http.Request.Cookies[Naam] is { Length: >= 16 and <= 100 } s ? s : null;

    /// <summary>The phone's key; a new one (set as cookie on this response) when it has none yet.</summary>
    public static string Zorg(HttpContext http)
    {
        if (Lees(http) is { } bestaand) return bestaand;
        var sleutel = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        http.Response.Cookies.Append(Naam, sleutel, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(2),
        });
        return sleutel;
    }
}
