using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// First start without accounts: <see cref="CreateInrichtingslink"/> prints a one-time link on the server's console;
/// whoever opens it creates the first beheerder account. Refused once any account exists.
/// </summary>
public static class SetUpInstallatie
{
    [Vereist(Recht.Iedereen)]
    [Logboek("SetUpInstallatie", "Installatie ingericht")]
    public sealed record Command([property: JsonIgnore] string Token, string Email, string Naam, [property: JsonIgnore, KeepAsTyped] string Wachtwoord,
        [property: JsonIgnore, KeepAsTyped] string Herhaling, string Apparaat) : ICommand<SignIn.Result>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).GeldigEmail();
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
            await Links.GebruikAsync(c, tx, cmd.Token, nu, Links.Inrichting);
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM gebruiker", transaction: tx) > 0)
                throw new RefusedException("Deze installatie is al ingericht. Meld u aan met uw account.");
            var g = await AcceptUitnodiging.NieuwAccountAsync(c, tx, users, cmd.Email, cmd.Naam, cmd.Wachtwoord, isBeheerder: true, nu);
            var sessie = await Sessies.StartAsync(c, tx, g.Id, cmd.Apparaat, nu);
            await tx.CommitAsync(ct);
            return new SignIn.Result(g.Id, sessie, g.Naam, g.IsBeheerder);
        }
    }
}
