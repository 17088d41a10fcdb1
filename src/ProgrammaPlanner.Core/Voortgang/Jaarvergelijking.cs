using ProgrammaPlanner.Core.Stand;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>
/// This year's frozen voortgangsrapportage next to last year's as the boards received it: per doelstelling the realisatie and
/// status then and now, per project its jaarstatus, per partner what was spent. A figure over last year that was corrected after
/// last year's report was frozen is marked ("bijgesteld"): the boards approved the old number.
/// </summary>
public sealed record Jaarvergelijking
{
    /// <summary>"versie 1 van de voortgangsrapportage 2018 (vastgesteld)".</summary>
    public string VorigLabel { get; init; } = "";
    public int Jaar { get; init; }
    public IReadOnlyList<Doelregel> Doelstellingen { get; init; } = [];
    public IReadOnlyList<Projectregel> Projecten { get; init; } = [];
    public IReadOnlyList<Budgetregel> Budget { get; init; } = [];

    public sealed record Doelregel
    {
        public string Naam { get; init; } = "";
        public string Eenheid { get; init; } = "";
        /// <summary>Last year's realisatie and status as last year's report stated them; null when the doelstelling was not in it.</summary>
        public decimal? VorigeRealisatie { get; init; }
        public string? VorigeStatus { get; init; }
        public decimal? Realisatie { get; init; }
        public string Status { get; init; } = StandStatus.GeenMeting;
        /// <summary>Last year's realisatie as this report states it (see <see cref="Bijgesteld"/>).</summary>
        public decimal? BijgesteldeVorige { get; init; }
        public bool Bijgesteld => VorigeStatus is not null && BijgesteldeVorige != VorigeRealisatie;
    }

    public sealed record Projectregel(string Naam, string? VorigeJaarstatus, string? Jaarstatus);

    public sealed record Budgetregel(string Partner, decimal VorigBesteedEuro, decimal BesteedEuro);

    public static Jaarvergelijking Van(GetVoortgangsrapportage.Rapportage nu, GetVoortgangsrapportage.Rapportage vorig, string vorigLabel)
    {
        var vorigeDoelen = Doelen(vorig).ToDictionary(d => d.Id);
        var vorigeProjecten = vorig.Projecten.ToDictionary(p => p.Id);
        var vorigBudget = vorig.Budget.ToDictionary(b => b.Partner);
        var budget = nu.Budget.ToDictionary(b => b.Partner);
        return new Jaarvergelijking
        {
            VorigLabel = vorigLabel,
            Jaar = nu.Jaar,
            Doelstellingen = Doelen(nu).Select(d =>
            {
                var dit = Aandachtspunten.InJaar(d, nu.Jaar);
                var toen = vorigeDoelen.TryGetValue(d.Id, out var v) ? Aandachtspunten.InJaar(v, vorig.Jaar) : null;
                return new Doelregel
                {
                    Naam = d.Naam, Eenheid = d.Eenheid,
                    VorigeRealisatie = toen?.Realisatie, VorigeStatus = toen?.Oordeel.Status,
                    Realisatie = dit?.Realisatie, Status = dit?.Oordeel.Status ?? StandStatus.GeenMeting,
                    BijgesteldeVorige = Aandachtspunten.InJaar(d, vorig.Jaar)?.Realisatie,
                };
            }).ToList(),
            Projecten = nu.Projecten.Select(p =>
                new Projectregel(p.Naam, vorigeProjecten.TryGetValue(p.Id, out var v) ? v.Jaarstatus : null, p.Jaarstatus)).ToList(),
            Budget = budget.Keys.Union(vorigBudget.Keys).Order(StringComparer.CurrentCulture)
                .Select(partner => new Budgetregel(partner, vorigBudget.GetValueOrDefault(partner)?.BesteedEuro ?? 0,
                    budget.GetValueOrDefault(partner)?.BesteedEuro ?? 0)).ToList(),
        };
    }

    private static IEnumerable<GetStand.Doelstelling> Doelen(GetVoortgangsrapportage.Rapportage r) =>
        r.Stand.Speerpunten.SelectMany(s => s.Doelstellingen);
}
