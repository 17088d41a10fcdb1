using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>
/// The threads that were open when a plan version was frozen, as they were then (copied at the freeze by
/// <see cref="KeepOpenAsync"/>): they blocked nothing, but the version's page says what was still to be discussed.
/// </summary>
public static class ListVersieOpmerkingen
{
    public sealed record Query(long ProgrammaId, int Nummer) : IRequest<IReadOnlyList<Punt>>, IProgrammaScoped;

    public sealed record Punt
    {
        public long OpmerkingId { get; init; }
        public string Soort { get; init; } = "";
        public string Onderwerp { get; init; } = "";
        public string Titel { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string AuteurNaam { get; init; } = "";
        public string GeplaatstOp { get; init; } = "";
        public int Reacties { get; init; }
    }

    /// <summary>
    /// Copies the programma's open threads, with their element's title, to the version being frozen (in the freeze's
    /// transaction): resolving, reopening or deleting later does not change what the version lists.
    /// </summary>
    internal static Task KeepOpenAsync(DbConnection c, DbTransaction tx, long programmaId, long planversieId) =>
        c.ExecuteAsync(
            $"""
            INSERT INTO planversie_opmerking (planversie_id, opmerking_id, onderwerp_soort, onderwerp, titel, tekst, auteur_id, auteur_naam,
                geplaatst_op, reacties)
            SELECT @planversieId, o.id, o.onderwerp_soort, o.onderwerp, COALESCE({Onderwerp.TitelSql}, ''), o.tekst, o.auteur_id, o.auteur_naam,
                o.geplaatst_op, (SELECT COUNT(*) FROM opmerking r WHERE r.ouder_id = o.id)
            FROM opmerking o
            WHERE o.programma_id = @programmaId AND o.ouder_id IS NULL AND o.opgelost_op IS NULL
            """, new { programmaId, planversieId }, tx);

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Punt>>
    {
        public async Task<IReadOnlyList<Punt>> Handle(Query q, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var punten = await c.QueryAsync<Punt>(
                """
                SELECT po.opmerking_id, po.onderwerp_soort AS soort, po.onderwerp, po.titel, po.tekst, po.auteur_naam, po.geplaatst_op, po.reacties
                FROM planversie_opmerking po JOIN planversie v ON v.id = po.planversie_id
                WHERE v.programma_id = @ProgrammaId AND v.nummer = @Nummer
                ORDER BY po.geplaatst_op, po.opmerking_id
                """, q);
            return [.. punten.Select(p => p with { Titel = Onderwerp.Titel(p.Soort, p.Soort == Onderwerp.Hoofdstuk ? p.Onderwerp : p.Titel) })];
        }
    }
}
