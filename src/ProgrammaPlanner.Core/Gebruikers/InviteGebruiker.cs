using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// A beheerder invites someone to the installation without a programma, e.g. a colleague beheerder or a facilitator
/// who is given programmes later. Returns the single-use link's token (valid for 7 days); it is mailed too when mail is configured.
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

    public sealed class Handler(Db db, UserManager<Gebruiker> users, ICurrentUser user, TimeProvider clock, MailSettings mail)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            var email = cmd.Email.Trim();
            if (await users.FindByEmailAsync(email) is { } bestaand)
                throw ValidationException.For(nameof(Command.Email), $"Er bestaat al een account voor {email} ({bestaand.Naam}).");
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            var (token, verloopt) = await Links.MaakAsync(c, tx, Links.Uitnodiging, clock.GetUtcNow(), email: email,
                isBeheerder: cmd.IsBeheerder, door: user.GebruikerId);
            if (mail.IsIngesteld)
                await MailQueue.EnqueueAsync(c, tx, mail, clock.GetUtcNow(), email, "Uitnodiging voor ProgrammaPlanner",
                    $"Goedendag,\n\n{user.Naam} nodigt u uit voor ProgrammaPlanner{(cmd.IsBeheerder ? ", als beheerder" : "")}.\n" +
                    $"Maak uw account aan met deze link (hij werkt één keer en is geldig tot {Opmaak.Tijdstip(verloopt)}):\n\n" +
                    mail.Link($"uitnodiging?token={Uri.EscapeDataString(token)}"));
            await tx.CommitAsync(ct);
            return new Result(token, verloopt);
        }
    }
}
