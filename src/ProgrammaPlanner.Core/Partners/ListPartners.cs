using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Partners;

/// <summary>The programma's partners with all their fields, ordered by naam.</summary>
public static class ListPartners
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<PartnerItem>>, IProgrammaScoped;

    public sealed record PartnerItem
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Soort { get; init; } = "";
        public string Rol { get; init; } = "";
        public string Contactpersoon { get; init; } = "";
        public string Email { get; init; } = "";
        public string BestuurderNaam { get; init; } = "";
        public string BestuurderFunctie { get; init; } = "";
        public string Plaats { get; init; } = "";
        /// <summary>Euro's per hour for inzet in natura; null when none is agreed.</summary>
        public decimal? Uurtarief { get; init; }
        /// <summary>A financier or adviseur that signs after all (the facilitator's choice).</summary>
        public bool TekentToch { get; init; }
        /// <summary>Whether the partner signs the plan (see <see cref="PartnerRol.Tekent"/>).</summary>
        public bool Tekent => PartnerRol.Tekent(Rol, TekentToch);
        public int Version { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<PartnerItem>>
    {
        public async Task<IReadOnlyList<PartnerItem>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<PartnerItem>(
                """
                SELECT id, naam, soort, rol, contactpersoon, email, bestuurder_naam, bestuurder_functie, plaats, uurtarief, tekent_toch, version
                FROM partner WHERE programma_id = @ProgrammaId ORDER BY naam, id
                """, query);
            return rows.ToList();
        }
    }
}
