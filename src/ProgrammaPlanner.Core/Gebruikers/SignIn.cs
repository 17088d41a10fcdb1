using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// Signs in with e-mail address and password and opens a session. Wrong passwords slow down the client address that
/// sends them, for that account (<see cref="Aanmeldpogingen"/>); no account is ever locked. Known and unknown e-mail
/// addresses get the same answers. Not a command: a sign-in is recorded in the sessions, not the audit log.
/// </summary>
public static class SignIn
{
    /// <param name="IpAdres">The client's address as <see cref="Aanmeldpogingen.Sleutel"/> writes it.</param>
    [Vereist(Recht.Iedereen)]
    public sealed record Query(string Email, [property: JsonIgnore] string Wachtwoord, string Apparaat, string IpAdres = "") : IRequest<Result>;

    public sealed record Result(long GebruikerId, string SessieId, string Naam, bool IsBeheerder);

    public const string Onjuist = "Het e-mailadres of het wachtwoord klopt niet.";

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Email).NotEmpty().WithMessage("Vul uw e-mailadres in.");
            RuleFor(q => q.Wachtwoord).NotEmpty().WithMessage("Vul uw wachtwoord in.");
        }
    }

    public sealed class Handler(Db db, UserManager<Gebruiker> users, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var email = users.NormalizeEmail(q.Email.Trim()) ?? "";
            var nu = clock.GetUtcNow();
            await using (var c = await db.OpenAsync(ct))
                // Before the password is looked at: while waiting, not even the right password is tried.
                if (await Aanmeldpogingen.WachtAsync(c, q.IpAdres, email, nu) is { } wacht) throw new TeVeelPogingenException(wacht);

            var g = await users.FindByEmailAsync(q.Email.Trim());
            if (g?.WachtwoordHash is null)
                // Hash anyway, so the answer takes as long as for an existing account and does not reveal which exist.
                users.PasswordHasher.HashPassword(new Gebruiker(), q.Wachtwoord);
            if (g?.WachtwoordHash is null || !await users.CheckPasswordAsync(g, q.Wachtwoord))
            {
                var wacht = await db.InTransactionAsync((c, tx) => Aanmeldpogingen.RecordFailureAsync(c, tx, q.IpAdres, email, nu), ct);
                throw wacht is { } w ? new TeVeelPogingenException(w) : ValidationException.For("", Onjuist);
            }

            var sessie = await db.InTransactionAsync(async (c, tx) =>
            {
                await Aanmeldpogingen.ClearAsync(c, tx, q.IpAdres, email);
                return await Sessies.StartAsync(c, tx, g.Id, q.Apparaat, nu);
            }, ct);
            return new Result(g.Id, sessie, g.Naam, g.IsBeheerder);
        }
    }
}
