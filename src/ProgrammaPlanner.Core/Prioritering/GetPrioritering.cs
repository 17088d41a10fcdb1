using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// Criteria, candidate projects, every partner's scores and the ranking by weighted score. The spread between partners
/// (highest minus lowest partner score, and the standard deviation) shows where they disagree. While a round is open, a
/// member who is no facilitator or redacteur gets only the scores of the partner they represent: no other partner, no
/// ranking (the server does not send them). The facilitator and redacteur also get per partner how far it has scored.
/// </summary>
public static class GetPrioritering
{
    public sealed record Query(long ProgrammaId) : IRequest<Prioritering>, IProgrammaScoped;

    public sealed record Prioritering
    {
        public IReadOnlyList<Criterium> Criteria { get; init; } = [];
        public IReadOnlyList<Kandidaat> Projecten { get; init; } = [];
        public IReadOnlyList<Partner> Partners { get; init; } = [];
        public IReadOnlyList<ScoreRow> Scores { get; init; } = [];
        public IReadOnlyList<Rang> Ranking { get; init; } = [];

        /// <summary>Null: no round was ever opened.</summary>
        public Scorerecht.Ronde? Ronde { get; init; }

        /// <summary>The partner the caller represents (partner_lid), or null.</summary>
        public long? MijnPartnerId { get; init; }

        /// <summary>The caller enters scores on any partner's behalf (facilitator, redacteur).</summary>
        public bool MagNamens { get; init; }

        /// <summary>Other partners' scores and the ranking are held back until the round closes.</summary>
        public bool Verborgen { get; init; }

        /// <summary>Per partner how many cells it scored (facilitator and redacteur only).</summary>
        public IReadOnlyList<Voortgang> Voortgang { get; init; } = [];

        public int? Score(long partnerId, long projectId, long criteriumId) =>
            Scores.FirstOrDefault(s => s.PartnerId == partnerId && s.ProjectId == projectId && s.CriteriumId == criteriumId)?.Waarde;
    }

