using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Stand;

/// <summary>
/// The stand of every doelstelling against its streefwaarden (<see cref="Standregel"/>), per year of the programme and per wijk, and
/// per speerpunt rolled up, as of year <c>Jaar</c> (capped to the programme period). One round trip, whatever the size.
/// </summary>
public static class GetStand
{
    public sealed record Query(long ProgrammaId, int Jaar) : IRequest<Programmastand>, IProgrammaScoped;

    public sealed record Programmastand
    {
        /// <summary>The year the stand is taken in, within the programme period.</summary>
        public int Jaar { get; init; }
        public IReadOnlyList<int> Jaren { get; init; } = [];
        /// <summary>In plan order.</summary>
        public IReadOnlyList<Speerpunt> Speerpunten { get; init; } = [];

        public Doelstelling? Vind(long doelstellingId) =>
            Speerpunten.SelectMany(s => s.Doelstellingen).FirstOrDefault(d => d.Id == doelstellingId);
    }

    public sealed record Speerpunt
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public int Volgorde { get; init; }
        /// <summary>By name.</summary>
        public IReadOnlyList<Doelstelling> Doelstellingen { get; init; } = [];
        /// <summary>The current stand of the doelstellingen counted per status.</summary>
        public Telling Telling { get; init; } = new(0, 0, 0, 0);
        /// <summary>The roll-up status and its rule (<see cref="Standregel.RolUp"/>).</summary>
        public Oordeel Oordeel { get; init; } = new(StandStatus.GeenMeting, "");
    }

    public sealed record Doelstelling
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string IndicatorNaam { get; init; } = "";
        public string Eenheid { get; init; } = "";
        public bool HogerIsBeter { get; init; }
        public decimal? NulmetingWaarde { get; init; }
        public int? NulmetingJaar { get; init; }
        /// <summary>As entered, by year.</summary>
        public IReadOnlyList<Streefwaarde> Streefwaarden { get; init; } = [];
        /// <summary>Every year of the programme.</summary>
        public IReadOnlyList<Jaarstand> Jaren { get; init; } = [];
        /// <summary>The latest year up to the asked one with a realisatie; null when none (geen meting).</summary>
        public Jaarstand? Laatste { get; init; }
        public Oordeel Huidig => Laatste?.Oordeel ?? new(StandStatus.GeenMeting, "Nog geen realisatie gemeten: geen meting.");
        public bool IsPercentage => Standregel.IsPercentage(Eenheid);
    }

    public sealed record Jaarstand
    {
        public int Jaar { get; init; }
        /// <summary>The streefwaarde that applies (possibly of another year, see <see cref="Streefwaarde.Jaar"/>).</summary>
        public Streefwaarde? Streefwaarde { get; init; }
        public decimal? Realisatie { get; init; }
        public Oordeel Oordeel { get; init; } = new(StandStatus.GeenMeting, "");
        /// <summary>By wijk name; only wijken with a value.</summary>
        public IReadOnlyList<Wijkstand> Wijken { get; init; } = [];
    }

    public sealed record Wijkstand(long WijkId, string WijkNaam, decimal Waarde, Oordeel Oordeel);

    private sealed record ProgrammaRow
    {
        public int Startjaar { get; init; }
        public int Eindjaar { get; init; }
    }

    private sealed record SpeerpuntRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public int Volgorde { get; init; }
    }

    private sealed record DoelstellingRow
    {
        public long Id { get; init; }
        public long SpeerpuntId { get; init; }
        public string Naam { get; init; } = "";
        public string IndicatorNaam { get; init; } = "";
        public string IndicatorEenheid { get; init; } = "";
        public bool HogerIsBeter { get; init; }
        public decimal? NulmetingWaarde { get; init; }
        public int? NulmetingJaar { get; init; }
    }

    private sealed record StreefwaardeRow
    {
        public long DoelstellingId { get; init; }
        public int Jaar { get; init; }
        public decimal Waarde { get; init; }
    }

    private sealed record RealisatieRow
    {
        public long DoelstellingId { get; init; }
        public int Jaar { get; init; }
        public long? WijkId { get; init; }
        public string? WijkNaam { get; init; }
        public decimal Waarde { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Programmastand>
    {
        public async Task<Programmastand> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return await LoadAsync(c, null, query.ProgrammaId, query.Jaar);
        }
    }

    /// <summary>The stand of a programme in year <paramref name="jaar"/> (capped to its period); also part of the voortgangsrapportage.</summary>
    public static async Task<Programmastand> LoadAsync(DbConnection c, DbTransaction? tx, long programmaId, int jaar)
    {
        using var grid = await c.QueryMultipleAsync(
            """
            SELECT startjaar, eindjaar FROM programma WHERE id = @programmaId;
            SELECT id, naam, volgorde FROM speerpunt WHERE programma_id = @programmaId ORDER BY volgorde, naam;
            SELECT id, speerpunt_id, naam, indicator_naam, indicator_eenheid, hoger_is_beter, nulmeting_waarde, nulmeting_jaar
            FROM doelstelling WHERE programma_id = @programmaId ORDER BY naam;
            SELECT s.doelstelling_id, s.jaar, s.waarde FROM streefwaarde s JOIN doelstelling d ON d.id = s.doelstelling_id
            WHERE d.programma_id = @programmaId ORDER BY s.jaar;
            SELECT r.doelstelling_id, r.jaar, r.wijk_id, w.naam AS wijk_naam, r.waarde
            FROM realisatie r JOIN doelstelling d ON d.id = r.doelstelling_id LEFT JOIN wijk w ON w.id = r.wijk_id
            WHERE d.programma_id = @programmaId ORDER BY w.naam;
            """, new { programmaId }, tx);
        var programma = await grid.ReadSingleOrDefaultAsync<ProgrammaRow>() ?? throw new NotFoundException("Het programma bestaat niet (meer).");
        var speerpunten = (await grid.ReadAsync<SpeerpuntRow>()).ToList();
        var doelstellingen = (await grid.ReadAsync<DoelstellingRow>()).ToLookup(d => d.SpeerpuntId);
        var streefwaarden = (await grid.ReadAsync<StreefwaardeRow>()).ToLookup(s => s.DoelstellingId, s => new Streefwaarde(s.Jaar, s.Waarde));
        var realisaties = (await grid.ReadAsync<RealisatieRow>()).ToLookup(r => r.DoelstellingId);

        jaar = Math.Clamp(jaar, programma.Startjaar, programma.Eindjaar);
        var jaren = Enumerable.Range(programma.Startjaar, programma.Eindjaar - programma.Startjaar + 1).ToList();
        return new Programmastand
        {
            Jaar = jaar,
            Jaren = jaren,
            Speerpunten = speerpunten.Select(s =>
            {
                var doelen = doelstellingen[s.Id].Select(d => Bereken(d, streefwaarden[d.Id].ToList(), realisaties[d.Id], jaren, jaar)).ToList();
                var telling = Telling.Van(doelen.Select(d => d.Huidig.Status!));
                return new Speerpunt
                {
                    Id = s.Id, Naam = s.Naam, Volgorde = s.Volgorde, Doelstellingen = doelen, Telling = telling, Oordeel = Standregel.RolUp(telling),
                };
            }).ToList(),
        };
    }

    private static Doelstelling Bereken(DoelstellingRow d, List<Streefwaarde> streefwaarden, IEnumerable<RealisatieRow> realisaties,
        List<int> jaren, int jaar)
    {
        var perJaar = realisaties.ToLookup(r => r.Jaar);
        var standen = jaren.Select(j =>
        {
            var s = Standregel.StreefwaardeVoor(streefwaarden, j);
            var totaal = perJaar[j].FirstOrDefault(r => r.WijkId is null)?.Waarde;
            var wijken = perJaar[j].Where(r => r.WijkId is not null)
                .Select(r => new Wijkstand(r.WijkId!.Value, r.WijkNaam ?? "", r.Waarde,
                    Standregel.BeoordeelWijk(j, r.Waarde, s, d.HogerIsBeter, d.IndicatorEenheid)))
                .ToList();
            return new Jaarstand
            {
                Jaar = j, Streefwaarde = s, Realisatie = totaal, Wijken = wijken,
                Oordeel = Standregel.Beoordeel(j, totaal, s, d.HogerIsBeter, d.IndicatorEenheid),
            };
        }).ToList();
        return new Doelstelling
        {
            Id = d.Id, Naam = d.Naam, IndicatorNaam = d.IndicatorNaam, Eenheid = d.IndicatorEenheid, HogerIsBeter = d.HogerIsBeter,
            NulmetingWaarde = d.NulmetingWaarde, NulmetingJaar = d.NulmetingJaar, Streefwaarden = streefwaarden, Jaren = standen,
            Laatste = standen.LastOrDefault(x => x.Jaar <= jaar && x.Realisatie is not null),
        };
    }
}
