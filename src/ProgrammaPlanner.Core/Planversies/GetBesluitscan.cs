using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// The scanned signed page kept with a partner's paper approval of a plan version, or (Jaar given) of a version of that
/// year's voortgangsrapportage. Every member may read it, as they read the decision itself.
/// </summary>
public static class GetBesluitscan
{
    public sealed record Query(long ProgrammaId, int Nummer, long PartnerId, int? Jaar = null) : IRequest<Result>, IProgrammaScoped;

    public sealed record Result(string Bestandsnaam, string Mediatype, byte[] Inhoud);

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var stuk = query.Jaar is { } jaar ? Besluitstuk.Voortgang(jaar) : Besluitstuk.Plan;
            await using var c = await db.OpenAsync(ct);
            return await c.QuerySingleOrDefaultAsync<Result>(
                       $"""
                       SELECT s.bestandsnaam, s.mediatype, s.inhoud FROM {stuk.Scans} s JOIN {stuk.Tabel} v ON v.id = s.{stuk.Sleutel}
                       WHERE v.programma_id = @ProgrammaId AND v.nummer = @Nummer AND s.partner_id = @PartnerId{stuk.JaarFilter("v")}
                       """, query)
                   ?? throw new NotFoundException($"Bij dit besluit over {stuk.Naam(query.Nummer)} is geen getekende pagina bewaard.");
        }
    }
}