    public sealed record Criterium
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public decimal Gewicht { get; init; }
        public int Version { get; init; }
    }

    public sealed record Kandidaat
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Status { get; init; } = "";
        public bool Doorbraak { get; init; }
        public int Version { get; init; }
    }

    public sealed record Partner
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
    }

    /// <summary>HeeftLink: the partner has a personal scoring link (its token is never shown again).</summary>
    public sealed record Voortgang(long PartnerId, string Partner, int Gescoord, int Totaal, bool HeeftLink)
    {
        public const string NogNiet = "nog niet gescoord", Deels = "deels", Klaar = "klaar";

        public string Status => Gescoord == 0 ? NogNiet : Gescoord >= Totaal ? Klaar : Deels;
    }

    public sealed record ScoreRow
    {
        public long CriteriumId { get; init; }
        public long ProjectId { get; init; }
        public long PartnerId { get; init; }
        public int Waarde { get; init; }
    }

    /// <summary>A project's place: weighted score 1–5 (null: nobody scored it), the partners' own totals, and their spread.</summary>
    public sealed record Rang(int Plaats, Kandidaat Project, decimal? Gewogen, int AantalPartners, decimal? Spreiding, decimal? Standaardafwijking,
        IReadOnlyList<(string Partner, decimal Score)> PerPartner);

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Prioritering>
    {
        public async Task<Prioritering> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId, tx);
            return await LoadAsync(c, tx, query.ProgrammaId, user);
        }
    }

    /// <summary>The prioritering as <paramref name="user"/> may see it, inside the caller's transaction; checks no rights.</summary>
    public static async Task<Prioritering> LoadAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx,
        long programmaId, ICurrentUser user)
    {
        var query = new Query(programmaId);
        await using var grid = await c.QueryMultipleAsync(
            """
                SELECT id, naam, gewicht, version FROM criterium WHERE programma_id = @ProgrammaId ORDER BY volgorde, id;
                SELECT id, naam, status, doorbraak, version FROM project WHERE programma_id = @ProgrammaId ORDER BY naam, id;
                SELECT id, naam FROM partner WHERE programma_id = @ProgrammaId ORDER BY naam, id;
                SELECT s.criterium_id, s.project_id, s.partner_id, s.waarde FROM score s JOIN criterium k ON k.id = s.criterium_id
                WHERE k.programma_id = @ProgrammaId;
                """, query, tx);
        var criteria = (await grid.ReadAsync<Criterium>()).ToList();
        var projecten = (await grid.ReadAsync<Kandidaat>()).ToList();
        var partners = (await grid.ReadAsync<Partner>()).ToList();
        var scores = (await grid.ReadAsync<ScoreRow>()).ToList();
        var ronde = await Scorerecht.RondeAsync(c, query.ProgrammaId, tx);
        var mijn = await Scorerecht.PartnerVanAsync(c, user, query.ProgrammaId, tx);
        var alles = await Scorerecht.MagAllesAsync(c, user, query.ProgrammaId, tx);
        if (ronde is { Open: true } && !alles)
            return new Prioritering
            {
                Criteria = criteria, Projecten = projecten, Ronde = ronde, MijnPartnerId = mijn, Verborgen = true,
                Partners = partners.Where(p => p.Id == mijn).ToList(), Scores = scores.Where(s => s.PartnerId == mijn).ToList(),
            };
        var links = alles
            ? (await c.QueryAsync<long>("SELECT partner_id FROM scorelink WHERE programma_id = @ProgrammaId", query, tx)).ToHashSet()
            : [];
        var cellen = new HashSet<(long, long)>(projecten.SelectMany(p => criteria.Select(k => (p.Id, k.Id))));
        return new Prioritering
        {
            Criteria = criteria, Projecten = projecten, Partners = partners, Scores = scores,
            Ranking = Rangschik(criteria, projecten, partners, scores), Ronde = ronde, MijnPartnerId = mijn, MagNamens = alles,
            Voortgang = !alles ? [] : partners.Select(p => new Voortgang(p.Id, p.Naam,
                scores.Count(s => s.PartnerId == p.Id && cellen.Contains((s.ProjectId, s.CriteriumId))), cellen.Count, links.Contains(p.Id))).ToList(),
        };
    }

    /// <summary>Decimal arithmetic in C# (weights are exact decimals; never in SQL).</summary>
    public static IReadOnlyList<Rang> Rangschik(IReadOnlyList<Criterium> criteria, IReadOnlyList<Kandidaat> projecten,
        IReadOnlyList<Partner> partners, IReadOnlyList<ScoreRow> scores)
    {
        var gewicht = criteria.ToDictionary(k => k.Id, k => k.Gewicht);
        var naam = partners.ToDictionary(p => p.Id, p => p.Naam);
        var perProject = scores.Where(s => gewicht.ContainsKey(s.CriteriumId)).ToLookup(s => s.ProjectId);
        var rijen = projecten.Select(p =>
        {
            var eigen = perProject[p.Id].ToList();
            var perCriterium = eigen.GroupBy(s => s.CriteriumId).Select(g => (W: gewicht[g.Key], Gem: (decimal)g.Average(s => s.Waarde))).ToList();
            decimal? gewogen = perCriterium.Count == 0 ? null : Math.Round(perCriterium.Sum(x => x.W * x.Gem) / perCriterium.Sum(x => x.W), 2);
            var perPartner = eigen.GroupBy(s => s.PartnerId)
                .Select(g => (Partner: naam.GetValueOrDefault(g.Key, "?"),
                    Score: Math.Round(g.Sum(s => gewicht[s.CriteriumId] * s.Waarde) / g.Sum(s => gewicht[s.CriteriumId]), 2)))
                .OrderBy(x => x.Partner, StringComparer.CurrentCulture).ToList();
            decimal? spreiding = perPartner.Count < 2 ? null : perPartner.Max(x => x.Score) - perPartner.Min(x => x.Score);
            decimal? sd = null;
            if (perPartner.Count >= 2)
            {
                var gem = perPartner.Average(x => x.Score);
                sd = Math.Round((decimal)Math.Sqrt((double)perPartner.Average(x => (x.Score - gem) * (x.Score - gem))), 2);
            }
            return (Project: p, Gewogen: gewogen, PerPartner: perPartner, Spreiding: spreiding, Sd: sd);
        })
        .OrderByDescending(r => r.Gewogen ?? -1).ThenBy(r => r.Spreiding ?? 0).ThenBy(r => r.Project.Naam, StringComparer.CurrentCulture)
        .ToList();
        return rijen.Select((r, i) => new Rang(i + 1, r.Project, r.Gewogen, r.PerPartner.Count, r.Spreiding, r.Sd, r.PerPartner)).ToList();
    }
}
