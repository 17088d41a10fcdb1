using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// With a reset link made by a beheerder (<see cref="CreateHerstelLink"/>) the user sets a new password. Sign-in
/// delays for the account are lifted and every open session ends (a new security stamp), so whoever knew the old password is out.
/// </summary>
public static class ResetWachtwoord
{
    [Vereist(Recht.Iedereen)]
    [Logboek("ResetWachtwoord", "Wachtwoord hersteld")]
    public sealed record Command([property: JsonIgnore] string Token, [property: JsonIgnore, KeepAsTyped] string Wachtwoord,
        [property: JsonIgnore, KeepAsTyped] string Herhaling) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.NieuwWachtwoord(c => c.Wachtwoord, c => c.Herhaling);
        }
    }

    public sealed class Handler(Db db, UserManager<Gebruiker> users, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            var nu = Tijd.Stempel(clock.GetUtcNow());
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            var link = await Links.GebruikAsync(c, tx, cmd.Token, clock.GetUtcNow(), Links.Herstel);
            var hash = users.PasswordHasher.HashPassword(new Gebruiker(), cmd.Wachtwoord);
            await c.ExecuteAsync(
                """
                UPDATE gebruiker SET wachtwoord_hash = @hash, security_stamp = @stamp WHERE id = @GebruikerId;
                UPDATE sessie SET beeindigd_op = @nu WHERE gebruiker_id = @GebruikerId AND beeindigd_op IS NULL;
                """, new { hash, stamp = Guid.NewGuid().ToString("N"), link.GebruikerId, nu }, tx);
            var email = await c.ExecuteScalarAsync<string>("SELECT email_genormaliseerd FROM gebruiker WHERE id = @GebruikerId", link, tx);
            await Aanmeldpogingen.ClearAccountAsync(c, tx, email!);
            await tx.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
