using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Doelstellingen;

/// <summary>The doelstellingen of a programma (optionally of one speerpunt), by speerpunt order, then name.</summary>
public static class ListDoelstellingen
{
    public sealed record Query(long ProgrammaId, long? SpeerpuntId = null) : IRequest<IReadOnlyList<Item>>, IProgrammaScoped;

    public sealed record Item
    {
        public long Id { get; init; }
        public long SpeerpuntId { get; init; }
        public string SpeerpuntNaam { get; init; } = "";
        public string Naam { get; init; } = "";
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
        /// <summary>The totals for the whole programme area (no wijk), by year.</summary>
        public IReadOnlyList<JaarWaarde> Realisaties { get; init; } = [];
    }

    /// <summary>A realisatie total: the measured value of a year for the whole programme area.</summary>
    public sealed record JaarWaarde(int Jaar, decimal Waarde);

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var items = await c.QueryAsync<Item>(
                """
                SELECT d.id, d.speerpunt_id, s.naam AS speerpunt_naam, d.naam, d.indicator_naam, d.indicator_eenheid, d.indicator_bron,
                       d.hoger_is_beter, d.meetfrequentie, d.nulmeting_waarde, d.nulmeting_jaar, d.version
                FROM doelstelling d JOIN speerpunt s ON s.id = d.speerpunt_id
                WHERE d.programma_id = @ProgrammaId AND (@SpeerpuntId IS NULL OR d.speerpunt_id = @SpeerpuntId)
                ORDER BY s.volgorde, s.naam, d.naam
                """, query);

            var streef = (await c.QueryAsync<GetDoelstelling.StreefwaardeRow>(
                """
                SELECT x.doelstelling_id, x.jaar, x.waarde FROM streefwaarde x JOIN doelstelling d ON d.id = x.doelstelling_id
                WHERE d.programma_id = @ProgrammaId ORDER BY x.jaar
                """, query)).ToLookup(r => r.DoelstellingId, r => new Streefwaarde(r.Jaar, r.Waarde));
            var totaal = (await c.QueryAsync<GetDoelstelling.StreefwaardeRow>(
                """
                SELECT x.doelstelling_id, x.jaar, x.waarde FROM realisatie x JOIN doelstelling d ON d.id = x.doelstelling_id
                WHERE d.programma_id = @ProgrammaId AND x.wijk_id IS NULL ORDER BY x.jaar
                """, query)).ToLookup(r => r.DoelstellingId, r => new JaarWaarde(r.Jaar, r.Waarde));

            return items.Select(i => i with { Streefwaarden = streef[i.Id].ToList(), Realisaties = totaal[i.Id].ToList() }).ToList();
        }
    }
}
