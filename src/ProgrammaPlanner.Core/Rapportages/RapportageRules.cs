using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// What the rapportage slices share: finding a rapportage with its round, who may fill it in (a member linked to its
/// partner, or a facilitator on the partner's behalf), what the partner must report in the round's year, and the steps.
/// </summary>
public static class RapportageRules
{
    /// <summary>A rapportage with its round and partner, as the commands check it.</summary>
    public sealed class Kop
    {
        public long Id { get; init; }
        public long RondeId { get; init; }
        public int Jaar { get; init; }
        public DateOnly Uiterlijk { get; init; }
        public string? GeslotenOp { get; init; }
        public long PartnerId { get; init; }
        public string PartnerNaam { get; init; } = "";
        public string Status { get; init; } = "";
        public int Version { get; init; }
        public bool RondeOpen => GeslotenOp is null;
    }

    /// <summary>The caller's relation to a partner's rapportage: a facilitator, a member linked to the partner, or both.</summary>
    public sealed record Betrokkenheid(bool IsFacilitator, bool IsPartner)
    {
        public bool MagInvullen => IsFacilitator || IsPartner;
        /// <summary>A facilitator who is not linked to the partner fills in on the partner's behalf.</summary>
        public bool Namens => IsFacilitator && !IsPartner;
    }

    /// <summary>What partner P reports in year J, as ids: the figures a save may carry.</summary>
    public sealed record Scope(HashSet<long> Doelstellingen, HashSet<long> Bestedingsprojecten, HashSet<long> Trekkersprojecten,
        HashSet<long> Mijlpalen, HashSet<long> Wijken);

    public static async Task<Kop> FindAsync(DbConnection c, long programmaId, long rapportageId, DbTransaction? tx = null) =>
        await c.QuerySingleOrDefaultAsync<Kop>(
            """
            SELECT r.id, r.ronde_id, ro.jaar, ro.uiterlijk, ro.gesloten_op, r.partner_id, pa.naam AS partner_naam, r.status, r.version
            FROM rapportage r JOIN rapportageronde ro ON ro.id = r.ronde_id JOIN partner pa ON pa.id = r.partner_id
            WHERE r.id = @rapportageId AND ro.programma_id = @programmaId
            """, new { programmaId, rapportageId }, tx)
        ?? throw new NotFoundException("Deze rapportage bestaat niet (meer).");

    /// <summary>The partners the caller is linked to in this programma (any role); the system is linked to none.</summary>
    public static async Task<IReadOnlyList<long>> MijnPartnersAsync(DbConnection c, ICurrentUser user, long programmaId, DbTransaction? tx = null) =>
        user.GebruikerId is null
            ? []
            : [.. await c.QueryAsync<long>("SELECT partner_id FROM partner_lid WHERE gebruiker_id = @GebruikerId AND programma_id = @programmaId",
                new { user.GebruikerId, programmaId }, tx)];

    public static async Task<Betrokkenheid> BetrokkenheidAsync(DbConnection c, ICurrentUser user, long programmaId, long partnerId,
        DbTransaction? tx = null) =>
        new(await Bevoegdheid.IsFacilitatorAsync(c, user, programmaId, tx), (await MijnPartnersAsync(c, user, programmaId, tx)).Contains(partnerId));

    /// <summary>
    /// Refuses, with a Dutch reason, unless the caller may fill in this rapportage now: linked to its partner or a facilitator,
    /// the command names the rapportage's own partner, the round is open and the rapportage is open or teruggestuurd.
    /// </summary>
    public static async Task<Betrokkenheid> EisInvullenAsync(DbConnection c, DbTransaction tx, ICurrentUser user, long programmaId,
        Kop r, long partnerId)
    {
        var b = await BetrokkenheidAsync(c, user, programmaId, r.PartnerId, tx);
        if (!b.MagInvullen)
            throw new RefusedException($"Alleen een medewerker van {r.PartnerNaam} of een facilitator kan de rapportage van {r.PartnerNaam} invullen.");
        if (partnerId != r.PartnerId)
            throw new RefusedException($"Deze rapportage is van {r.PartnerNaam}; u kunt hier niet voor een andere partner rapporteren.");
        if (!r.RondeOpen)
            throw new RefusedException($"De rapportageronde over {r.Jaar} is gesloten; er kan niets meer worden ingevuld of ingediend.");
        if (r.Status is not (RapportageStatus.Open or RapportageStatus.Teruggestuurd))
            throw new RefusedException($"De rapportage van {r.PartnerNaam} over {r.Jaar} is {r.Status} en kan niet meer worden gewijzigd.");
        return b;
    }

