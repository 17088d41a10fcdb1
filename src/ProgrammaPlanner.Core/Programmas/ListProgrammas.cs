using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>The programmes the caller is a member of; a beheerder (and the installation itself) sees all, to manage them.</summary>
public static class ListProgrammas
{
    [Vereist(Recht.Aangemeld)]
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Motto { get; init; } = "";
        public string Gebied { get; init; } = "";
        public int Startjaar { get; init; }
        public int Eindjaar { get; init; }
        public string Fase { get; init; } = "";
        public int AantalPartners { get; init; }
        public int AantalSpeerpunten { get; init; }
        public int AantalProjecten { get; init; }
        /// <summary>The caller's role in it (facilitator for the installation itself); null for a beheerder who is no member.</summary>
        public string? Rol { get; init; }
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<Item>(
                """
                SELECT p.id, p.naam, p.motto, p.gebied, p.startjaar, p.eindjaar, p.fase,
                       (SELECT COUNT(*) FROM partner x WHERE x.programma_id = p.id) AS aantal_partners,
                       (SELECT COUNT(*) FROM speerpunt x WHERE x.programma_id = p.id) AS aantal_speerpunten,
                       (SELECT COUNT(*) FROM project x WHERE x.programma_id = p.id) AS aantal_projecten,
                       CASE WHEN @IsSysteem = 1 THEN 'facilitator' ELSE l.rol END AS rol
                FROM programma p LEFT JOIN lidmaatschap l ON l.programma_id = p.id AND l.gebruiker_id = @GebruikerId
                WHERE @IsSysteem = 1 OR l.rol IS NOT NULL OR (SELECT g.is_beheerder FROM gebruiker g WHERE g.id = @GebruikerId) = 1
                ORDER BY p.naam
                """, new { user.IsSysteem, user.GebruikerId });
            return rows.ToList();
        }
    }
}
