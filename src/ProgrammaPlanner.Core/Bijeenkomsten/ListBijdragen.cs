using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// The bijdragen of one session, oldest first, with partner, status, what each became and the votes of the latest
/// round: the wall and the session overview. Merged-away bijdragen are included (SamengevoegdInId set).
/// </summary>
public static class ListBijdragen
{
    public sealed record Query(long ProgrammaId, long BijeenkomstId) : IRequest<IReadOnlyList<Bijdrage>>, IProgrammaScoped;

    public sealed record Bijdrage
    {
        public long Id { get; init; }
        public string Soort { get; init; } = "";
        public string Tekst { get; init; } = "";
        /// <summary>Null: a resident or informal partner (<see cref="Namens"/>).</summary>
        public long? PartnerId { get; init; }

        /// <summary>Who it is from: the partner's name, else the "namens" text, else "Bewoner".</summary>
        public string Partner { get; init; } = "";
        public string Naam { get; init; } = "";
        public string Namens { get; init; } = "";

        /// <summary>The facilitator who typed it in for someone; empty when sent from a phone.</summary>
        public string IngevoerdDoor { get; init; } = "";
        public string Cluster { get; init; } = "";
        public string? NietOvergenomen { get; init; }
        public long? SamengevoegdInId { get; init; }
        public string IngediendOp { get; init; } = "";
        public int Version { get; init; }
        public int Stemmen { get; init; }
        public IReadOnlyList<Element> Elementen { get; init; } = [];
        /// <summary>Kept off the public inbreng page, with this reason (<see cref="HideBijdrage"/>); null: shown there.</summary>
        public string? VerborgenReden { get; init; }

        public string Status => NietOvergenomen is not null ? BijdrageStatus.NietOvergenomen
            : Elementen.Count > 0 ? BijdrageStatus.Overgenomen : BijdrageStatus.Open;
    }

    /// <summary>What a bijdrage became: soort ("speerpunt", "doelstelling", "project"), id and name.</summary>
    public sealed record Element
    {
        public long BijdrageId { get; init; }
        public string Soort { get; init; } = "";
        public long Id { get; init; }
        public string Naam { get; init; } = "";
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Bijdrage>>
    {
        public async Task<IReadOnlyList<Bijdrage>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            return await LoadAsync(c, tx, query.ProgrammaId, query.BijeenkomstId);
        }
    }

    /// <summary>The bijdragen inside the caller's transaction; checks no rights (the caller's request did).</summary>
    public static async Task<IReadOnlyList<Bijdrage>> LoadAsync(DbConnection c, DbTransaction? tx, long programmaId, long bijeenkomstId)
    {
        var query = new Query(programmaId, bijeenkomstId);
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId", query, tx) == 0)
            throw new NotFoundException("De bijeenkomst bestaat niet (meer).");
        await using var grid = await c.QueryMultipleAsync(
            $"""
            SELECT b.id, b.soort, b.tekst, b.partner_id, {BijdrageRules.Afzender()} AS partner, b.naam, b.namens,
                   b.cluster, b.niet_overgenomen, b.samengevoegd_in_id, b.ingediend_op, b.ingevoerd_door, b.version, b.verborgen_reden,
                   COALESCE(st.stemmen, 0) AS stemmen
            FROM bijdrage b LEFT JOIN partner p ON p.id = b.partner_id
            -- the votes of the latest round counted in one pass, not once per card: the wall reloads this on every change
            LEFT JOIN (SELECT s.bijdrage_id, COUNT(*) AS stemmen FROM stem s
                       WHERE s.stemronde_id = (SELECT MAX(r.id) FROM stemronde r WHERE r.bijeenkomst_id = @BijeenkomstId)
                       GROUP BY s.bijdrage_id) st ON st.bijdrage_id = b.id
            WHERE b.bijeenkomst_id = @BijeenkomstId AND b.programma_id = @ProgrammaId ORDER BY b.id;
            {ElementSoort.ElementenSql("b.bijeenkomst_id = @BijeenkomstId AND b.programma_id = @ProgrammaId")};
            """, query, tx);
        var bijdragen = (await grid.ReadAsync<Bijdrage>()).ToList();
        var elementen = (await grid.ReadAsync<Element>()).ToLookup(e => e.BijdrageId);
        return bijdragen.Select(b => b with { Elementen = elementen[b.Id].OrderBy(e => e.Soort).ThenBy(e => e.Naam).ToList() }).ToList();
    }
}
