using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>The signed-in user changes their password (knowing the current one); their other sessions end.</summary>
public static class ChangeWachtwoord
{
    [Vereist(Recht.Aangemeld)]
    [Logboek("ChangeWachtwoord", "Wachtwoord gewijzigd")]
    public sealed record Command(
        [property: JsonIgnore, KeepAsTyped] string Huidig,
        [property: JsonIgnore, KeepAsTyped] string Nieuw,
        [property: JsonIgnore, KeepAsTyped] string Herhaling) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Huidig).NotEmpty().WithMessage("Vul uw huidige wachtwoord in.");
            this.NieuwWachtwoord(c => c.Nieuw, c => c.Herhaling);
        }
    }

    public sealed class Handler(Db db, UserManager<Gebruiker> users, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            var g = await users.FindByIdAsync(user.GebruikerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
                ?? throw new NietAangemeldException();
            if (!await users.CheckPasswordAsync(g, cmd.Huidig))
                throw ValidationException.For(nameof(Command.Huidig), "Het huidige wachtwoord klopt niet.");
            var result = await users.ChangePasswordAsync(g, cmd.Huidig, cmd.Nieuw);
            if (!result.Succeeded) throw ValidationException.For(nameof(Command.Nieuw), string.Join(" ", result.Errors.Select(e => e.Description)));

            await using var c = await db.OpenAsync(ct);
            await c.ExecuteAsync("UPDATE sessie SET beeindigd_op = @nu WHERE gebruiker_id = @GebruikerId AND id <> @SessieId AND beeindigd_op IS NULL",
                new { user.GebruikerId, user.SessieId, nu = Tijd.Stempel(clock.GetUtcNow()) });
            return Unit.Value;
        }
    }
}
