using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>
/// One inquiry with the stories that inform it (with a short excerpt for the page and the whole text for the findings
/// document) and the session bijdragen it was made from.
/// </summary>
public static class GetOntwikkelopgave
{
    public sealed record Query(long ProgrammaId, long OntwikkelopgaveId) : IRequest<Ontwikkelopgave>, IProgrammaScoped;

    public sealed record Ontwikkelopgave
    {
        public long Id { get; init; }
        public string Programma { get; init; } = "";
        public string Titel { get; init; } = "";
        public string Vraag { get; init; } = "";
        public string Terrein { get; init; } = "";
        public long? VerbondsgroepId { get; init; }
        public string? Verbondsgroep { get; init; }
        public string Bevindingen { get; init; } = "";
        public string Aanbeveling { get; init; } = "";
        public string Status { get; init; } = "";
        public int Version { get; init; }
        public IReadOnlyList<Verhaal> Verhalen { get; init; } = [];
        public IReadOnlyList<Herkomst> Herkomst { get; init; } = [];
    }

    public sealed record Verhaal
    {
        public long Id { get; init; }
        public string Titel { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Verteller { get; init; } = "";
        public DateOnly OpgetekendOp { get; init; }
        public IReadOnlyList<string> Bestaanszekerheden { get; init; } = [];

        /// <summary>The start of the story, cut at a word, for a list.</summary>
        public string Fragment => Kort(Tekst, 160);
    }

    /// <summary>A session bijdrage the inquiry was made from (or linked to).</summary>
    public sealed record Herkomst
    {
        public long BijdrageId { get; init; }
        public string Tekst { get; init; } = "";
        public long BijeenkomstId { get; init; }
        public string Bijeenkomst { get; init; } = "";
        public DateOnly Datum { get; init; }
    }

    public static string Kort(string tekst, int max)
    {
        var t = string.Join(' ', tekst.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length <= max) return t;
        var knip = t.LastIndexOf(' ', max);
        return t[..(knip > max / 2 ? knip : max)] + " …";
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Ontwikkelopgave>
    {
        public async Task<Ontwikkelopgave> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var o = await c.QuerySingleOrDefaultAsync<Ontwikkelopgave>(
                """
                SELECT o.id, p.naam AS programma, o.titel, o.vraag, o.terrein, o.verbondsgroep_id, g.naam AS verbondsgroep, o.bevindingen,
                       o.aanbeveling, o.status, o.version
                FROM ontwikkelopgave o JOIN programma p ON p.id = o.programma_id LEFT JOIN verbondsgroep g ON g.id = o.verbondsgroep_id
                WHERE o.id = @OntwikkelopgaveId AND o.programma_id = @ProgrammaId
                """, query) ?? throw new NotFoundException($"{OntwikkelopgaveRules.Wat} bestaat niet (meer).");

            var verhalen = (await c.QueryAsync<Verhaal>(
                """
                SELECT v.id, v.titel, v.tekst, v.verteller, v.opgetekend_op
                FROM verhaal v JOIN verhaal_ontwikkelopgave vo ON vo.verhaal_id = v.id
                WHERE vo.ontwikkelopgave_id = @OntwikkelopgaveId AND v.programma_id = @ProgrammaId ORDER BY v.opgetekend_op, v.id
                """, query)).ToList();
            var zekerheden = (await c.QueryAsync<(long VerhaalId, string Bestaanszekerheid)>(
                """
                SELECT vb.verhaal_id, vb.bestaanszekerheid FROM verhaal_bestaanszekerheid vb
                JOIN verhaal_ontwikkelopgave vo ON vo.verhaal_id = vb.verhaal_id
                WHERE vo.ontwikkelopgave_id = @OntwikkelopgaveId ORDER BY vb.bestaanszekerheid
                """, query)).ToLookup(z => z.VerhaalId, z => z.Bestaanszekerheid);

            var herkomst = await c.QueryAsync<Herkomst>(
                """
                SELECT b.id AS bijdrage_id, b.tekst, k.id AS bijeenkomst_id, k.titel AS bijeenkomst, k.datum
                FROM bijdrage_ontwikkelopgave bo JOIN bijdrage b ON b.id = bo.bijdrage_id JOIN bijeenkomst k ON k.id = b.bijeenkomst_id
                WHERE bo.ontwikkelopgave_id = @OntwikkelopgaveId AND b.programma_id = @ProgrammaId ORDER BY k.datum, b.id
                """, query);

            return o with
            {
                Verhalen = [.. verhalen.Select(v => v with { Bestaanszekerheden = [.. zekerheden[v.Id]] })],
                Herkomst = [.. herkomst],
            };
        }
    }
}
