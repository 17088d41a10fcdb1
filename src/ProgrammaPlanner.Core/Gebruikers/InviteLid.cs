using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// A facilitator invites someone to the programma with a role. Someone who already has an account becomes a member
/// at once; anyone else gets a single-use link, valid for 7 days, that the facilitator passes on (no mail server).
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

    public sealed class Handler(Db db, UserManager<Gebruiker> users, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            var email = cmd.Email.Trim();
            var bestaand = await users.FindByEmailAsync(email);
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            if (cmd.PartnerId is { } partnerId &&
                await c.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM partner WHERE id = @partnerId AND programma_id = @ProgrammaId", new { partnerId, cmd.ProgrammaId }, tx) == 0)
                throw ValidationException.For(nameof(Command.PartnerId), "Deze partner hoort niet bij dit programma; kies een partner uit de lijst.");
            if (bestaand is not null)
            {
                var rol = await c.ExecuteScalarAsync<string?>("SELECT rol FROM lidmaatschap WHERE gebruiker_id = @Id AND programma_id = @ProgrammaId",
                    new { bestaand.Id, cmd.ProgrammaId }, tx);
                if (rol is not null)
                    throw ValidationException.For(nameof(Command.Email),
                        $"{bestaand.Naam} is al lid van dit programma als {rol}. Wijzig de rol in de lijst met leden.");
                await c.ExecuteAsync("INSERT INTO lidmaatschap (gebruiker_id, programma_id, rol) VALUES (@Id, @ProgrammaId, @Rol)",
                    new { bestaand.Id, cmd.ProgrammaId, cmd.Rol }, tx);
                if (cmd.PartnerId is not null)
                    await LinkPartnerAsync(c, tx, bestaand.Id, cmd.ProgrammaId, cmd.PartnerId.Value);
                await tx.CommitAsync(ct);
                return new Result(null, null);
            }

            var (token, verloopt) = await Links.MaakAsync(c, tx, Links.Uitnodiging, clock.GetUtcNow(), email: email,
                programmaId: cmd.ProgrammaId, rol: cmd.Rol, door: user.GebruikerId, partnerId: cmd.PartnerId);
            await tx.CommitAsync(ct);
            return new Result(token, verloopt);
        }
    }

    /// <summary>Links a member to the partner they approve for, inside the caller's transaction (replacing an earlier link).</summary>
    internal static async Task LinkPartnerAsync(SqliteConnection c, SqliteTransaction tx, long gebruikerId, long programmaId, long partnerId)
    {
        await c.ExecuteAsync("DELETE FROM partner_lid WHERE gebruiker_id = @gebruikerId AND programma_id = @programmaId", new { gebruikerId, programmaId }, tx);
        await c.ExecuteAsync("INSERT INTO partner_lid (gebruiker_id, programma_id, partner_id) VALUES (@gebruikerId, @programmaId, @partnerId)",
            new { gebruikerId, programmaId, partnerId }, tx);
    }
}
