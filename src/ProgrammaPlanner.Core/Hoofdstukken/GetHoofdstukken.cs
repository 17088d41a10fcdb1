using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Hoofdstukken;

/// <summary>
/// Every written chapter of the programma (also the empty ones, Version 0 until first saved), with each field and column
/// of its Hoofdstuksoort, and the coalition's own chapters in volgorde.
/// </summary>
public static class GetHoofdstukken
{
    public sealed record Query(long ProgrammaId) : IRequest<Model>, IProgrammaScoped;

    public sealed record Model(IReadOnlyList<Hoofdstuk> Standaard, IReadOnlyList<EigenHoofdstuk> Eigen);

    /// <param name="Velden">Every field of the soort, in its order; "" when not filled.</param>
    /// <param name="Rows">The table's rows, each with every column of the soort.</param>
    /// <param name="Version">0: never saved.</param>
    public sealed record Hoofdstuk(Hoofdstuksoort Soort, string Tekst, IReadOnlyList<Veld> Velden, IReadOnlyList<Row> Rows, int Version)
    {
        /// <summary>Something in it is filled, so the plan prints it.</summary>
        public bool Gevuld => Tekst.Trim().Length > 0 || Velden.Any(v => v.Waarde.Length > 0) || Rows.Count > 0;
    }

    public sealed record Veld(string Naam, string Waarde);

    public sealed record Row(IReadOnlyList<Veld> Cellen);

    public sealed record EigenHoofdstuk(long Id, string Titel, string Tekst, string Plaats, int Version);

    public sealed class Handler(Db db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId, tx);
            return await LoadAsync(c, tx, query.ProgrammaId);
        }
    }

    /// <summary>The chapters inside the caller's transaction (the plan's read model loads them with the rest).</summary>
    public static async Task<Model> LoadAsync(DbConnection c, DbTransaction? tx, long programmaId)
    {
        await using var grid = await c.QueryMultipleAsync(
            """
            SELECT soort, tekst, version FROM hoofdstuk WHERE programma_id = @programmaId;
            SELECT soort, veld, waarde FROM hoofdstuk_veld WHERE programma_id = @programmaId;
            SELECT soort, rij, kolom, waarde FROM hoofdstuk_cel WHERE programma_id = @programmaId ORDER BY rij;
            SELECT id, titel, tekst, plaats, version FROM eigen_hoofdstuk WHERE programma_id = @programmaId ORDER BY volgorde, id;
            """, new { programmaId }, tx);
        var opgeslagen = (await grid.ReadAsync<(string Soort, string Tekst, int Version)>()).ToDictionary(h => h.Soort);
        var velden = (await grid.ReadAsync<(string Soort, string Veld, string Waarde)>()).ToLookup(v => v.Soort);
        var cellen = (await grid.ReadAsync<(string Soort, int Rij, string Kolom, string Waarde)>()).ToLookup(v => v.Soort);
        var eigen = (await grid.ReadAsync<(long Id, string Titel, string Tekst, string Plaats, int Version)>())
            .Select(h => new EigenHoofdstuk(h.Id, h.Titel, h.Tekst, h.Plaats, h.Version)).ToList();

        var standaard = Hoofdstuksoort.Bewerkbaar.Select(soort =>
        {
            var h = opgeslagen.GetValueOrDefault(soort.Soort);
            var waarden = velden[soort.Soort].ToDictionary(v => v.Veld, v => v.Waarde);
            var rijen = cellen[soort.Soort].GroupBy(v => v.Rij).OrderBy(g => g.Key).Select(g =>
            {
                var rij = g.ToDictionary(v => v.Kolom, v => v.Waarde);
                return new Row(soort.Kolommen.Select(k => new Veld(k.Naam, rij.GetValueOrDefault(k.Naam, ""))).ToList());
            }).ToList();
            return new Hoofdstuk(soort, h.Tekst ?? "", soort.Velden.Select(v => new Veld(v.Naam, waarden.GetValueOrDefault(v.Naam, ""))).ToList(),
                rijen, h.Version);
        }).ToList();
        return new Model(standaard, eigen);
    }
}
