using System.Data.Common;
using System.Text.Json.Serialization;
using Dapper;

namespace ProgrammaPlanner.Core.Programmaplan;

// The plan's chapter on a learning coalition's way of working: its Verbondsgroepen and ontwikkelopgaven. Stories and
// maatwerk decisions are steering data, not part of what the boards sign: the plan counts the stories and states the
// ceiling per casus. Members are summarised by soort and organisation; only the aanjager is named.
public static partial class GetProgrammaplan
{
    public sealed record Leeraanpak
    {
        [JsonPropertyName("Groepen")]
        public IReadOnlyList<Verbondsgroep> Groepen { get; init; } = [];
        [JsonPropertyName("Opgaven")]
        public IReadOnlyList<Ontwikkelopgave> Opgaven { get; init; } = [];
        [JsonPropertyName("Verhalen")]
        public int Verhalen { get; init; }
        [JsonPropertyName("PlafondPerCasus")]
        public decimal? PlafondPerCasus { get; init; }
    }

    public sealed record Verbondsgroep
    {
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Buurt")]
        public string Buurt { get; init; } = "";
        /// <summary>E.g. "3 professionals, 1 ervaringsdeskundige".</summary>
        [JsonPropertyName("Samenstelling")]
        public string Samenstelling { get; init; } = "";
        /// <summary>The organisations its members come from, in order of first appearance.</summary>
        [JsonPropertyName("Organisaties")]
        public IReadOnlyList<string> Organisaties { get; init; } = [];
        [JsonPropertyName("Aanjager")]
        public string Aanjager { get; init; } = "";
        [JsonPropertyName("Maatwerkbudget")]
        public decimal? Maatwerkbudget { get; init; }
    }

    public sealed record Ontwikkelopgave
    {
        [JsonPropertyName("Titel")]
        public string Titel { get; init; } = "";
        [JsonPropertyName("Vraag")]
        public string Vraag { get; init; } = "";
        [JsonPropertyName("Terrein")]
        public string Terrein { get; init; } = "";
        [JsonPropertyName("Groep")]
        public string Groep { get; init; } = "";
        [JsonPropertyName("Status")]
        public string Status { get; init; } = "";
        [JsonPropertyName("Bevindingen")]
        public string Bevindingen { get; init; } = "";
        [JsonPropertyName("Aanbeveling")]
        public string Aanbeveling { get; init; } = "";
        [JsonPropertyName("Verhalen")]
        public int Verhalen { get; init; }
    }

    private static readonly (string Soort, string Een, string Meer)[] Lidsoorten =
    [
        ("professional", "professional", "professionals"), ("informele partner", "informele partner", "informele partners"),
        ("ervaringsdeskundige", "ervaringsdeskundige", "ervaringsdeskundigen"), ("bewoner", "bewoner", "bewoners"),
    ];

    /// <summary>Null when the programma has no Verbondsgroep and no ontwikkelopgave (then the plan has no such chapter).</summary>
    private static async Task<Leeraanpak?> LoadLerenAsync(DbConnection c, DbTransaction? tx, long programmaId)
    {
        await using var grid = await c.QueryMultipleAsync(
            """
            SELECT g.id, g.naam, COALESCE(w.naam, '') AS buurt, g.maatwerkbudget FROM verbondsgroep g LEFT JOIN wijk w ON w.id = g.wijk_id
            WHERE g.programma_id = @programmaId ORDER BY g.volgorde, g.naam;
            SELECT l.verbondsgroep_id AS groep_id, l.naam, l.soort, COALESCE(p.naam, l.organisatie) AS organisatie, l.aanjager
            FROM groepslid l JOIN verbondsgroep g ON g.id = l.verbondsgroep_id LEFT JOIN partner p ON p.id = l.partner_id
            WHERE g.programma_id = @programmaId ORDER BY l.id;
            SELECT o.titel, o.vraag, o.terrein, COALESCE(g.naam, '') AS groep, o.status, o.bevindingen, o.aanbeveling,
                   (SELECT COUNT(*) FROM verhaal_ontwikkelopgave v WHERE v.ontwikkelopgave_id = o.id) AS verhalen
            FROM ontwikkelopgave o LEFT JOIN verbondsgroep g ON g.id = o.verbondsgroep_id
            WHERE o.programma_id = @programmaId ORDER BY o.volgorde, o.titel;
            SELECT COUNT(*) FROM verhaal WHERE programma_id = @programmaId;
            SELECT plafond_per_casus FROM maatwerkregeling WHERE programma_id = @programmaId;
            """, new { programmaId }, tx);
        var groepen = (await grid.ReadAsync<GroepRow>()).ToList();
        var leden = (await grid.ReadAsync<LidRow>()).ToLookup(l => l.GroepId);
        var opgaven = (await grid.ReadAsync<Ontwikkelopgave>()).ToList();
        var verhalen = await grid.ReadSingleAsync<int>();
        var plafond = await grid.ReadSingleOrDefaultAsync<decimal?>();
        if (groepen.Count == 0 && opgaven.Count == 0) return null;
        return new Leeraanpak
        {
            Groepen = groepen.Select(g => new Verbondsgroep
            {
                Naam = g.Naam,
                Buurt = g.Buurt,
                Maatwerkbudget = g.Maatwerkbudget,
                Aanjager = leden[g.Id].FirstOrDefault(l => l.Aanjager)?.Naam ?? "",
                Samenstelling = string.Join(", ", Lidsoorten
                    .Select(s => (s, n: leden[g.Id].Count(l => l.Soort == s.Soort))).Where(x => x.n > 0)
                    .Select(x => $"{x.n} {(x.n == 1 ? x.s.Een : x.s.Meer)}")),
                Organisaties = leden[g.Id].Select(l => l.Organisatie).Where(o => o.Length > 0).Distinct().ToList(),
            }).ToList(),
            Opgaven = opgaven,
            Verhalen = verhalen,
            PlafondPerCasus = plafond,
        };
    }

    private sealed record GroepRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Buurt { get; init; } = "";
        public decimal? Maatwerkbudget { get; init; }
    }

    private sealed record LidRow
    {
        public long GroepId { get; init; }
        public string Naam { get; init; } = "";
        public string Soort { get; init; } = "";
        public string Organisatie { get; init; } = "";
        public bool Aanjager { get; init; }
    }
}