    public static async Task<Scope> ScopeAsync(DbConnection c, long programmaId, long partnerId, int jaar, DbTransaction? tx = null)
    {
        var args = new { programmaId, partnerId, van = new DateOnly(jaar, 1, 1), tot = new DateOnly(jaar, 12, 31) };
        var doelen = (await RapporteursAsync(c, programmaId, tx)).Where(x => x.PartnerId == partnerId).Select(x => x.DoelstellingId);
        var besteding = await c.QueryAsync<long>(
            """
            SELECT p.id FROM project p
            WHERE p.programma_id = @programmaId AND (p.trekker_partner_id = @partnerId
               OR EXISTS (SELECT 1 FROM project_partner pp WHERE pp.project_id = p.id AND pp.partner_id = @partnerId)
               OR EXISTS (SELECT 1 FROM inzet i WHERE i.project_id = p.id AND i.partner_id = @partnerId))
            """, args, tx);
        var trekker = await c.QueryAsync<long>(
            "SELECT id FROM project WHERE programma_id = @programmaId AND trekker_partner_id = @partnerId", args, tx);
        var mijlpalen = await c.QueryAsync<long>(
            """
            SELECT m.id FROM mijlpaal m JOIN project p ON p.id = m.project_id
            WHERE p.programma_id = @programmaId AND p.trekker_partner_id = @partnerId AND m.datum >= @van AND m.datum <= @tot
            """, args, tx);
        var wijken = await c.QueryAsync<long>("SELECT id FROM wijk WHERE programma_id = @programmaId", args, tx);
        return new([.. doelen], [.. besteding], [.. trekker], [.. mijlpalen], [.. wijken]);
    }

    /// <summary>
    /// Who reports a doelstelling's realisatie. PartnerId: the partner the facilitator chose (Gekozen); without a choice the
    /// trekker of the projects that serve it when they all have that one trekker; else null: nobody, the facilitator fills it in.
    /// Trekkers: the distinct trekkers of its projects, so the round page can say why nobody reports it.
    /// </summary>
    public sealed record Rapporteur(long DoelstellingId, long? PartnerId, bool Gekozen, IReadOnlyList<long> Trekkers);

    public static async Task<IReadOnlyList<Rapporteur>> RapporteursAsync(DbConnection c, long programmaId, DbTransaction? tx = null)
    {
        var doelen = await c.QueryAsync<(long Id, long? Gekozen)>(
            "SELECT id, rapporteur_partner_id FROM doelstelling WHERE programma_id = @programmaId", new { programmaId }, tx);
        var trekkers = (await c.QueryAsync<(long DoelstellingId, long PartnerId)>(
            """
            SELECT DISTINCT pd.doelstelling_id, p.trekker_partner_id FROM project_doelstelling pd JOIN project p ON p.id = pd.project_id
            WHERE p.programma_id = @programmaId
            """, new { programmaId }, tx)).ToLookup(x => x.DoelstellingId, x => x.PartnerId);
        return [.. doelen.Select(d =>
        {
            var t = trekkers[d.Id].Order().ToList();
            return new Rapporteur(d.Id, d.Gekozen ?? (t.Count == 1 ? t[0] : null), d.Gekozen is not null, t);
        })];
    }

