using System.Data.Common;
using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// The invitee chooses a name and password: the account is made,
/// the membership of the invitation given (linked to the invitation's partner, if any), the link used up and a session opened, all in one transaction.
/// </summary>
public static class AcceptUitnodiging
{
    [Vereist(Recht.Iedereen)]
    [Logboek("AcceptUitnodiging", "Uitnodiging aangenomen")]
    public sealed record Command([property: JsonIgnore] string Token, string Naam, [property: JsonIgnore, KeepAsTyped] string Wachtwoord,
        [property: JsonIgnore, KeepAsTyped] string Herhaling, string Apparaat) : ICommand<SignIn.Result>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Naam).GeldigeNaam();
            this.NieuwWachtwoord(c => c.Wachtwoord, c => c.Herhaling);
        }
    }

    public sealed class Handler(Db db, UserManager<Gebruiker> users, TimeProvider clock) : IRequestHandler<Command, SignIn.Result>
    {
        public async Task<SignIn.Result> Handle(Command cmd, CancellationToken ct)
        {
            var nu = clock.GetUtcNow();
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            var link = await Links.GebruikAsync(c, tx, cmd.Token, nu, Links.Uitnodiging);
            var g = await NieuwAccountAsync(c, tx, users, link.Email, cmd.Naam, cmd.Wachtwoord, link.IsBeheerder, nu);
            if (link is { ProgrammaId: { } programmaId, Rol: { } rol })
                await c.ExecuteAsync("INSERT INTO lidmaatschap (gebruiker_id, programma_id, rol) VALUES (@Id, @programmaId, @rol)",
                    new { g.Id, programmaId, rol }, tx);
            // Invited as bestuurder for a partner: linked at once, unless the partner has been deleted meanwhile (then unlinked).
            if (link is { ProgrammaId: { } pid, Rol: ProgrammaRol.Bestuurder, PartnerId: { } partnerId } &&
                await LinkPartnerLid.IsPartnerAsync(c, tx, pid, partnerId))
                await LinkPartnerLid.LinkAsync(c, tx, g.Id, pid, partnerId);
            var sessie = await Sessies.StartAsync(c, tx, g.Id, cmd.Apparaat, nu);
            await tx.CommitAsync(ct);
            return new SignIn.Result(g.Id, sessie, g.Naam, g.IsBeheerder);
        }
    }

    /// <summary>Inserts the account inside the caller's transaction, the password hashed by Identity's PasswordHasher.</summary>
    internal static async Task<Gebruiker> NieuwAccountAsync(DbConnection c, DbTransaction tx, UserManager<Gebruiker> users,
        string email, string naam, string wachtwoord, bool isBeheerder, DateTimeOffset nu)
    {
        var g = new Gebruiker
        {
            Email = email.Trim(), EmailGenormaliseerd = users.NormalizeEmail(email.Trim()) ?? "", Naam = naam.Trim(),
            SecurityStamp = Guid.NewGuid().ToString("N"), IsBeheerder = isBeheerder, AangemaaktOp = Tijd.Stempel(nu),
        };
        g.WachtwoordHash = users.PasswordHasher.HashPassword(g, wachtwoord);
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM gebruiker WHERE email_genormaliseerd = @EmailGenormaliseerd", g, tx) > 0)
            throw new RefusedException($"Er bestaat al een account voor {g.Email}. Meld u aan met dat account.");
        g.Id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO gebruiker (email, email_genormaliseerd, naam, wachtwoord_hash, security_stamp, is_beheerder, aangemaakt_op)
            VALUES (@Email, @EmailGenormaliseerd, @Naam, @WachtwoordHash, @SecurityStamp, @IsBeheerder, @AangemaaktOp) RETURNING id
            """, g, tx);
        return g;
    }
}
