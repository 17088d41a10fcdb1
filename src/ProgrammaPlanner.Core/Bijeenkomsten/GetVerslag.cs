using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Everything the session overview and the printed verslag show: the session, who was there, every bijdrage with its
/// partner and what it became, the vote results per round, besluiten and actiepunten.
/// </summary>
public static class GetVerslag
{
    public sealed record Query(long ProgrammaId, long BijeenkomstId) : IRequest<Verslag>, IProgrammaScoped;

    public sealed record Verslag
    {
        public string Programma { get; init; } = "";
        public GetBijeenkomst.Bijeenkomst Bijeenkomst { get; init; } = new();
        public IReadOnlyList<string> Uitgenodigd { get; init; } = [];
        public IReadOnlyList<string> Aanwezig { get; init; } = [];
        public IReadOnlyList<Deelnemer> Deelnemers { get; init; } = [];
        public IReadOnlyList<ListBijdragen.Bijdrage> Bijdragen { get; init; } = [];
        public IReadOnlyList<Ronde> Stemrondes { get; init; } = [];
        public GetBeslisuitslag.Uitslag Beslisuitslag { get; init; } = new();

        /// <summary>The bijdragen still standing on their own (merged ones are shown under the one they joined).</summary>
        public IEnumerable<ListBijdragen.Bijdrage> Zelfstandig => Bijdragen.Where(b => b.SamengevoegdInId is null);
        public IEnumerable<ListBijdragen.Bijdrage> SamengevoegdIn(long id) => Bijdragen.Where(b => b.SamengevoegdInId == id);
    }

    public sealed record Deelnemer
    {
        public string Partner { get; init; } = "";
        public string Naam { get; init; } = "";
    }

    public sealed record Ronde
    {
        public long Id { get; init; }
        public int Nummer { get; init; }
        public int StemmenPerDeelnemer { get; init; }
        public bool Open { get; init; }
        public int Stemmers { get; init; }
        public IReadOnlyList<Uitslag> Uitslag { get; init; } = [];
    }

    public sealed record Uitslag
    {
        public long RondeId { get; init; }
        public long BijdrageId { get; init; }
        public int Stemmen { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Verslag>
    {
        public async Task<Verslag> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct); // session, bijdragen and votes from one moment
            var bijeenkomst = await GetBijeenkomst.LoadAsync(c, tx, query.ProgrammaId, query.BijeenkomstId);
            var bijdragen = await ListBijdragen.LoadAsync(c, tx, query.ProgrammaId, query.BijeenkomstId);
            await using var grid = await c.QueryMultipleAsync(
                $"""
                SELECT naam FROM programma WHERE id = @ProgrammaId;
                SELECT p.naam, bp.uitgenodigd, bp.aanwezig FROM bijeenkomst_partner bp JOIN partner p ON p.id = bp.partner_id
                WHERE bp.bijeenkomst_id = @BijeenkomstId AND p.programma_id = @ProgrammaId ORDER BY p.naam;
                SELECT {BijdrageRules.Afzender(rij: "d")} AS partner, d.naam FROM deelnemer d LEFT JOIN partner p ON p.id = d.partner_id
                WHERE d.bijeenkomst_id = @BijeenkomstId AND d.programma_id = @ProgrammaId ORDER BY 1, d.naam;
                SELECT r.id, r.nummer, r.stemmen_per_deelnemer, r.open,
                       (SELECT COUNT(DISTINCT s.deelnemer_id) FROM stem s WHERE s.stemronde_id = r.id) AS stemmers
                FROM stemronde r WHERE r.bijeenkomst_id = @BijeenkomstId AND r.programma_id = @ProgrammaId ORDER BY r.nummer;
                SELECT s.stemronde_id AS ronde_id, s.bijdrage_id, COUNT(*) AS stemmen FROM stem s JOIN stemronde r ON r.id = s.stemronde_id
                WHERE r.bijeenkomst_id = @BijeenkomstId AND r.programma_id = @ProgrammaId GROUP BY s.stemronde_id, s.bijdrage_id;
                """, query, tx);
            var programma = await grid.ReadSingleAsync<string>();
            var partners = (await grid.ReadAsync<(string Naam, long Uitgenodigd, long Aanwezig)>()).ToList();
            var deelnemers = (await grid.ReadAsync<Deelnemer>()).ToList();
            var rondes = (await grid.ReadAsync<Ronde>()).ToList();
            var uitslag = (await grid.ReadAsync<Uitslag>()).ToLookup(u => u.RondeId);
            var beslisuitslag = await GetBeslisuitslag.LoadAsync(c, tx, query.ProgrammaId, query.BijeenkomstId);
            return new Verslag
            {
                Programma = programma,
                Bijeenkomst = bijeenkomst,
                Uitgenodigd = partners.Where(p => p.Uitgenodigd != 0).Select(p => p.Naam).ToList(),
                Aanwezig = partners.Where(p => p.Aanwezig != 0).Select(p => p.Naam).ToList(),
                Deelnemers = deelnemers,
                Bijdragen = bijdragen,
                Beslisuitslag = beslisuitslag,
                Stemrondes = rondes.Select(r => r with
                {
                    Uitslag = uitslag[r.Id].OrderByDescending(u => u.Stemmen).ThenBy(u => u.BijdrageId).ToList(),
                }).ToList(),
            };
        }
    }
}
