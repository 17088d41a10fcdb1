using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// Per doelstelling, in plan order, which partner reports its realisatie in the yearly round and why: chosen by the
/// facilitator, the trekker of its projects, or nobody (no project serves it, or projects of several trekkers do, and nobody
/// was chosen): then the facilitator fills it in. Partners: whom the facilitator can choose.
/// </summary>
public static class ListRapporteurs
{
    public sealed record Query(long ProgrammaId) : IRequest<Overzicht>, IProgrammaScoped;

    public sealed record Overzicht(IReadOnlyList<Regel> Doelstellingen, IReadOnlyList<Partner> Partners)
    {
        public IReadOnlyList<Regel> Niemand => [.. Doelstellingen.Where(d => d.PartnerId is null)];
    }

    /// <summary>Trekkers: the names of the trekkers of its projects, by name.</summary>
    public sealed record Regel(long DoelstellingId, string Naam, string Speerpunt, long? PartnerId, string? PartnerNaam, bool Gekozen,
        IReadOnlyList<string> Trekkers, int Version)
    {
        /// <summary>Why this partner or nobody, as the round page says it.</summary>
        public string Reden => (PartnerId, Gekozen, Trekkers.Count) switch
        {
            (not null, true, _) => "gekozen door de facilitator",
            (not null, false, _) => "trekker van de projecten die eraan bijdragen",
            (null, _, 0) => "geen project draagt eraan bij",
            _ => $"projecten van {Opsomming(Trekkers)} dragen eraan bij; kies wie rapporteert",
        };

        private static string Opsomming(IReadOnlyList<string> namen) => namen.Count < 2 ? string.Join("", namen)
            : string.Join(", ", namen.Take(namen.Count - 1)) + " en " + namen[^1];
    }

    public sealed record Partner(long Id, string Naam);

    public sealed class Handler(Db db) : IRequestHandler<Query, Overzicht>
    {
        public async Task<Overzicht> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId);
            var partners = (await c.QueryAsync<Partner>("SELECT id, naam FROM partner WHERE programma_id = @ProgrammaId ORDER BY naam", query)).ToList();
            var namen = partners.ToDictionary(p => p.Id, p => p.Naam);
            var rapporteurs = (await RapportageRules.RapporteursAsync(c, query.ProgrammaId)).ToDictionary(r => r.DoelstellingId);
            var doelen = await c.QueryAsync<(long Id, string Naam, string Speerpunt, int Version)>(
                """
                SELECT d.id, d.naam, s.naam, d.version FROM doelstelling d JOIN speerpunt s ON s.id = d.speerpunt_id
                WHERE d.programma_id = @ProgrammaId ORDER BY s.volgorde, d.naam
                """, query);
            return new Overzicht([.. doelen.Select(d =>
            {
                var r = rapporteurs[d.Id];
                return new Regel(d.Id, d.Naam, d.Speerpunt, r.PartnerId, r.PartnerId is { } p ? namen[p] : null, r.Gekozen,
                    [.. r.Trekkers.Select(t => namen[t]).Order(StringComparer.Create(Opmaak.Nl, false))], d.Version);
            })], partners);
        }
    }
}
