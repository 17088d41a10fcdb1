using System.Data.Common;
using System.Security.Cryptography;
using Dapper;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// Sign-in sessions: one row per browser that signed in. The cookie carries the id; the authorization behavior
/// refuses a session that was ended or has not been used for <see cref="Geldigheid"/>.
/// </summary>
public static class Sessies
{
    public static readonly TimeSpan Geldigheid = TimeSpan.FromHours(12);

    /// <summary>A random, unguessable token (sessions and single-use links).</summary>
    public static string NieuwToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static async Task<string> StartAsync(DbConnection c, DbTransaction? tx, long gebruikerId, string apparaat, DateTimeOffset nu)
    {
        var id = NieuwToken();
        await c.ExecuteAsync(
            "INSERT INTO sessie (id, gebruiker_id, apparaat, aangemaakt_op, laatst_actief_op) VALUES (@id, @gebruikerId, @apparaat, @nu, @nu)",
            new { id, gebruikerId, apparaat = Apparaat(apparaat), nu = Tijd.Stempel(nu) }, tx);
        return id;
    }

    /// <summary>A short, readable description of the browser (from its User-Agent) for the list of sessions.</summary>
    public static string Apparaat(string userAgent)
    {
        string[] browsers = ["Edg", "Firefox", "Chrome", "Safari"];
        string[] systemen = ["Android", "iPhone", "iPad", "Windows", "Mac OS", "Linux"];
        var browser = browsers.FirstOrDefault(b => userAgent.Contains(b, StringComparison.Ordinal)) switch { "Edg" => "Edge", { } b => b, null => "" };
        var systeem = systemen.FirstOrDefault(s => userAgent.Contains(s, StringComparison.Ordinal)) switch { "Mac OS" => "macOS", { } s => s, null => "" };
        var tekst = string.Join(" op ", new[] { browser, systeem }.Where(t => t != ""));
        return tekst == "" ? "onbekende browser" : tekst;
    }
}
