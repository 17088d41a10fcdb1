using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// "Komt voort uit" for one speerpunt, doelstelling or project: the bijdragen linked to it (and those merged into them),
/// with partner and session. Empty when it was made without a session.
/// </summary>
public static class GetHerkomst
{
    public sealed record Query(long ProgrammaId, string ElementSoort, long ElementId) : IRequest<IReadOnlyList<Item>>, IProgrammaScoped;

    public sealed record Item
    {
        public long BijdrageId { get; init; }
        public string Soort { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Naam { get; init; } = "";
        public long? SamengevoegdInId { get; init; }
        public long BijeenkomstId { get; init; }
        public string Bijeenkomst { get; init; } = "";
        public string BijeenkomstSoort { get; init; } = "";
        public DateOnly Datum { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(x => x.ElementSoort).Must(s => Bijeenkomsten.ElementSoort.Alle.Contains(s))
            .WithMessage($"Kies {Bijeenkomsten.ElementSoort.Keuzetekst}.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            var (link, kolom, _) = ElementSoort.Tabellen(query.ElementSoort);
            await using var c = await db.OpenAsync(ct);
            return (await c.QueryAsync<Item>(
                $"""
                SELECT b.id AS bijdrage_id, b.soort, b.tekst, {BijdrageRules.Afzender()} AS partner, b.naam, b.samengevoegd_in_id,
                       k.id AS bijeenkomst_id, k.titel AS bijeenkomst, k.soort AS bijeenkomst_soort, k.datum
                FROM bijdrage b LEFT JOIN partner p ON p.id = b.partner_id JOIN bijeenkomst k ON k.id = b.bijeenkomst_id
                WHERE b.programma_id = @ProgrammaId
                  AND (b.id IN (SELECT bijdrage_id FROM {link} WHERE {kolom} = @ElementId)
                       OR b.samengevoegd_in_id IN (SELECT bijdrage_id FROM {link} WHERE {kolom} = @ElementId))
                ORDER BY k.datum, k.id, COALESCE(b.samengevoegd_in_id, b.id), b.id
                """, query)).ToList();
        }
    }
}
