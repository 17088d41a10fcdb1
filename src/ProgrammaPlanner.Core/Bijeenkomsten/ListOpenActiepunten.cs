using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>The programma's actiepunten that are not done yet (open, in uitvoering), earliest deadline first: for the dashboard.</summary>
public static class ListOpenActiepunten
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<Item>>, IProgrammaScoped;

    public sealed record Item
    {
        public long Id { get; init; }
        public long BijeenkomstId { get; init; }
        public string Bijeenkomst { get; init; } = "";
        public string Omschrijving { get; init; } = "";
        public string Eigenaar { get; init; } = "";
        /// <summary>The member who owns it besides the organisation; empty without one.</summary>
        public string Persoon { get; init; } = "";
        /// <summary>"Organisatie · Persoon", or the organisation alone.</summary>
        public string EigenaarTekst => Persoon.Length == 0 ? Eigenaar : $"{Eigenaar} · {Persoon}";
        public DateOnly Deadline { get; init; }
        public string Status { get; init; } = "";
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return (await c.QueryAsync<Item>(
                $"""
                SELECT a.id, a.bijeenkomst_id, b.titel AS bijeenkomst, a.omschrijving, p.naam AS eigenaar, COALESCE(g.naam, '') AS persoon,
                       a.deadline, a.status
                FROM actiepunt a JOIN bijeenkomst b ON b.id = a.bijeenkomst_id JOIN partner p ON p.id = a.eigenaar_partner_id
                LEFT JOIN gebruiker g ON g.id = a.eigenaar_gebruiker_id
                WHERE a.programma_id = @ProgrammaId AND {c.InList("a.status", "@Lopend")}
                ORDER BY a.deadline, a.id
                """, new { query.ProgrammaId, ActiepuntStatus.Lopend })).ToList();
        }
    }
}
