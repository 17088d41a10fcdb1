using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>The programma's inquiries in the order they were made, with their group and how many stories inform each.</summary>
public static class ListOntwikkelopgaven
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<Item>>, IProgrammaScoped;

    public sealed record Item
    {
        public long Id { get; init; }
        public string Titel { get; init; } = "";
        public string Vraag { get; init; } = "";
        public string Terrein { get; init; } = "";
        public string Status { get; init; } = "";
        public long? VerbondsgroepId { get; init; }
        public string? Verbondsgroep { get; init; }
        public int AantalVerhalen { get; init; }
        public int Version { get; init; }

        /// <summary>The question as plain text (its markup read, not shown), cut short for a table cell.</summary>
        public string VraagKort => GetOntwikkelopgave.Kort(string.Join(" ", Opmaaktekst.Lees(Vraag).SelectMany(b => b.Regels)
            .Select(r => string.Concat(r.Select(s => s.Tekst)))), 120);
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return (await c.QueryAsync<Item>(
                """
                SELECT o.id, o.titel, o.vraag, o.terrein, o.status, o.verbondsgroep_id, g.naam AS verbondsgroep, o.version,
                       (SELECT COUNT(*) FROM verhaal_ontwikkelopgave vo WHERE vo.ontwikkelopgave_id = o.id) AS aantal_verhalen
                FROM ontwikkelopgave o LEFT JOIN verbondsgroep g ON g.id = o.verbondsgroep_id
                WHERE o.programma_id = @ProgrammaId ORDER BY o.volgorde, o.id
                """, query)).ToList();
        }
    }
}
