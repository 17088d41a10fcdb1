using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// A partner's rapportage as its form shows it: per doelstelling it serves, per project it works on and per project it
/// leads, what it reported next to what counts now and what was planned (streefwaarde, begroot) for the year; and the
/// history of steps. Botsingen: figures that would replace another partner's accepted figure (accepting asks first). Only the
/// partner's own members and facilitators may read it.
/// </summary>
public static class GetRapportage
{
    public sealed record Query(long ProgrammaId, long RapportageId) : IRequest<Rapportage>, IProgrammaScoped;

    public sealed record Rapportage(long Id, long RondeId, int Jaar, DateOnly Uiterlijk, bool RondeOpen, long PartnerId, string PartnerNaam,
        string Status, int Version, bool TeLaat, bool MagInvullen, bool MagBeoordelen, bool Namens, IReadOnlyList<Wijk> Wijken,
        IReadOnlyList<Doel> Doelstellingen, IReadOnlyList<Projectbesteding> Bestedingen, IReadOnlyList<Project> Projecten, IReadOnlyList<Stap> Stappen,
        IReadOnlyList<string> Botsingen);

    public sealed record Wijk(long Id, string Naam);

    /// <summary>Streefwaarde: of the year, else the nearest earlier year's, else the first later one. Cellen: the total, then each wijk.</summary>
    public sealed record Doel(long DoelstellingId, string Naam, string Indicator, string Eenheid, bool HogerIsBeter, decimal? Streefwaarde,
        IReadOnlyList<Cel> Cellen);

    public sealed record Cel(long? WijkId, decimal? Geteld, decimal? Gerapporteerd);

    public sealed record Projectbesteding(long ProjectId, string Naam, decimal BegrootEuro, decimal BegrootUren, decimal? GeteldEuro, decimal? GeteldUren,
        decimal? Euro, decimal? Uren);

    public sealed record Project(long ProjectId, string Naam, string? GeteldeStatus, string GeteldeToelichting, string? Status, string Toelichting,
        IReadOnlyList<Mijlpaal> Mijlpalen);

    public sealed record Mijlpaal(long MijlpaalId, string Titel, DateOnly Datum, string GeteldeStatus, DateOnly? GeteldeNieuweDatum, string? Status,
        DateOnly? NieuweDatum);

    public sealed record Stap(string Naam, string Reden, string Door, string Op);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Rapportage>
    {
        public async Task<Rapportage> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var r = await RapportageRules.FindAsync(c, query.ProgrammaId, query.RapportageId);
            var b = await RapportageRules.BetrokkenheidAsync(c, user, query.ProgrammaId, r.PartnerId);
            if (!b.MagInvullen)
                throw new RefusedException($"Alleen een medewerker van {r.PartnerNaam} of een facilitator kan de rapportage van {r.PartnerNaam} inzien.");
            var s = await RapportageRules.ScopeAsync(c, query.ProgrammaId, r.PartnerId, r.Jaar);
            var args = new { r.Id, r.Jaar, r.PartnerId, query.ProgrammaId };

            var wijken = (await c.QueryAsync<Wijk>("SELECT id, naam FROM wijk WHERE programma_id = @ProgrammaId ORDER BY naam", args)).ToList();
            var doelen = await DoelenAsync(c, s, wijken, args);
            var bestedingen = await BestedingenAsync(c, s, r);
            var projecten = await ProjectenAsync(c, s, args);
            var stappen = (await c.QueryAsync<Stap>(
                "SELECT stap AS naam, reden, door, op FROM rapportage_stap WHERE rapportage_id = @Id ORDER BY id", args)).ToList();

            var vandaag = Tijd.Vandaag(clock);
            var magInvullen = r.RondeOpen && r.Status is RapportageStatus.Open or RapportageStatus.Teruggestuurd;
            return new Rapportage(r.Id, r.RondeId, r.Jaar, r.Uiterlijk, r.RondeOpen, r.PartnerId, r.PartnerNaam, r.Status, r.Version,
                RapportageRules.TeLaat(r.Status, r.Uiterlijk, vandaag), magInvullen, b.IsFacilitator && r.Status == RapportageStatus.Ingediend,
                b.Namens, wijken, doelen, bestedingen, projecten, stappen, await RapportageRules.BotsingenAsync(c, r));
        }

        private static async Task<IReadOnlyList<Doel>> DoelenAsync(System.Data.Common.DbConnection c, RapportageRules.Scope s,
            List<Wijk> wijken, object args)
        {
            var ids = s.Doelstellingen.ToList();
            var p = new DynamicParameters(args);
            p.Add("ids", ids);
            var doelen = await c.QueryAsync<DoelRow>(
                $"SELECT id, naam, indicator_naam, indicator_eenheid, hoger_is_beter FROM doelstelling WHERE {c.InList("id", "@ids")} ORDER BY naam", p);
            var streef = (await c.QueryAsync<(long DoelstellingId, int Jaar, decimal Waarde)>(
                $"SELECT doelstelling_id, jaar, waarde FROM streefwaarde WHERE {c.InList("doelstelling_id", "@ids")}", p)).ToLookup(x => x.DoelstellingId);
            var geteld = (await c.QueryAsync<(long DoelstellingId, long? WijkId, decimal Waarde)>(
                $"SELECT doelstelling_id, wijk_id, waarde FROM realisatie WHERE {c.InList("doelstelling_id", "@ids")} AND jaar = @Jaar", p))
                .ToDictionary(x => (x.DoelstellingId, x.WijkId), x => x.Waarde);
            var gerapporteerd = (await c.QueryAsync<(long DoelstellingId, long? WijkId, decimal Waarde)>(
                "SELECT doelstelling_id, wijk_id, waarde FROM rapportage_realisatie WHERE rapportage_id = @Id", p))
                .ToDictionary(x => (x.DoelstellingId, x.WijkId), x => x.Waarde);
            var jaar = (int)p.Get<object>("Jaar");
            return [.. doelen.Select(d => new Doel(d.Id, d.Naam, d.IndicatorNaam, d.IndicatorEenheid, d.HogerIsBeter, Streefwaarde(streef[d.Id], jaar),
                [.. wijken.Select(w => (long?)w.Id).Prepend(null).Select(w => new Cel(w,
                    geteld.TryGetValue((d.Id, w), out var g) ? g : null, gerapporteerd.TryGetValue((d.Id, w), out var v) ? v : null))]))];
        }

