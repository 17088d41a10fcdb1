using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Doelstellingen;

/// <summary>One doelstelling with its streefwaarden, realisaties and the projects that contribute to it.</summary>
public static class GetDoelstelling
{
    public sealed record Query(long ProgrammaId, long DoelstellingId) : IRequest<Doelstelling>, IProgrammaScoped;

    public sealed record Doelstelling
    {
        public long Id { get; init; }
        public long SpeerpuntId { get; init; }
        public string SpeerpuntNaam { get; init; } = "";
        public string Naam { get; init; } = "";
        public string Omschrijving { get; init; } = "";
        public string IndicatorNaam { get; init; } = "";
        public string IndicatorEenheid { get; init; } = "";
        public string IndicatorBron { get; init; } = "";
        public bool HogerIsBeter { get; init; }
        public string Meetfrequentie { get; init; } = "";
        public decimal? NulmetingWaarde { get; init; }
        public int? NulmetingJaar { get; init; }
        public int Version { get; init; }
        /// <summary>By year.</summary>
        public IReadOnlyList<Streefwaarde> Streefwaarden { get; init; } = [];
        /// <summary>By year; per year the total (no wijk) first, then the wijken by name.</summary>
        public IReadOnlyList<Realisatie> Realisaties { get; init; } = [];
        /// <summary>By name.</summary>
        public IReadOnlyList<ProjectVerwijzing> Projecten { get; init; } = [];
    }

    public sealed record Realisatie
    {
        public int Jaar { get; init; }
        public long? WijkId { get; init; }
        public string? WijkNaam { get; init; }
        public decimal Waarde { get; init; }
    }

    public sealed record ProjectVerwijzing
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
    }

    /// <summary>Dapper binds init properties, not the positional <see cref="Streefwaarde"/>.</summary>
    internal sealed record StreefwaardeRow
    {
        public long DoelstellingId { get; init; }
        public int Jaar { get; init; }
        public decimal Waarde { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Doelstelling>
    {
        public async Task<Doelstelling> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var d = await c.QuerySingleOrDefaultAsync<Doelstelling>(
                """
                SELECT d.id, d.speerpunt_id, s.naam AS speerpunt_naam, d.naam, d.omschrijving, d.indicator_naam, d.indicator_eenheid,
                       d.indicator_bron, d.hoger_is_beter, d.meetfrequentie, d.nulmeting_waarde, d.nulmeting_jaar, d.version
                FROM doelstelling d JOIN speerpunt s ON s.id = d.speerpunt_id
                WHERE d.id = @DoelstellingId AND d.programma_id = @ProgrammaId
                """, query) ?? throw new NotFoundException("De doelstelling bestaat niet (meer).");

            var streefwaarden = await c.QueryAsync<StreefwaardeRow>(
                "SELECT doelstelling_id, jaar, waarde FROM streefwaarde WHERE doelstelling_id = @Id ORDER BY jaar", new { d.Id });
            var realisaties = await c.QueryAsync<Realisatie>(
                """
                SELECT r.jaar, r.wijk_id, w.naam AS wijk_naam, r.waarde
                FROM realisatie r LEFT JOIN wijk w ON w.id = r.wijk_id
                WHERE r.doelstelling_id = @Id
                ORDER BY r.jaar, CASE WHEN r.wijk_id IS NULL THEN 0 ELSE 1 END, w.naam
                """, new { d.Id });
            var projecten = await c.QueryAsync<ProjectVerwijzing>(
                """
                SELECT p.id, p.naam FROM project_doelstelling pd JOIN project p ON p.id = pd.project_id
                WHERE pd.doelstelling_id = @Id AND p.programma_id = @ProgrammaId ORDER BY p.naam
                """, new { d.Id, query.ProgrammaId });

            return d with
            {
                Streefwaarden = streefwaarden.Select(s => new Streefwaarde(s.Jaar, s.Waarde)).ToList(),
                Realisaties = realisaties.ToList(),
                Projecten = projecten.ToList(),
            };
        }
    }
}
