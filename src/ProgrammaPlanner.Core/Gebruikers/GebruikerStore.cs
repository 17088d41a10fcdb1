using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>An account as ASP.NET Core Identity's UserManager sees it. The user name is the e-mail address.</summary>
public sealed class Gebruiker
{
    public long Id { get; set; }
    public string Email { get; set; } = "";
    public string EmailGenormaliseerd { get; set; } = "";
    public string Naam { get; set; } = "";
    public string? WachtwoordHash { get; set; }
    public string SecurityStamp { get; set; } = "";
    public bool IsBeheerder { get; set; }
    public string AangemaaktOp { get; set; } = "";
}

/// <summary>
/// The Dapper user store under Identity's UserManager, which brings the password hashing and the security stamp. No
/// lockout store: failed sign-ins slow the guessing address down instead (<see cref="Aanmeldpogingen"/>). UserManager
/// changes the object through these setters and then calls UpdateAsync.
/// </summary>
public sealed class GebruikerStore(Db db) :
    IUserPasswordStore<Gebruiker>, IUserEmailStore<Gebruiker>, IUserSecurityStampStore<Gebruiker>
{
    private const string Kolommen =
        "id, email, email_genormaliseerd, naam, wachtwoord_hash, security_stamp, is_beheerder, aangemaakt_op";

    public async Task<IdentityResult> CreateAsync(Gebruiker user, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        user.Id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO gebruiker (email, email_genormaliseerd, naam, wachtwoord_hash, security_stamp, is_beheerder, aangemaakt_op)
            VALUES (@Email, @EmailGenormaliseerd, @Naam, @WachtwoordHash, @SecurityStamp, @IsBeheerder, @AangemaaktOp)
            RETURNING id
            """, user);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(Gebruiker user, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(
            """
            UPDATE gebruiker SET email = @Email, email_genormaliseerd = @EmailGenormaliseerd, naam = @Naam, wachtwoord_hash = @WachtwoordHash,
                   security_stamp = @SecurityStamp
            WHERE id = @Id
            """, user);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(Gebruiker user, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync("DELETE FROM gebruiker WHERE id = @Id", user);
        return IdentityResult.Success;
    }

    public async Task<Gebruiker?> FindByIdAsync(string userId, CancellationToken ct)
    {
        if (!long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Gebruiker>($"SELECT {Kolommen} FROM gebruiker WHERE id = @id", new { id });
    }

    public Task<Gebruiker?> FindByNameAsync(string normalizedUserName, CancellationToken ct) => FindByEmailAsync(normalizedUserName, ct);

    public async Task<Gebruiker?> FindByEmailAsync(string normalizedEmail, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Gebruiker>($"SELECT {Kolommen} FROM gebruiker WHERE email_genormaliseerd = @normalizedEmail",
            new { normalizedEmail });
    }

    public Task<string> GetUserIdAsync(Gebruiker user, CancellationToken ct) => Task.FromResult(user.Id.ToString(CultureInfo.InvariantCulture));
    public Task<string?> GetUserNameAsync(Gebruiker user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    public Task SetUserNameAsync(Gebruiker user, string? userName, CancellationToken ct)
    {
        user.Email = userName ?? "";
        return Task.CompletedTask;
    }
    public Task<string?> GetNormalizedUserNameAsync(Gebruiker user, CancellationToken ct) => Task.FromResult<string?>(user.EmailGenormaliseerd);
    public Task SetNormalizedUserNameAsync(Gebruiker user, string? normalizedName, CancellationToken ct)
    {
        user.EmailGenormaliseerd = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(Gebruiker user, string? passwordHash, CancellationToken ct)
    {
        user.WachtwoordHash = passwordHash;
        return Task.CompletedTask;
    }
    public Task<string?> GetPasswordHashAsync(Gebruiker user, CancellationToken ct) => Task.FromResult(user.WachtwoordHash);
    public Task<bool> HasPasswordAsync(Gebruiker user, CancellationToken ct) => Task.FromResult(user.WachtwoordHash is not null);

    public Task SetEmailAsync(Gebruiker user, string? email, CancellationToken ct)
    {
        user.Email = email ?? "";
        return Task.CompletedTask;
    }
    public Task<string?> GetEmailAsync(Gebruiker user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    // No mail server is assumed: an address counts as confirmed once its owner used the link that was passed on to them.
    public Task<bool> GetEmailConfirmedAsync(Gebruiker user, CancellationToken ct) => Task.FromResult(true);
    public Task SetEmailConfirmedAsync(Gebruiker user, bool confirmed, CancellationToken ct) => Task.CompletedTask;
    public Task<string?> GetNormalizedEmailAsync(Gebruiker user, CancellationToken ct) => Task.FromResult<string?>(user.EmailGenormaliseerd);
    public Task SetNormalizedEmailAsync(Gebruiker user, string? normalizedEmail, CancellationToken ct)
    {
        user.EmailGenormaliseerd = normalizedEmail ?? "";
        return Task.CompletedTask;
    }

    public Task SetSecurityStampAsync(Gebruiker user, string stamp, CancellationToken ct) { user.SecurityStamp = stamp; return Task.CompletedTask; }
    public Task<string?> GetSecurityStampAsync(Gebruiker user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);

    public void Dispose() { }
}
