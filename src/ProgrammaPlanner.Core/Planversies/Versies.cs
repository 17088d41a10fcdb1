using System.Data.Common;
using Dapper;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>A frozen version's decision state (without its snapshot), as the timeline and the version page show it.</summary>
public sealed record Versie
{
    public int Nummer { get; init; }
    public string Status { get; init; } = "";
    public string Toelichting { get; init; } = "";
    public DateTimeOffset VastgelegdOp { get; init; }
    public string VastgelegdDoor { get; init; } = "";
    /// <summary>Date of the deciding approval (vastgesteld) or rejection (afgewezen).</summary>
    public DateOnly? BeslotenOp { get; init; }
    public int? VervangenDoor { get; init; }
    public string Hash { get; init; } = "";
    /// <summary>Every partner of the snapshot, in partner order, with its decision if any.</summary>
    public IReadOnlyList<PartnerBesluit> Partners { get; init; } = [];
    /// <summary>The newest vastgesteld version: the plan in force.</summary>
    public bool InWerking { get; init; }

    public int Goedgekeurd => Partners.Count(p => p.Besluit == Planversies.Besluit.Goedgekeurd);
}

public sealed record PartnerBesluit
{
    public long PartnerId { get; init; }
    public string Naam { get; init; } = "";
    public string BestuurderNaam { get; init; } = "";
    /// <summary>goedgekeurd, afgewezen, or null while open.</summary>
    public string? Besluit { get; init; }
    public string? Wijze { get; init; }
    /// <summary>Who decided: the bestuurder's user name, or who signed on paper.</summary>
    public string? Door { get; init; }
    public DateOnly? Datum { get; init; }
    public string? Opmerking { get; init; }
    public string? VastgelegdDoor { get; init; }
    /// <summary>The file name of the scanned signed page kept with a paper approval; null when none.</summary>
    public string? Scan { get; init; }
}

internal static class VersieReader
{
    /// <summary>The versions of a programma (of <paramref name="stuk"/>), newest first; only <paramref name="nummer"/> when given.</summary>
    public static async Task<IReadOnlyList<Versie>> LeesAsync(DbConnection c, Besluitstuk stuk, long programmaId, int? nummer = null,
        DbTransaction? tx = null)
    {
        var p = new { programmaId, nummer, stuk.Jaar, vastgesteld = PlanversieStatus.Vastgesteld };
        var rijen = (await c.QueryAsync<Row>(
            $"""
            SELECT id, nummer, status, toelichting, vastgelegd_op, vastgelegd_door, besloten_op, vervangen_door, hash FROM {stuk.Tabel}
            WHERE programma_id = @programmaId{stuk.JaarFilter()} AND (@nummer IS NULL OR nummer = @nummer) ORDER BY nummer DESC
            """, p, tx)).ToList();
        var partners = (await c.QueryAsync<PartnerRow>(
            $"""
            SELECT vp.{stuk.Sleutel} AS versie_id, vp.partner_id, vp.naam, vp.bestuurder_naam, b.besluit, b.wijze, b.door, b.datum, b.opmerking,
                   b.vastgelegd_door, s.bestandsnaam AS scan
            FROM {stuk.Partners} vp JOIN {stuk.Tabel} v ON v.id = vp.{stuk.Sleutel}
            LEFT JOIN {stuk.Besluiten} b ON b.{stuk.Sleutel} = vp.{stuk.Sleutel} AND b.partner_id = vp.partner_id
            LEFT JOIN {stuk.Scans} s ON s.{stuk.Sleutel} = vp.{stuk.Sleutel} AND s.partner_id = vp.partner_id
            WHERE v.programma_id = @programmaId{stuk.JaarFilter("v")} AND (@nummer IS NULL OR v.nummer = @nummer) ORDER BY vp.volgorde
            """, p, tx)).ToLookup(r => r.VersieId);
        var inWerking = nummer is null
            ? rijen.FirstOrDefault(r => r.Status == PlanversieStatus.Vastgesteld)?.Nummer
            : await c.ExecuteScalarAsync<int?>(
                $"SELECT MAX(nummer) FROM {stuk.Tabel} WHERE programma_id = @programmaId{stuk.JaarFilter()} AND status = @vastgesteld", p, tx);

        return rijen.Select(r => new Versie
        {
            Nummer = r.Nummer, Status = r.Status, Toelichting = r.Toelichting,
            VastgelegdOp = DateTimeOffset.Parse(r.VastgelegdOp, System.Globalization.CultureInfo.InvariantCulture),
            VastgelegdDoor = r.VastgelegdDoor, BeslotenOp = r.BeslotenOp, VervangenDoor = r.VervangenDoor, Hash = r.Hash, InWerking = r.Nummer == inWerking,
            Partners = partners[r.Id].Select(x => new PartnerBesluit
            {
                PartnerId = x.PartnerId, Naam = x.Naam, BestuurderNaam = x.BestuurderNaam, Besluit = x.Besluit, Wijze = x.Wijze,
                Door = x.Door, Datum = x.Datum, Opmerking = x.Opmerking, VastgelegdDoor = x.VastgelegdDoor, Scan = x.Scan,
            }).ToList(),
        }).ToList();
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public int Nummer { get; init; }
        public string Status { get; init; } = "";
        public string Toelichting { get; init; } = "";
        public string VastgelegdOp { get; init; } = "";
        public string VastgelegdDoor { get; init; } = "";
        public DateOnly? BeslotenOp { get; init; }
        public int? VervangenDoor { get; init; }
        public string Hash { get; init; } = "";
    }

    private sealed class PartnerRow
    {
        public long VersieId { get; init; }
        public long PartnerId { get; init; }
        public string Naam { get; init; } = "";
        public string BestuurderNaam { get; init; } = "";
        public string? Besluit { get; init; }
        public string? Wijze { get; init; }
        public string? Door { get; init; }
        public DateOnly? Datum { get; init; }
        public string? Opmerking { get; init; }
        public string? VastgelegdDoor { get; init; }
        public string? Scan { get; init; }
    }
}
