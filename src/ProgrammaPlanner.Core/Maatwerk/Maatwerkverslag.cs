using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Maatwerk;

/// <summary>
/// The section "Maatwerkbudget en regelruimte" of a voortgangsrapportage: per Verbondsgroep its budget, what it spent in the year
/// and in total, its casussen and the rules it set aside in the year. Part of the frozen report, so its names are stored names.
/// </summary>
public sealed record Maatwerkverslag
{
    /// <summary>False when the reader may not see amounts: every amount is then null.</summary>
    public bool BedragenZichtbaar { get; init; } = true;
    public IReadOnlyList<Groep> Groepen { get; init; } = [];

    public sealed record Groep
    {
        public string Naam { get; init; } = "";
        public decimal? Maatwerkbudget { get; init; }
        public decimal? BesteedInJaar { get; init; }
        public decimal? BesteedTotaal { get; init; }
        public int CasussenInJaar { get; init; }
        public int CasussenTotaal { get; init; }
        /// <summary>The rules set aside by the year's casussen, each once, in the order first used.</summary>
        public IReadOnlyList<string> Regels { get; init; } = [];
    }

    /// <summary>The same section without any amount, for a reader who may not see them.</summary>
    public Maatwerkverslag ZonderBedragen() => this with
    {
        BedragenZichtbaar = false,
        Groepen = Groepen.Select(g => g with { Maatwerkbudget = null, BesteedInJaar = null, BesteedTotaal = null }).ToList(),
    };

    /// <summary>The section of <paramref name="jaar"/>, counting casussen decided up to its end; null when the programma has no maatwerk.</summary>
    public static async Task<Maatwerkverslag?> LoadAsync(DbConnection c, DbTransaction tx, long programmaId, int jaar)
    {
        var args = new { programmaId, Tot = $"{jaar:D4}-12-31" };
        var groepen = (await c.QueryAsync<GroepRow>(
            "SELECT id, naam, maatwerkbudget FROM verbondsgroep WHERE programma_id = @programmaId ORDER BY volgorde, naam", args, tx)).ToList();
        var casussen = (await c.QueryAsync<CasusRow>(
            """
            SELECT verbondsgroep_id, bedrag, regel, besloten_op FROM maatwerkcasus
            WHERE programma_id = @programmaId AND besloten_op <= @Tot ORDER BY besloten_op, id
            """, args, tx)).ToLookup(x => x.VerbondsgroepId);
        var met = groepen.Where(g => g.Maatwerkbudget is not null || casussen[g.Id].Any()).ToList();
        if (met.Count == 0) return null;
        return new Maatwerkverslag
        {
            Groepen = met.Select(g =>
            {
                var alle = casussen[g.Id].ToList();
                var inJaar = alle.Where(x => x.BeslotenOp.Year == jaar).ToList();
                return new Groep
                {
                    Naam = g.Naam,
                    Maatwerkbudget = g.Maatwerkbudget,
                    BesteedInJaar = inJaar.Sum(x => x.Bedrag),
                    BesteedTotaal = alle.Sum(x => x.Bedrag),
                    CasussenInJaar = inJaar.Count,
                    CasussenTotaal = alle.Count,
                    Regels = inJaar.Select(x => x.Regel).Where(r => r.Length > 0).Distinct(StringComparer.CurrentCultureIgnoreCase).ToList(),
                };
            }).ToList(),
        };
    }

    /// <summary>For the caller of a live report: amounts only for who may see them (see <see cref="MaatwerkRules"/>).</summary>
    public static async Task<Maatwerkverslag?> VoorAsync(DbConnection c, DbTransaction tx, ICurrentUser user, long programmaId,
        Maatwerkverslag? verslag) =>
        verslag is null || await MaatwerkRules.ZietBedragenAsync(c, tx, user, programmaId) ? verslag : verslag.ZonderBedragen();

    private sealed class GroepRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public decimal? Maatwerkbudget { get; init; }
    }

    private sealed class CasusRow
    {
        public long VerbondsgroepId { get; init; }
        public decimal Bedrag { get; init; }
        public string Regel { get; init; } = "";
        public DateOnly BeslotenOp { get; init; }
    }
}
