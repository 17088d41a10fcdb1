using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// A beheerder invites someone to the installation without a programma, e.g. a colleague beheerder or a facilitator
/// who is given programmes later. Returns the single-use link's token (valid for 7 days).
/// </summary>
public static class InviteGebruiker
{
    [Vereist(Recht.Beheerder)]
    [Logboek("InviteGebruiker", "Gebruiker uitgenodigd")]
    public sealed record Command(string Email, bool IsBeheerder) : ICommand<Result>;

    public sealed record Result(string Token, DateTimeOffset VerlooptOp);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Email).GeldigEmail();
    }

    public sealed class Handler(Db db, UserManager<Gebruiker> users, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            var email = cmd.Email.Trim();
            if (await users.FindByEmailAsync(email) is { } bestaand)
                throw ValidationException.For(nameof(Command.Email), $"Er bestaat al een account voor {email} ({bestaand.Naam}).");
            await using var c = await db.OpenAsync(ct);
            var (token, verloopt) = await Links.MaakAsync(c, null, Links.Uitnodiging, clock.GetUtcNow(), email: email,
                isBeheerder: cmd.IsBeheerder, door: user.GebruikerId);
            return new Result(token, verloopt);
        }
    }
}
