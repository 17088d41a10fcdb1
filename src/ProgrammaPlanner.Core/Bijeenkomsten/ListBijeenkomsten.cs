using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>The programma's sessions, newest first, with how much came in and what is still open.</summary>
public static class ListBijeenkomsten
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<Item>>, IProgrammaScoped;

    public sealed record Item
    {
        public long Id { get; init; }
        public string Soort { get; init; } = "";
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public string Begintijd { get; init; } = "";
        public string Eindtijd { get; init; } = "";
        public string Locatie { get; init; } = "";
        public bool InvoerOpen { get; init; }
        public int AantalBijdragen { get; init; }
        public int AantalOpenActiepunten { get; init; }
        public int Version { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return (await c.QueryAsync<Item>(
                $"""
                SELECT b.id, b.soort, b.titel, b.datum, b.begintijd, b.eindtijd, b.locatie, b.invoer_open, b.version,
                    (SELECT COUNT(*) FROM bijdrage d WHERE d.bijeenkomst_id = b.id AND d.samengevoegd_in_id IS NULL) AS aantal_bijdragen,
                    (SELECT COUNT(*) FROM actiepunt a WHERE a.bijeenkomst_id = b.id AND {c.InList("a.status", "@Lopend")}) AS aantal_open_actiepunten
                FROM bijeenkomst b WHERE b.programma_id = @ProgrammaId
                ORDER BY b.datum DESC, b.begintijd DESC, b.id DESC
                """, new { query.ProgrammaId, ActiepuntStatus.Lopend })).ToList();
        }
    }
}
