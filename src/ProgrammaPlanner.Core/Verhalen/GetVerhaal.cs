using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verhalen;

/// <summary>One story with its tags and opgaven and, when a facilitator made it of a card, the bijdrage and session it came from.</summary>
public static class GetVerhaal
{
    public sealed record Query(long ProgrammaId, long VerhaalId) : IRequest<Verhaal>, IProgrammaScoped;

    public sealed record Verhaal
    {
        public ListVerhalen.Item Item { get; init; } = new();
        public IReadOnlyList<Herkomst> Herkomst { get; init; } = [];
    }

    /// <summary>A bijdrage this story was made of, in its session.</summary>
    public sealed record Herkomst
    {
        public long BijdrageId { get; init; }
        public long BijeenkomstId { get; init; }
        public string Bijeenkomst { get; init; } = "";
        public DateOnly Datum { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Verhaal>
    {
        public async Task<Verhaal> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var item = await c.QuerySingleOrDefaultAsync<ListVerhalen.Item>(
                """
                SELECT v.id, v.titel, v.tekst, v.verteller, v.verbondsgroep_id, g.naam AS verbondsgroep, v.opgetekend_op, v.version
                FROM verhaal v LEFT JOIN verbondsgroep g ON g.id = v.verbondsgroep_id
                WHERE v.id = @VerhaalId AND v.programma_id = @ProgrammaId
                """, query) ?? throw new NotFoundException("Het verhaal bestaat niet (meer).");
            var (tags, opgaven) = await VerhaalRules.LinksAsync(c, [item.Id]);
            var herkomst = await c.QueryAsync<Herkomst>(
                """
                SELECT b.id AS bijdrage_id, s.id AS bijeenkomst_id, s.titel AS bijeenkomst, s.datum
                FROM bijdrage_verhaal bv JOIN bijdrage b ON b.id = bv.bijdrage_id JOIN bijeenkomst s ON s.id = b.bijeenkomst_id
                WHERE bv.verhaal_id = @VerhaalId AND b.programma_id = @ProgrammaId ORDER BY b.id
                """, query);
            return new Verhaal
            {
                Item = item with { Bestaanszekerheden = tags[item.Id].ToList(), Opgaven = opgaven[item.Id].ToList() },
                Herkomst = herkomst.ToList(),
            };
        }
    }
}
