using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Where the plan came from, for the whole programma: each session with what came in and what became of it, and each
/// speerpunt, doelstelling and project with the bijdragen it came from. The herkomst page and the plan's appendix.
/// </summary>
public static class GetPlanHerkomst
{
    public sealed record Query(long ProgrammaId) : IRequest<PlanHerkomst>, IProgrammaScoped;

    public sealed record PlanHerkomst
    {
        public IReadOnlyList<Sessie> Sessies { get; init; } = [];
        public IReadOnlyList<Element> Elementen { get; init; } = [];
    }

    public sealed record Sessie
    {
        public long Id { get; init; }
        public string Soort { get; init; } = "";
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public int Partners { get; init; }
        public int Bijdragen { get; init; }
        public int Overgenomen { get; init; }
        public int NietOvergenomen { get; init; }
        public int Besluiten { get; init; }
        public int Open => Bijdragen - Overgenomen - NietOvergenomen;
    }

    public sealed record Element
    {
        public string Soort { get; init; } = "";
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public IReadOnlyList<Herkomst> Bijdragen { get; init; } = [];
    }

    public sealed record Herkomst
    {
        public string ElementSoort { get; init; } = "";
        public long ElementId { get; init; }
        public string ElementNaam { get; init; } = "";
        public long BijdrageId { get; init; }
        public string Soort { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Bijeenkomst { get; init; } = "";
        public DateOnly Datum { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, PlanHerkomst>
    {
        public async Task<PlanHerkomst> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            return await LoadAsync(c, tx, query.ProgrammaId);
        }
    }

    /// <summary>The herkomst inside the caller's transaction (a version keeps it with its snapshot); checks no rights.</summary>
    public static async Task<PlanHerkomst> LoadAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, long programmaId)
    {
        var query = new Query(programmaId);
        var linked = "EXISTS (SELECT 1 FROM bijdrage_speerpunt x WHERE x.bijdrage_id = b.id) " +
            "OR EXISTS (SELECT 1 FROM bijdrage_doelstelling x WHERE x.bijdrage_id = b.id) " +
            "OR EXISTS (SELECT 1 FROM bijdrage_project x WHERE x.bijdrage_id = b.id)";
        await using var grid = await c.QueryMultipleAsync(
            $"""
                SELECT k.id, k.soort, k.titel, k.datum,
                    (SELECT COUNT(DISTINCT b.partner_id) FROM bijdrage b WHERE b.bijeenkomst_id = k.id) AS partners,
                    (SELECT COUNT(*) FROM bijdrage b WHERE b.bijeenkomst_id = k.id AND b.samengevoegd_in_id IS NULL) AS bijdragen,
                    (SELECT COUNT(*) FROM bijdrage b WHERE b.bijeenkomst_id = k.id AND b.samengevoegd_in_id IS NULL
                        AND b.niet_overgenomen IS NULL AND ({linked})) AS overgenomen,
                    (SELECT COUNT(*) FROM bijdrage b WHERE b.bijeenkomst_id = k.id AND b.samengevoegd_in_id IS NULL
                        AND b.niet_overgenomen IS NOT NULL) AS niet_overgenomen,
                    (SELECT COUNT(*) FROM besluit s WHERE s.bijeenkomst_id = k.id) AS besluiten
                FROM bijeenkomst k WHERE k.programma_id = @ProgrammaId ORDER BY k.datum, k.id;
                SELECT 'speerpunt' AS element_soort, e.id AS element_id, e.naam AS element_naam, l.bijdrage_id, e.volgorde AS orde
                FROM bijdrage_speerpunt l JOIN speerpunt e ON e.id = l.speerpunt_id WHERE e.programma_id = @ProgrammaId
                UNION ALL SELECT 'doelstelling', e.id, e.naam, l.bijdrage_id, e.id
                FROM bijdrage_doelstelling l JOIN doelstelling e ON e.id = l.doelstelling_id WHERE e.programma_id = @ProgrammaId
                UNION ALL SELECT 'project', e.id, e.naam, l.bijdrage_id, e.id
                FROM bijdrage_project l JOIN project e ON e.id = l.project_id WHERE e.programma_id = @ProgrammaId;
                SELECT b.id, b.samengevoegd_in_id, b.soort, b.tekst, {BijdrageRules.Afzender()} AS partner, k.titel AS bijeenkomst,
                       k.datum
                FROM bijdrage b LEFT JOIN partner p ON p.id = b.partner_id JOIN bijeenkomst k ON k.id = b.bijeenkomst_id
                WHERE b.programma_id = @ProgrammaId;
                """, query, tx);
        var sessies = (await grid.ReadAsync<Sessie>()).ToList();
        var links = (await grid.ReadAsync<(string ElementSoort, long ElementId, string ElementNaam, long BijdrageId, long Orde)>()).ToList();
        var bijdragen = (await grid.ReadAsync<BijdrageRow>()).ToList();
        var samengevoegd = bijdragen.Where(b => b.SamengevoegdInId is not null).ToLookup(b => b.SamengevoegdInId!.Value);
        var perId = bijdragen.ToDictionary(b => b.Id);
        var volgorde = ElementSoort.Alle.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var elementen = links
            .GroupBy(l => (l.ElementSoort, l.ElementId, l.ElementNaam, l.Orde))
            .OrderBy(g => volgorde[g.Key.ElementSoort]).ThenBy(g => g.Key.Orde)
            .Select(g => new Element
            {
                Soort = g.Key.ElementSoort, Id = g.Key.ElementId, Naam = g.Key.ElementNaam,
                Bijdragen = g.SelectMany(l => samengevoegd[l.BijdrageId].Prepend(perId[l.BijdrageId]))
                    .DistinctBy(b => b.Id).OrderBy(b => b.Datum).ThenBy(b => b.Id)
                    .Select(b => new Herkomst
                    {
                        ElementSoort = g.Key.ElementSoort, ElementId = g.Key.ElementId, ElementNaam = g.Key.ElementNaam, BijdrageId = b.Id,
                        Soort = b.Soort, Tekst = b.Tekst, Partner = b.Partner, Bijeenkomst = b.Bijeenkomst, Datum = b.Datum,
                    }).ToList(),
            }).ToList();
        return new PlanHerkomst { Sessies = sessies, Elementen = elementen };
    }

    private sealed record BijdrageRow
    {
        public long Id { get; init; }
        public long? SamengevoegdInId { get; init; }
        public string Soort { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Bijeenkomst { get; init; } = "";
        public DateOnly Datum { get; init; }
    }
}
