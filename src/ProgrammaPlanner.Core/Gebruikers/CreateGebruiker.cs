using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// The installation itself makes an account with its memberships: the beheerder from configuration on first start,
/// or the demo accounts of the local sample setup. Never from a browser (people join through invitations).
/// </summary>
public static class CreateGebruiker
{
    [Vereist(Recht.Systeem)]
    [Logboek("CreateGebruiker", "Gebruiker aangemaakt")]
    public sealed record Command(string Email, string Naam, [property: JsonIgnore, KeepAsTyped] string Wachtwoord, bool IsBeheerder,
        IReadOnlyList<Lidmaatschap> Lidmaatschappen) : ICommand<long>;

    /// <summary>PartnerId: for a bestuurder, the partner they approve for.</summary>
    public sealed record Lidmaatschap(long ProgrammaId, string Rol, long? PartnerId = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).GeldigEmail();
            RuleFor(c => c.Naam).GeldigeNaam();
            RuleFor(c => c.Wachtwoord).GeldigWachtwoord();
            RuleForEach(c => c.Lidmaatschappen).Must(l => ProgrammaRol.Alle.Contains(l.Rol))
                .WithMessage($"Kies een rol: {string.Join(", ", ProgrammaRol.Alle)}.");
        }
    }

    public sealed class Handler(Db db, UserManager<Gebruiker> users, TimeProvider clock) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var g = await AcceptUitnodiging.NieuwAccountAsync(c, tx, users, cmd.Email, cmd.Naam, cmd.Wachtwoord, cmd.IsBeheerder, clock.GetUtcNow());
            foreach (var l in cmd.Lidmaatschappen)
            {
                await c.ExecuteAsync("INSERT INTO lidmaatschap (gebruiker_id, programma_id, rol) VALUES (@Id, @ProgrammaId, @Rol)",
                    new { g.Id, l.ProgrammaId, l.Rol }, tx);
                if (l.PartnerId is { } partnerId)
                    await c.ExecuteAsync("INSERT INTO partner_lid (gebruiker_id, programma_id, partner_id) VALUES (@Id, @ProgrammaId, @partnerId)",
                        new { g.Id, l.ProgrammaId, partnerId }, tx);
            }
            return g.Id;
        }, ct);
    }
}
