using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>One Verbondsgroep with its members (by soort, then naam), for its page.</summary>
public static class GetVerbondsgroep
{
    public sealed record Query(long ProgrammaId, long GroepId) : IRequest<Groep>, IProgrammaScoped;

    public sealed record Groep
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public long? WijkId { get; init; }
        public string Wijk { get; init; } = "";
        public decimal? Maatwerkbudget { get; init; }
        public int Version { get; init; }
        public IReadOnlyList<Lid> Leden { get; init; } = [];
        public Lid? Aanjager => Leden.FirstOrDefault(l => l.Aanjager);
    }

    public sealed record Lid
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Soort { get; init; } = "";
        public long? PartnerId { get; init; }
        /// <summary>The partner's name, else the organisation as typed; empty without one.</summary>
        public string Organisatie { get; init; } = "";
        /// <summary>The organisation as typed (empty when a partner is chosen), for the edit form.</summary>
        public string EigenOrganisatie { get; init; } = "";
        public string Discipline { get; init; } = "";
        public bool Aanjager { get; init; }
        public int Version { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Groep>
    {
        public async Task<Groep> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var groep = await c.QuerySingleOrDefaultAsync<Groep>(
                """
                SELECT g.id, g.naam, g.wijk_id, COALESCE(w.naam, '') AS wijk, g.maatwerkbudget, g.version
                FROM verbondsgroep g LEFT JOIN wijk w ON w.id = g.wijk_id
                WHERE g.id = @GroepId AND g.programma_id = @ProgrammaId
                """, query) ?? throw new NotFoundException($"{VerbondsgroepRules.Wat} bestaat niet (meer).");
            var leden = await c.QueryAsync<Lid>(
                """
                SELECT l.id, l.naam, l.soort, l.partner_id, COALESCE(p.naam, l.organisatie) AS organisatie, l.organisatie AS eigen_organisatie,
                       l.discipline, l.aanjager, l.version
                FROM groepslid l LEFT JOIN partner p ON p.id = l.partner_id
                WHERE l.verbondsgroep_id = @GroepId
                ORDER BY CASE l.soort WHEN 'professional' THEN 1 WHEN 'informele partner' THEN 2 WHEN 'ervaringsdeskundige' THEN 3 ELSE 4 END,
                         l.naam, l.id
                """, query);
            return groep with { Leden = leden.ToList() };
        }
    }
}
