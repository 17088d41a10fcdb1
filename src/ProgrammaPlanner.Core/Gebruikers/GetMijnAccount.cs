using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>The signed-in user's own account: name, address, beheerder or not, and their programmes with role.</summary>
public static class GetMijnAccount
{
    [Vereist(Recht.Aangemeld)]
    public sealed record Query : IRequest<Account>;

    public sealed record Account
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Email { get; init; } = "";
        public bool IsBeheerder { get; init; }
        /// <summary>One of <see cref="Meldingen.Opmerkingmail.Alle"/>.</summary>
        public string Opmerkingmail { get; init; } = "";
        public IReadOnlyList<Lidmaatschap> Lidmaatschappen { get; init; } = [];
    }

    public sealed record Lidmaatschap
    {
        public long ProgrammaId { get; init; }
        public string Programma { get; init; } = "";
        public string Rol { get; init; } = "";
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Account>
    {
        public async Task<Account> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var account = await c.QuerySingleOrDefaultAsync<Account>(
                "SELECT id, naam, email, is_beheerder, opmerkingmail FROM gebruiker WHERE id = @GebruikerId", user)
                ?? throw new NietAangemeldException();
            var lid = await c.QueryAsync<Lidmaatschap>(
                "SELECT p.id AS programma_id, p.naam AS programma, l.rol FROM lidmaatschap l JOIN programma p ON p.id = l.programma_id " +
                "WHERE l.gebruiker_id = @GebruikerId ORDER BY p.naam",
                user);
            return account with { Lidmaatschappen = lid.ToList() };
        }
    }
}
