using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>The dashboard's "te bespreken": every open thread of the programma, oldest first, with the element it is about.</summary>
public static class ListTeBespreken
{
    public sealed record Query(long ProgrammaId) : IRequest<IReadOnlyList<Punt>>, IProgrammaScoped;

    public sealed record Punt
    {
        public long Id { get; init; }
        public string Soort { get; init; } = "";
        public string Onderwerp { get; init; } = "";
        /// <summary>The element's name (a basisvoorwaarde: its text; a written chapter: its title).</summary>
        public string Titel { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string AuteurNaam { get; init; } = "";
        public string GeplaatstOp { get; init; } = "";
        public int Reacties { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Punt>>
    {
        public async Task<IReadOnlyList<Punt>> Handle(Query q, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var punten = await c.QueryAsync<Punt>(
                $"""
                SELECT * FROM (
                    SELECT o.id, o.onderwerp_soort AS soort, o.onderwerp, {Onderwerp.TitelSql} AS titel, o.tekst, o.auteur_naam, o.geplaatst_op,
                           (SELECT COUNT(*) FROM opmerking r WHERE r.ouder_id = o.id) AS reacties
                    FROM opmerking o
                    WHERE o.programma_id = @ProgrammaId AND o.ouder_id IS NULL AND o.opgelost_op IS NULL) AS open_punten
                WHERE titel IS NOT NULL
                ORDER BY geplaatst_op, id
                """, q);
            return [.. punten.Select(p => p with { Titel = Onderwerp.Titel(p.Soort, p.Titel) })];
        }
    }
}
