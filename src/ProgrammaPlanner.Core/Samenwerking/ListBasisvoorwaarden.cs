using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>The programma's basisvoorwaarden in their numbered order.</summary>
public static class ListBasisvoorwaarden
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<BasisvoorwaardeItem>>, IProgrammaScoped;

    public sealed record BasisvoorwaardeItem
    {
        public long Id { get; init; }
        public int Volgorde { get; init; }
        public string Tekst { get; init; } = "";
        public int Version { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<BasisvoorwaardeItem>>
    {
        public async Task<IReadOnlyList<BasisvoorwaardeItem>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.QueryAsync<BasisvoorwaardeItem>(
                "SELECT id, volgorde, tekst, version FROM basisvoorwaarde WHERE programma_id = @ProgrammaId ORDER BY volgorde, id", query);
            return rows.ToList();
        }
    }
}
