using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// A facilitator invites someone to the programma with a role. Someone who already has an account becomes a member
/// at once; anyone else gets a single-use link, valid for 7 days, that the facilitator passes on, and that is mailed when a mail
/// server is configured.
/// A bestuurder can be invited for a partner: an existing account is linked to it at once, a new one when the link is accepted.
/// </summary>
public static class InviteLid
{
    [Vereist(Recht.Faciliteren, OokBeheerder = true)]
    [Logboek("InviteLid", "Lid uitgenodigd")]
    public sealed record Command(long ProgrammaId, string Email, string Rol, long? PartnerId = null) : ICommand<Result>, IProgrammaScoped;

    /// <summary>Token null: the account existed and is now a member.</summary>
    public sealed record Result(string? Token, DateTimeOffset? VerlooptOp);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).GeldigEmail();
            RuleFor(c => c.Rol).Must(r => ProgrammaRol.Alle.Contains(r)).WithMessage($"Kies een rol: {string.Join(", ", ProgrammaRol.Alle)}.");
            RuleFor(c => c.PartnerId).Null().When(c => c.Rol != ProgrammaRol.Bestuurder)
                .WithMessage("Alleen een bestuurder besluit namens een partner. Kies de rol bestuurder, of laat de partner leeg.");
        }
    }

    public sealed class Handler(Db db, UserManager<Gebruiker> users, ICurrentUser user, TimeProvider clock, MailSettings mail)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            var email = cmd.Email.Trim();
            var bestaand = await users.FindByEmailAsync(email);
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            if (cmd.PartnerId is { } partnerId && !await LinkPartnerLid.IsPartnerAsync(c, tx, cmd.ProgrammaId, partnerId))
                throw LinkPartnerLid.GeenPartner(nameof(Command.PartnerId));
            if (bestaand is not null)
            {
                var rol = await c.ExecuteScalarAsync<string?>("SELECT rol FROM lidmaatschap WHERE gebruiker_id = @Id AND programma_id = @ProgrammaId",
                    new { bestaand.Id, cmd.ProgrammaId }, tx);
                if (rol is not null)
                    throw ValidationException.For(nameof(Command.Email),
                        $"{bestaand.Naam} is al lid van dit programma als {rol}. Wijzig de rol in de lijst met leden.");
                await c.ExecuteAsync("INSERT INTO lidmaatschap (gebruiker_id, programma_id, rol) VALUES (@Id, @ProgrammaId, @Rol)",
                    new { bestaand.Id, cmd.ProgrammaId, cmd.Rol }, tx);
                if (cmd.PartnerId is not null) await LinkPartnerLid.LinkAsync(c, tx, bestaand.Id, cmd.ProgrammaId, cmd.PartnerId);
                if (mail.IsIngesteld)
                {
                    var naam = await MailQueue.ProgrammanaamAsync(c, tx, cmd.ProgrammaId);
                    await MailQueue.EnqueueAsync(c, tx, mail, clock.GetUtcNow(), bestaand.Email, $"U bent lid van {naam}",
                        $"Beste {bestaand.Naam},\n\n{user.Naam} heeft u toegevoegd aan het programma {naam}, als {cmd.Rol}.\n" +
                        $"U vindt het na het aanmelden in ProgrammaPlanner: {mail.Link($"programmas/{cmd.ProgrammaId}")}");
                }
                await tx.CommitAsync(ct);
                return new Result(null, null);
            }

            var (token, verloopt) = await Links.MaakAsync(c, tx, Links.Uitnodiging, clock.GetUtcNow(), email: email,
                programmaId: cmd.ProgrammaId, rol: cmd.Rol, door: user.GebruikerId, partnerId: cmd.PartnerId);
            if (mail.IsIngesteld)
            {
                var naam = await MailQueue.ProgrammanaamAsync(c, tx, cmd.ProgrammaId);
                await MailQueue.EnqueueAsync(c, tx, mail, clock.GetUtcNow(), email, $"Uitnodiging voor {naam}",
                    $"Goedendag,\n\n{user.Naam} nodigt u uit voor het programma {naam} in ProgrammaPlanner, als {cmd.Rol}.\n" +
                    $"Maak uw account aan met deze link (hij werkt één keer en is geldig tot {Opmaak.Tijdstip(verloopt)}):\n\n" +
                    mail.Link($"uitnodiging?token={Uri.EscapeDataString(token)}"));
            }
            await tx.CommitAsync(ct);
            return new Result(token, verloopt);
        }
    }
}
