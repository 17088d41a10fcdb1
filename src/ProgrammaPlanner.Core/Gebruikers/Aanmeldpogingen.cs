using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dapper;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// Slows password guessing down without letting anyone lock the real user out. Failures count per client address and
/// e-mail address: from the 5th on, that address waits 1, 2, 4, 8, then at most 15 minutes before it may try that
/// account again; a right password or a password reset clears the count. Other addresses are not affected, so the
/// owner signs in from their own network while someone else guesses. A ceiling per client address over all accounts
/// (from the 20th failure, the same delays) stops one address from trying a few passwords on every account. Unknown
/// e-mail addresses count exactly like known ones, so no answer reveals which accounts exist. A row (an IP address
/// with an e-mail address) is forgotten a day after its last failure.
/// </summary>
public static class Aanmeldpogingen
{
    public const int VrijPerAccount = 5;
    public const int VrijPerAdres = 20;
    public static readonly TimeSpan MaximaleWacht = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Vergeten = TimeSpan.FromDays(1);
    private const string AlleAccounts = "*";

    /// <summary>
    /// The key of a client address: IPv4 as is, IPv6 by its /64 network (one connection gets a whole /64, so single
    /// IPv6 addresses would give a guesser endless fresh starts).
    /// </summary>
    public static string Sleutel(IPAddress? adres)
    {
        if (adres is null) return "onbekend";
        if (adres.IsIPv4MappedToIPv6) adres = adres.MapToIPv4();
        if (adres.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(adres)) return adres.ToString();
        var bytes = adres.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>How long this address still waits before it may try this account, or null.</summary>
    public static async Task<TimeSpan?> WachtAsync(DbConnection c, string adres, string email, DateTimeOffset nu)
    {
        var tot = await c.ExecuteScalarAsync<string?>(
            "SELECT MAX(wacht_tot) FROM aanmeldpoging WHERE adres = @adres AND email IN (@email, @alle) AND wacht_tot > @nu",
            new { adres, email, alle = AlleAccounts, nu = Tijd.Stempel(nu) });
        return tot is null ? null : DateTimeOffset.Parse(tot, CultureInfo.InvariantCulture) - nu;
    }

    /// <summary>Counts a failure; returns the wait it starts, or null while tries are still free.</summary>
    public static async Task<TimeSpan?> RecordFailureAsync(DbConnection c, DbTransaction tx, string adres, string email, DateTimeOffset nu)
    {
        await c.ExecuteAsync("DELETE FROM aanmeldpoging WHERE laatste_op < @vergeten", new { vergeten = Tijd.Stempel(nu - Vergeten) }, tx);
        var perAccount = await CountAsync(c, tx, adres, email, VrijPerAccount, nu);
        var perAdres = await CountAsync(c, tx, adres, AlleAccounts, VrijPerAdres, nu);
        return new[] { perAccount, perAdres }.Max();
    }

    /// <summary>A right password: this address may try this account freely again (its ceiling over all accounts stays).</summary>
    public static Task ClearAsync(DbConnection c, DbTransaction tx, string adres, string email) =>
        c.ExecuteAsync("DELETE FROM aanmeldpoging WHERE adres = @adres AND email = @email", new { adres, email }, tx);

    /// <summary>A password reset or the installation's unlock: no address waits for this account any more, nor for its ceiling.</summary>
    public static Task ClearAccountAsync(DbConnection c, DbTransaction tx, string email) =>
        c.ExecuteAsync(
            """
            DELETE FROM aanmeldpoging WHERE email = @alle AND adres IN (SELECT adres FROM aanmeldpoging WHERE email = @email);
            DELETE FROM aanmeldpoging WHERE email = @email;
            """, new { email, alle = AlleAccounts }, tx);

    /// <summary>A wait as users read it: "30 seconden", "1 minuut", "15 minuten" (rounded up, never shorter than the real wait).</summary>
    public static string Duur(TimeSpan wacht)
    {
        var seconden = Math.Max(1, (int)Math.Ceiling(wacht.TotalSeconds));
        if (seconden < 60) return seconden == 1 ? "1 seconde" : $"{seconden} seconden";
        var minuten = (int)Math.Ceiling(seconden / 60.0);
        return minuten == 1 ? "1 minuut" : $"{minuten} minuten";
    }

    private static async Task<TimeSpan?> CountAsync(DbConnection c, DbTransaction tx, string adres, string email, int vrij, DateTimeOffset nu)
    {
        var mislukt = await c.ExecuteScalarAsync<int>(
            """
            INSERT INTO aanmeldpoging (adres, email, mislukt, laatste_op) VALUES (@adres, @email, 1, @nu)
            ON CONFLICT (adres, email) DO UPDATE SET mislukt = aanmeldpoging.mislukt + 1, laatste_op = excluded.laatste_op
            RETURNING mislukt
            """, new { adres, email, nu = Tijd.Stempel(nu) }, tx);
        if (mislukt < vrij) return null;
        var wacht = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Min(mislukt - vrij, 10)), MaximaleWacht.TotalMinutes));
        await c.ExecuteAsync("UPDATE aanmeldpoging SET wacht_tot = @tot WHERE adres = @adres AND email = @email",
            new { adres, email, tot = Tijd.Stempel(nu + wacht) }, tx);
        return wacht;
    }
}

/// <summary>Too many failed sign-ins from this address: try again after <see cref="Wacht"/>. Nothing was checked.</summary>
public sealed class TeVeelPogingenException(TimeSpan wacht)
    : Exception($"Te veel mislukte pogingen. Probeer het over {Aanmeldpogingen.Duur(wacht)} opnieuw.")
{
    public TimeSpan Wacht { get; } = wacht;
}
