using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>The programma's governance bodies in order, each with its leden in order.</summary>
public static class ListOrganen
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<OrgaanItem>>, IProgrammaScoped;

    public sealed record OrgaanItem
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Mandaat { get; init; } = "";
        public int Volgorde { get; init; }
        public int Version { get; init; }
        public IReadOnlyList<LidItem> Leden { get; init; } = [];
    }

    public sealed record LidItem
    {
        public long OrgaanId { get; init; }
        public int Volgorde { get; init; }
        public string Naam { get; init; } = "";
        public string Functie { get; init; } = "";
        public long? PartnerId { get; init; }
        /// <summary>The partner's naam when the lid comes from a partner, else null.</summary>
        public string? PartnerNaam { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<OrgaanItem>>
    {
        public async Task<IReadOnlyList<OrgaanItem>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var organen = await c.QueryAsync<OrgaanItem>(
                "SELECT id, naam, mandaat, volgorde, version FROM orgaan WHERE programma_id = @ProgrammaId ORDER BY volgorde, id", query);
            var leden = (await c.QueryAsync<LidItem>(
                """
                SELECT l.orgaan_id, l.volgorde, l.naam, l.functie, l.partner_id, p.naam AS partner_naam
                FROM orgaan_lid l JOIN orgaan o ON o.id = l.orgaan_id LEFT JOIN partner p ON p.id = l.partner_id
                WHERE o.programma_id = @ProgrammaId ORDER BY l.orgaan_id, l.volgorde
                """, query)).ToLookup(l => l.OrgaanId);
            return organen.Select(o => o with { Leden = leden[o.Id].ToList() }).ToList();
        }
    }
}
