using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// The installation itself (command line) lifts every sign-in delay for an account, from any address, e.g. when the
/// only beheerder can no longer get in. Names the account, so the caller can go on with a reset link or beheerderschap.
/// </summary>
public static class UnlockGebruiker
{
    [Vereist(Recht.Systeem)]
    [Logboek("UnlockGebruiker", "Aanmelden vrijgegeven")]
    public sealed record Command(string Email) : ICommand<Result>;

    public sealed record Result(long GebruikerId, string Naam, bool IsBeheerder);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Email).GeldigEmail();
    }

    public sealed class Handler(Db db, UserManager<Gebruiker> users) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var email = users.NormalizeEmail(cmd.Email.Trim()) ?? "";
            var g = await c.QuerySingleOrDefaultAsync<Row>(
                "SELECT id, naam, is_beheerder FROM gebruiker WHERE email_genormaliseerd = @email", new { email }, tx)
                ?? throw new NotFoundException($"Er is geen account met e-mailadres {cmd.Email.Trim()}.");
            await Aanmeldpogingen.ClearAccountAsync(c, tx, email);
            return new Result(g.Id, g.Naam, g.IsBeheerder);
        }, ct);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public bool IsBeheerder { get; init; }
    }
}
