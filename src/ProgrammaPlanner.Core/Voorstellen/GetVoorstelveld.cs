using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Prioritering;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>
/// The value of a field now, as the proposal dialog shows it (an inzet: of the caller's own partner), and whether the
/// caller may propose at all: a member linked to a partner who is not a lezer.
/// </summary>
public static class GetVoorstelveld
{
    public sealed record Query(long ProgrammaId, string Veld, long ElementId, int? Jaar = null, string? Soort = null) : IRequest<Result>, IProgrammaScoped;

    /// <param name="Waarde">As stored (numbers invariant, an inzet "euro;uren").</param>
    public sealed record Result(string Naam, string Waarde, string Weergave, long? PartnerId);

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            if (!Voorstelveld.Alle.Contains(q.Veld)) throw ValidationException.For("Veld", "Kies een veld waarvoor u een wijziging voorstelt.");
            await using var c = await db.OpenAsync(ct);
            var partner = await Scorerecht.PartnerVanAsync(c, user, q.ProgrammaId, null);
            var (naam, waarde) = await Voorstelveld.HuidigeAsync(c, null, q.ProgrammaId,
                new Voorstelveld.Doel(q.Veld, q.ElementId, q.Jaar, q.Soort, partner ?? 0));
            return new Result(naam, waarde, Voorstelveld.Weergave(q.Veld, waarde), partner);
        }
    }
}
