using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>
/// The threads on one element of the plan: open ones first (oldest first), then the resolved ones (last resolved first),
/// each with its replies in order and whether the caller may resolve or reopen it.
/// </summary>
public static class ListOpmerkingen
{
    public sealed record Query(long ProgrammaId, string Soort, string Onderwerp) : IRequest<IReadOnlyList<Gesprek>>, IProgrammaScoped;

    public sealed record Opmerking
    {
        public long Id { get; init; }
        public long? OuderId { get; init; }
        public string Tekst { get; init; } = "";
        public string AuteurNaam { get; init; } = "";
        public long? AuteurId { get; init; }
        public string GeplaatstOp { get; init; } = "";
        public string? OpgelostOp { get; init; }
        public string? OpgelostDoor { get; init; }
        public int Version { get; init; }
    }

    public sealed record Gesprek(Opmerking Begin, IReadOnlyList<Opmerking> Reacties, bool MagAfhandelen)
    {
        public bool Open => Begin.OpgelostOp is null;
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Gesprek>>
    {
        public async Task<IReadOnlyList<Gesprek>> Handle(Query q, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rijen = (await c.QueryAsync<Opmerking>(
                """
                SELECT id, ouder_id, tekst, auteur_naam, auteur_id, geplaatst_op, opgelost_op, opgelost_door, version FROM opmerking
                WHERE programma_id = @ProgrammaId AND onderwerp_soort = @Soort AND onderwerp = @Onderwerp
                ORDER BY geplaatst_op, id
                """, q)).ToList();
            var facilitator = await Bevoegdheid.IsFacilitatorAsync(c, user, q.ProgrammaId);
            var reacties = rijen.Where(r => r.OuderId is not null).ToLookup(r => r.OuderId!.Value);
            return
            [
                .. rijen.Where(r => r.OuderId is null)
                    .Select(r => new Gesprek(r, [.. reacties[r.Id]], facilitator || Draad.IsAuteur(r.AuteurId, user)))
                    .OrderBy(g => g.Open ? 0 : 1).ThenBy(g => g.Open ? g.Begin.GeplaatstOp : "")
                    .ThenByDescending(g => g.Begin.OpgelostOp),
            ];
        }
    }
}
