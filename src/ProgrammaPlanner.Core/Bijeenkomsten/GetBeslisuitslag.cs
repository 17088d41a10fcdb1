using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// The results of a session's points rounds and statements, for the wall and the verslag: points per bijdrage (and per
/// organisation that gave them, and per organisation whose bijdragen received them); per statement the counts, the
/// shares per organisation and whether organisations disagree. A participant without partner counts by their "namens" (else "Bewoner").
/// </summary>
public static class GetBeslisuitslag
{

    public sealed record Query(long ProgrammaId, long BijeenkomstId) : IRequest<Uitslag>, IProgrammaScoped;

    public sealed record Uitslag
    {
        public IReadOnlyList<Puntenronde> Puntenrondes { get; init; } = [];
        public IReadOnlyList<Stelling> Stellingen { get; init; } = [];
        public Puntenronde? OpenPuntenronde => Puntenrondes.FirstOrDefault(r => r.Open);
    }

    public sealed record Puntenronde
    {
        public long Id { get; init; }
        public int Nummer { get; init; }
        public string? Soort { get; init; }
        public bool Open { get; init; }
        public int Version { get; init; }
        public int Deelnemers { get; init; }
        /// <summary>Per bijdrage that got points, most points first.</summary>
        public IReadOnlyList<Bijdragepunten> PerBijdrage { get; init; } = [];
        /// <summary>Per organisation whose bijdragen received points, most first.</summary>
        public IReadOnlyList<Partnerpunten> PerPartner { get; init; } = [];
        public string Omvang => Soort is null ? "alle bijdragen" : $"alleen bijdragen van de soort {Soort}";
    }

    public sealed record Bijdragepunten
    {
        public long BijdrageId { get; init; }
        public string Tekst { get; init; } = "";
        public string Soort { get; init; } = "";
        public string Partner { get; init; } = "";
        public int Punten { get; init; }
        /// <summary>Who gave the points: per organisation of the participants.</summary>
        public IReadOnlyList<Partnerpunten> Van { get; init; } = [];
        public string VanTekst => string.Join(" · ", Van.Select(v => $"{v.Partner} {v.Punten}"));
    }

    public sealed record Partnerpunten(string Partner, int Punten);

    public sealed record Stelling
    {
        public long Id { get; init; }
        public int Nummer { get; init; }
        public string Tekst { get; init; } = "";
        public bool Open { get; init; }
        public int Version { get; init; }
        public int Eens => PerPartner.Sum(p => p.Eens);
        public int Neutraal => PerPartner.Sum(p => p.Neutraal);
        public int Oneens => PerPartner.Sum(p => p.Oneens);
        public int Antwoorden => Eens + Neutraal + Oneens;
        public IReadOnlyList<Partnerantwoorden> PerPartner { get; init; } = [];
        public bool Verdeeld => IsVerdeeld(PerPartner);
    }

    public sealed record Partnerantwoorden
    {
        public string Partner { get; init; } = "";
        public int Eens { get; init; }
        public int Neutraal { get; init; }
        public int Oneens { get; init; }
        public int Totaal => Eens + Neutraal + Oneens;
        public bool MeestalEens => 2 * Eens > Totaal;
        public bool MeestalOneens => 2 * Oneens > Totaal;
        public string Tekst => $"{Partner}: {Procent(Eens)} eens, {Procent(Oneens)} oneens ({Totaal})";
        private string Procent(int n) => Totaal == 0 ? "0%" : $"{Math.Round(100.0 * n / Totaal):0}%";
    }

    /// <summary>What <see cref="IsVerdeeld"/> means, in the words of the verslag.</summary>
    public const string VerdeeldUitleg =
        "Verdeeld: minstens één organisatie was overwegend (meer dan de helft) eens en een andere overwegend oneens.";

    /// <summary>
    /// The one definition of "verdeeld": at least one organisation answered mostly (more than half) eens and at least
    /// one other mostly oneens. Organisations that are split within themselves or mostly neutraal do not decide it.
    /// </summary>
    public static bool IsVerdeeld(IEnumerable<Partnerantwoorden> perPartner)
    {
        var lijst = perPartner.ToList();
        return lijst.Any(p => p.MeestalEens) && lijst.Any(p => p.MeestalOneens);
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Uitslag>
    {
        public async Task<Uitslag> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            return await LoadAsync(c, tx, query.ProgrammaId, query.BijeenkomstId);
        }
    }