        private static async Task<IReadOnlyList<Projectbesteding>> BestedingenAsync(System.Data.Common.DbConnection c, RapportageRules.Scope s,
            RapportageRules.Kop r)
        {
            var args = new { r.Id, r.Jaar, r.PartnerId, ids = s.Bestedingsprojecten.ToList() };
            var rijen = await c.QueryAsync<BestedingRow>(
                $"""
                SELECT p.id, p.naam, b.euro AS geteld_euro, b.uren AS geteld_uren, rb.euro, rb.uren
                FROM project p
                LEFT JOIN besteding b ON b.project_id = p.id AND b.partner_id = @PartnerId AND b.jaar = @Jaar
                LEFT JOIN rapportage_besteding rb ON rb.project_id = p.id AND rb.rapportage_id = @Id
                WHERE {c.InList("p.id", "@ids")} ORDER BY p.naam
                """, args);
            // Money is summed as decimal here, not by SQL (which would add the stored text as floating point).
            var begroot = (await c.QueryAsync<(long ProjectId, decimal Euro, decimal Uren)>(
                $"SELECT project_id, euro, uren FROM inzet WHERE partner_id = @PartnerId AND jaar = @Jaar AND {c.InList("project_id", "@ids")}", args))
                .ToLookup(x => x.ProjectId);
            return [.. rijen.Select(x => new Projectbesteding(x.Id, x.Naam, begroot[x.Id].Sum(i => i.Euro), begroot[x.Id].Sum(i => i.Uren),
                x.GeteldEuro, x.GeteldUren, x.Euro, x.Uren))];
        }

        private static decimal? Streefwaarde(IEnumerable<(long, int Jaar, decimal Waarde)> waarden, int jaar)
        {
            var lijst = waarden.OrderBy(x => x.Jaar).ToList();
            var eerder = lijst.LastOrDefault(x => x.Jaar <= jaar);
            if (lijst.Any(x => x.Jaar <= jaar)) return eerder.Waarde;
            return lijst.Count > 0 ? lijst[0].Waarde : null;
        }

        private static async Task<IReadOnlyList<Project>> ProjectenAsync(System.Data.Common.DbConnection c, RapportageRules.Scope s, object args)
        {
            var p = new DynamicParameters(args);
            p.Add("ids", s.Trekkersprojecten.ToList());
            p.Add("mijlpalen", s.Mijlpalen.ToList());
            var projecten = await c.QueryAsync<ProjectRow>(
                $"""
                SELECT p.id, p.naam, js.status AS geteld_status, js.toelichting AS geteld_toelichting, rp.status, rp.toelichting
                FROM project p
                LEFT JOIN project_jaarstatus js ON js.project_id = p.id AND js.jaar = @Jaar
                LEFT JOIN rapportage_projectstatus rp ON rp.project_id = p.id AND rp.rapportage_id = @Id
                WHERE {c.InList("p.id", "@ids")} ORDER BY p.naam
                """, p);
            var mijlpalen = (await c.QueryAsync<MijlpaalRow>(
                $"""
                SELECT m.id, m.project_id, m.titel, m.datum, m.status AS geteld_status, m.nieuwe_datum AS geteld_nieuwe_datum,
                       rm.status, rm.nieuwe_datum
                FROM mijlpaal m LEFT JOIN rapportage_mijlpaal rm ON rm.mijlpaal_id = m.id AND rm.rapportage_id = @Id
                WHERE {c.InList("m.id", "@mijlpalen")} ORDER BY m.datum, m.titel
                """, p)).ToLookup(m => m.ProjectId);
            return [.. projecten.Select(x => new Project(x.Id, x.Naam, x.GeteldStatus, x.GeteldToelichting ?? "", x.Status, x.Toelichting ?? "",
                [.. mijlpalen[x.Id].Select(m => new Mijlpaal(m.Id, m.Titel, m.Datum, m.GeteldStatus, m.GeteldNieuweDatum, m.Status, m.NieuweDatum))]))];
        }
    }

    private sealed class DoelRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string IndicatorNaam { get; init; } = "";
        public string IndicatorEenheid { get; init; } = "";
        public bool HogerIsBeter { get; init; }
    }

    private sealed class BestedingRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public decimal? GeteldEuro { get; init; }
        public decimal? GeteldUren { get; init; }
        public decimal? Euro { get; init; }
        public decimal? Uren { get; init; }
    }

    private sealed class ProjectRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string? GeteldStatus { get; init; }
        public string? GeteldToelichting { get; init; }
        public string? Status { get; init; }
        public string? Toelichting { get; init; }
    }

    private sealed class MijlpaalRow
    {
        public long Id { get; init; }
        public long ProjectId { get; init; }
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public string GeteldStatus { get; init; } = "";
        public DateOnly? GeteldNieuweDatum { get; init; }
        public string? Status { get; init; }
        public DateOnly? NieuweDatum { get; init; }
    }
}