    /// <summary>
    /// The figures of this rapportage that would replace a different figure of another partner's accepted rapportage in the
    /// same round (two partners reported the same doelstelling, e.g. because the facilitator changed who reports it), each as
    /// a Dutch sentence. Accepting such a rapportage asks first.
    /// </summary>
    public static async Task<IReadOnlyList<string>> BotsingenAsync(DbConnection c, Kop r, DbTransaction? tx = null)
    {
        var rijen = await c.QueryAsync<Botsing>(
            """
            SELECT d.naam AS doelstelling, w.naam AS wijk, pa.naam AS partner, ander.waarde AS geaccepteerd, eigen.waarde AS nieuw
            FROM rapportage_realisatie eigen
            JOIN rapportage r ON r.ronde_id = @RondeId AND r.id <> @Id AND r.status = @geaccepteerd
            JOIN rapportage_realisatie ander ON ander.rapportage_id = r.id AND ander.doelstelling_id = eigen.doelstelling_id
                 AND (ander.wijk_id = eigen.wijk_id OR (ander.wijk_id IS NULL AND eigen.wijk_id IS NULL))
            JOIN doelstelling d ON d.id = eigen.doelstelling_id JOIN partner pa ON pa.id = r.partner_id
            LEFT JOIN wijk w ON w.id = eigen.wijk_id
            WHERE eigen.rapportage_id = @Id
            ORDER BY d.naam, w.naam
            """, new { r.RondeId, r.Id, geaccepteerd = RapportageStatus.Geaccepteerd }, tx);
        return [.. rijen.Where(x => x.Geaccepteerd != x.Nieuw).Select(x =>
            $"{x.Partner} rapporteerde voor ‘{x.Doelstelling}’{(x.Wijk is null ? "" : $" in {x.Wijk}")} over {r.Jaar} al " +
            $"{Opmaak.Getal(x.Geaccepteerd)} (geaccepteerd); {r.PartnerNaam} rapporteert {Opmaak.Getal(x.Nieuw)}.")];
    }

    private sealed class Botsing
    {
        public string Doelstelling { get; init; } = "";
        public string? Wijk { get; init; }
        public string Partner { get; init; } = "";
        public decimal Geaccepteerd { get; init; }
        public decimal Nieuw { get; init; }
    }

    /// <summary>Who took a step, as the history shows it: a facilitator acting for the partner says so.</summary>
    public static string Door(ICurrentUser user, Betrokkenheid b, string partnerNaam) =>
        b.Namens ? $"{user.Naam} (facilitator, namens {partnerNaam})" : user.Naam;

    public static Task StapAsync(DbConnection c, DbTransaction tx, long rapportageId, string stap, string reden, string door, string op) =>
        c.ExecuteAsync(
            "INSERT INTO rapportage_stap (rapportage_id, stap, reden, door, op) VALUES (@rapportageId, @stap, @reden, @door, @op)",
            new { rapportageId, stap, reden, door, op }, tx);

    /// <summary>Optimistic concurrency on the rapportage, then its new status.</summary>
    public static async Task<int> SetStatusAsync(DbConnection c, DbTransaction tx, long programmaId, Kop r, int version, string status)
    {
        var nieuw = await Versioned.BumpVersionAsync(c, tx, Tables.Rapportage, r.Id, programmaId, version, "De rapportage");
        await c.ExecuteAsync("UPDATE rapportage SET status = @status WHERE id = @Id", new { status, r.Id }, tx);
        return nieuw;
    }

    /// <summary>Refuses a facilitator's step on a rapportage that is not ingediend.</summary>
    public static void EisIngediend(Kop r, string actie)
    {
        if (r.Status != RapportageStatus.Ingediend)
            throw new RefusedException($"Alleen een ingediende rapportage kan worden {actie}; die van {r.PartnerNaam} over {r.Jaar} is {r.Status}.");
    }

    /// <summary>Not ingediend or geaccepteerd after the deadline.</summary>
    public static bool TeLaat(string status, DateOnly uiterlijk, DateOnly vandaag) =>
        status is not (RapportageStatus.Ingediend or RapportageStatus.Geaccepteerd) && vandaag > uiterlijk;
}
