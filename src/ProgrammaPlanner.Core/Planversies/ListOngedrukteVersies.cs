using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// The copies of frozen versions (plan and voortgangsrapportage, every programma) that should be kept but are not printed yet: the copy
/// the boards received of every version, and the vastgesteld copy of a vastgesteld version, each missing its PDF or its DOCX. The app
/// prints them right after the freeze or the deciding approval commits, and at start-up; oldest first. Only for the installation itself.
/// </summary>
public static class ListOngedrukteVersies
{
    [Vereist(Recht.Systeem)]
    public sealed record Query : IRequest<IReadOnlyList<Afdruk>>;

    /// <summary>One copy to print: <see cref="Jaar"/> is null for a plan version, the year for a voortgangsrapportage version.</summary>
    public sealed record Afdruk(long ProgrammaId, int? Jaar, int Nummer, string Exemplaar)
    {
        public string Sleutel => $"{ProgrammaId}/{Jaar}/{Nummer}/{Exemplaar}";
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Afdruk>>
    {
        public async Task<IReadOnlyList<Afdruk>> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var p = new
            {
                terBesluitvorming = PlanversieStatus.TerBesluitvorming, vastgesteld = PlanversieStatus.Vastgesteld, n = Versiedocument.Formaten.Count,
            };
            return (await c.QueryAsync<Row>(
                $"""
                {Ontbrekend("planversie", "NULL")}
                UNION ALL {Ontbrekend("voortgangsversie", "v.jaar")}
                ORDER BY vastgelegd_op
                """, p)).Select(r => new Afdruk(r.ProgrammaId, r.Jaar, r.Nummer, r.Exemplaar)).ToList();
        }

        private sealed class Row
        {
            public long ProgrammaId { get; init; }
            public int? Jaar { get; init; }
            public int Nummer { get; init; }
            public string Exemplaar { get; init; } = "";
            public string VastgelegdOp { get; init; } = "";
        }

        /// <summary>Per version of <paramref name="tabel"/>: the copies it should have (a fixed table name, never user input).</summary>
        private static string Ontbrekend(string tabel, string jaar) =>
            $"""
            SELECT v.programma_id, {jaar} AS jaar, v.nummer, e.exemplaar, v.vastgelegd_op
            FROM {tabel} v JOIN (SELECT @terBesluitvorming AS exemplaar UNION ALL SELECT @vastgesteld) e
                ON e.exemplaar = @terBesluitvorming OR v.status = @vastgesteld
            WHERE (SELECT COUNT(*) FROM {tabel}_document d WHERE d.{tabel}_id = v.id AND d.status = e.exemplaar) < @n
            """;
    }
}
