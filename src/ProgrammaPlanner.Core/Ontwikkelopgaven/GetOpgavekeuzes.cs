using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>What an inquiry's form offers to choose from: the programma's Verbondsgroepen and its stories, by name.</summary>
public static class GetOpgavekeuzes
{
    public sealed record Query(long ProgrammaId) : IRequest<Keuzes>, IProgrammaScoped;

    public sealed record Keuze
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
    }

    public sealed record Keuzes(IReadOnlyList<Keuze> Groepen, IReadOnlyList<Keuze> Verhalen);

    public sealed class Handler(Db db) : IRequestHandler<Query, Keuzes>
    {
        public async Task<Keuzes> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var groepen = await c.QueryAsync<Keuze>(
                "SELECT id, naam FROM verbondsgroep WHERE programma_id = @ProgrammaId ORDER BY volgorde, naam, id", query);
            var verhalen = await c.QueryAsync<Keuze>(
                "SELECT id, titel AS naam FROM verhaal WHERE programma_id = @ProgrammaId ORDER BY titel, id", query);
            return new([.. groepen], [.. verhalen]);
        }
    }
}
