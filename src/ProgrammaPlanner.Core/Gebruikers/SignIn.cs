using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// Signs in with e-mail address and password and opens a session. Five wrong passwords in a row lock the account
/// for 15 minutes (Identity's lockout). Not a command: a sign-in is recorded in the sessions, not the audit log.
/// </summary>
public static class SignIn
{
    [Vereist(Recht.Iedereen)]
    public sealed record Query(string Email, [property: JsonIgnore] string Wachtwoord, string Apparaat) : IRequest<Result>;

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
            var g = await users.FindByEmailAsync(q.Email.Trim());
            if (g?.WachtwoordHash is null)
            {
                // Hash anyway, so the answer takes as long as for an existing account and does not reveal which exist.
                users.PasswordHasher.HashPassword(new Gebruiker(), q.Wachtwoord);
                throw ValidationException.For("", Onjuist);
            }
            if (await users.IsLockedOutAsync(g)) throw Geblokkeerd(g);
            if (!await users.CheckPasswordAsync(g, q.Wachtwoord))
            {
                await users.AccessFailedAsync(g);
                if (await users.IsLockedOutAsync(g)) throw Geblokkeerd(g);
                throw ValidationException.For("", Onjuist);
            }
            await users.ResetAccessFailedCountAsync(g);

            await using var c = await db.OpenAsync(ct);
            var sessie = await Sessies.StartAsync(c, null, g.Id, q.Apparaat, clock.GetUtcNow());
            return new Result(g.Id, sessie, g.Naam, g.IsBeheerder);
        }

        private static RefusedException Geblokkeerd(Gebruiker g)
        {
            var tot = Tijd.NaarLokaal(DateTimeOffset.Parse(g.GeblokkeerdTot!, System.Globalization.CultureInfo.InvariantCulture));
            return new RefusedException($"Na 5 mislukte pogingen is dit account 15 minuten geblokkeerd, tot {tot:HH:mm} uur. " +
                "Probeer het daarna opnieuw, of vraag een beheerder om een link om uw wachtwoord opnieuw in te stellen.");
        }
    }
}
