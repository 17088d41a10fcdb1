using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verhalen;

/// <summary>
/// The programma's stories, newest first, optionally only those of one bestaanszekerheid, Verbondsgroep or ontwikkelopgave;
/// each with its tags and opgaven. With the groups and opgaven of the programma, the choices of the filters and the form.
/// </summary>
public static class ListVerhalen
{
    public sealed record Query(long ProgrammaId, string? Bestaanszekerheid = null, long? VerbondsgroepId = null, long? OntwikkelopgaveId = null)
        : IRequest<Result>, IProgrammaScoped;

    public sealed record Result
    {
        public IReadOnlyList<Item> Verhalen { get; init; } = [];
        /// <summary>All stories of the programma, whatever the filter: the count towards the hundred.</summary>
        public int Totaal { get; init; }
        public IReadOnlyList<Groep> Groepen { get; init; } = [];
        public IReadOnlyList<Opgave> Opgaven { get; init; } = [];
    }

    public sealed record Item
    {
        public long Id { get; init; }
        public string Titel { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Verteller { get; init; } = "";
        public long? VerbondsgroepId { get; init; }
        public string? Verbondsgroep { get; init; }
        public DateOnly OpgetekendOp { get; init; }
        public int Version { get; init; }
        public IReadOnlyList<string> Bestaanszekerheden { get; init; } = [];
        public IReadOnlyList<Opgave> Opgaven { get; init; } = [];
        /// <summary>The session whose card the story was made of, if any (the first, when cards were merged into it).</summary>
        public string? UitBijeenkomst { get; init; }
    }

    public sealed record Groep
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId);
            var rows = (await c.QueryAsync<Item>(
                """
                SELECT v.id, v.titel, v.tekst, v.verteller, v.verbondsgroep_id, g.naam AS verbondsgroep, v.opgetekend_op, v.version,
                       (SELECT s.titel FROM bijdrage_verhaal bv JOIN bijdrage b ON b.id = bv.bijdrage_id JOIN bijeenkomst s ON s.id = b.bijeenkomst_id
                        WHERE bv.verhaal_id = v.id ORDER BY b.id LIMIT 1) AS uit_bijeenkomst
                FROM verhaal v LEFT JOIN verbondsgroep g ON g.id = v.verbondsgroep_id
                WHERE v.programma_id = @ProgrammaId
                  AND (@Bestaanszekerheid IS NULL OR EXISTS (SELECT 1 FROM verhaal_bestaanszekerheid b
                       WHERE b.verhaal_id = v.id AND b.bestaanszekerheid = @Bestaanszekerheid))
                  AND (@VerbondsgroepId IS NULL OR v.verbondsgroep_id = @VerbondsgroepId)
                  AND (@OntwikkelopgaveId IS NULL OR EXISTS (SELECT 1 FROM verhaal_ontwikkelopgave o
                       WHERE o.verhaal_id = v.id AND o.ontwikkelopgave_id = @OntwikkelopgaveId))
                ORDER BY v.opgetekend_op DESC, v.id DESC
                """, query)).ToList();
            var (tags, opgaven) = await VerhaalRules.LinksAsync(c, rows.Select(r => r.Id).ToList());
            return new Result
            {
                Verhalen = rows.Select(r => r with { Bestaanszekerheden = tags[r.Id].ToList(), Opgaven = opgaven[r.Id].ToList() }).ToList(),
                Totaal = await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM verhaal WHERE programma_id = @ProgrammaId", query),
                Groepen = (await c.QueryAsync<Groep>(
                    "SELECT id, naam FROM verbondsgroep WHERE programma_id = @ProgrammaId ORDER BY volgorde, naam, id", query)).ToList(),
                Opgaven = (await c.QueryAsync<Opgave>(
                    "SELECT id, titel FROM ontwikkelopgave WHERE programma_id = @ProgrammaId ORDER BY volgorde, titel, id", query)).ToList(),
            };
        }
    }
}