    /// <summary>Also read by <see cref="GetVerslag"/>, inside its transaction.</summary>
    public static async Task<Uitslag> LoadAsync(DbConnection c, DbTransaction tx, long programmaId, long bijeenkomstId)
    {
        await using var grid = await c.QueryMultipleAsync(
            $"""
            SELECT r.id, r.nummer, r.soort, r.open, r.version,
                   (SELECT COUNT(DISTINCT v.deelnemer_id) FROM puntenverdeling v WHERE v.puntenronde_id = r.id) AS deelnemers
            FROM puntenronde r WHERE r.bijeenkomst_id = @bijeenkomstId AND r.programma_id = @programmaId ORDER BY r.nummer;
            SELECT v.puntenronde_id AS ronde_id, v.bijdrage_id, b.tekst, b.soort, {BijdrageRules.Afzender("bp")} AS partner,
                   {BijdrageRules.Afzender("dp", "d")} AS van, SUM(v.punten) AS punten
            FROM puntenverdeling v JOIN puntenronde r ON r.id = v.puntenronde_id JOIN bijdrage b ON b.id = v.bijdrage_id
            LEFT JOIN partner bp ON bp.id = b.partner_id
            JOIN deelnemer d ON d.id = v.deelnemer_id LEFT JOIN partner dp ON dp.id = d.partner_id
            WHERE r.bijeenkomst_id = @bijeenkomstId AND r.programma_id = @programmaId
            GROUP BY v.puntenronde_id, v.bijdrage_id, b.id, bp.id, van;
            SELECT id, nummer, tekst, open, version FROM stelling
            WHERE bijeenkomst_id = @bijeenkomstId AND programma_id = @programmaId ORDER BY nummer;
            SELECT a.stelling_id, {BijdrageRules.Afzender(rij: "d")} AS partner,
                   COUNT(*) FILTER (WHERE a.antwoord = 'eens') AS eens, COUNT(*) FILTER (WHERE a.antwoord = 'neutraal') AS neutraal,
                   COUNT(*) FILTER (WHERE a.antwoord = 'oneens') AS oneens
            FROM stellingantwoord a JOIN stelling s ON s.id = a.stelling_id
            JOIN deelnemer d ON d.id = a.deelnemer_id LEFT JOIN partner p ON p.id = d.partner_id
            WHERE s.bijeenkomst_id = @bijeenkomstId AND s.programma_id = @programmaId
            GROUP BY a.stelling_id, partner ORDER BY partner;
            """, new { programmaId, bijeenkomstId }, tx);
        var rondes = (await grid.ReadAsync<Puntenronde>()).ToList();
        var punten = (await grid.ReadAsync<Puntenrij>()).ToLookup(p => p.RondeId);
        var stellingen = (await grid.ReadAsync<Stelling>()).ToList();
        var antwoorden = (await grid.ReadAsync<Antwoordrij>()).ToLookup(a => a.StellingId);
        var nl = StringComparer.Create(new System.Globalization.CultureInfo("nl-NL"), false);
        return new Uitslag
        {
            Puntenrondes = rondes.Select(r => r with
            {
                PerBijdrage = punten[r.Id].GroupBy(p => p.BijdrageId).Select(g => new Bijdragepunten
                {
                    BijdrageId = g.Key, Tekst = g.First().Tekst, Soort = g.First().Soort, Partner = g.First().Partner, Punten = g.Sum(p => p.Punten),
                    Van = g.OrderByDescending(p => p.Punten).ThenBy(p => p.Van, nl).Select(p => new Partnerpunten(p.Van, p.Punten)).ToList(),
                }).OrderByDescending(b => b.Punten).ThenBy(b => b.BijdrageId).ToList(),
                PerPartner = punten[r.Id].GroupBy(p => p.Partner).Select(g => new Partnerpunten(g.Key, g.Sum(p => p.Punten)))
                    .OrderByDescending(p => p.Punten).ThenBy(p => p.Partner, nl).ToList(),
            }).ToList(),
            Stellingen = stellingen.Select(s => s with
            {
                PerPartner = antwoorden[s.Id]
                    .Select(a => new Partnerantwoorden { Partner = a.Partner, Eens = a.Eens, Neutraal = a.Neutraal, Oneens = a.Oneens })
                    .OrderBy(p => p.Partner, nl).ToList(),
            }).ToList(),
        };
    }

    private sealed record Puntenrij
    {
        public long RondeId { get; init; }
        public long BijdrageId { get; init; }
        public string Tekst { get; init; } = "";
        public string Soort { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Van { get; init; } = "";
        public int Punten { get; init; }
    }

    private sealed record Antwoordrij
    {
        public long StellingId { get; init; }
        public string Partner { get; init; } = "";
        public int Eens { get; init; }
        public int Neutraal { get; init; }
        public int Oneens { get; init; }
    }
}
