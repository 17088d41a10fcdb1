using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>The members of a programma with their role (and, for a bestuurder, the partner they approve for), and the open invitations.</summary>
public static class ListLeden
{
    [Vereist(Recht.Faciliteren, OokBeheerder = true)]
    public sealed record Query(long ProgrammaId) : IRequest<Leden>, IProgrammaScoped;

    public sealed record Leden(IReadOnlyList<Lid> Lijst, IReadOnlyList<Uitnodiging> Uitnodigingen);

    public sealed record Lid
    {
        public long GebruikerId { get; init; }
        public string Naam { get; init; } = "";
        public string Email { get; init; } = "";
        public string Rol { get; init; } = "";
        public long? PartnerId { get; init; }
        public string? PartnerNaam { get; init; }
    }

    public sealed record Uitnodiging
    {
        public long Id { get; init; }
        public string Email { get; init; } = "";
        public string Rol { get; init; } = "";
        public string VerlooptOp { get; init; } = "";
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, Leden>
    {
        public async Task<Leden> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var leden = await c.QueryAsync<Lid>(
                """
                SELECT g.id AS gebruiker_id, g.naam, g.email, l.rol, pl.partner_id, p.naam AS partner_naam
                FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id
                LEFT JOIN partner_lid pl ON pl.gebruiker_id = l.gebruiker_id AND pl.programma_id = l.programma_id
                LEFT JOIN partner p ON p.id = pl.partner_id
                WHERE l.programma_id = @ProgrammaId ORDER BY g.naam
                """, query);
            var open = await c.QueryAsync<Uitnodiging>(
                """
                SELECT id, email, rol, verloopt_op FROM link
                WHERE programma_id = @ProgrammaId AND soort = 'uitnodiging' AND gebruikt_op IS NULL AND verloopt_op > @nu ORDER BY email
                """, new { query.ProgrammaId, nu = Tijd.Stempel(clock.GetUtcNow()) });
            return new Leden(leden.ToList(), open.ToList());
        }
    }
}
