using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Prioritering;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>
/// The change proposals the caller may see: a facilitator or redacteur sees all of them (open ones first, oldest first;
/// then the decided ones, last decided first), anyone else only their own. Each with the value at proposing, the
/// proposed one and the value now; and whether the caller may decide or propose.
/// </summary>
public static class ListVoorstellen
{
    public sealed record Query(long ProgrammaId) : IRequest<Result>, IProgrammaScoped;

    public sealed record Result(IReadOnlyList<Item> Voorstellen, bool MagBesluiten, bool MagVoorstellen, long? PartnerId)
    {
        public IEnumerable<Item> Open => Voorstellen.Where(v => v.Status == VoorstelStatus.Open);
    }

    public sealed record Item
    {
        public long Id { get; init; }
        public string Veld { get; init; } = "";
        public long ElementId { get; init; }
        public long? Jaar { get; init; }
        public string? Soort { get; init; }
        public long PartnerId { get; init; }
        public string PartnerNaam { get; init; } = "";
        public long? IndienerId { get; init; }
        public string IndienerNaam { get; init; } = "";
        public string OudeWaarde { get; init; } = "";
        public string NieuweWaarde { get; init; } = "";
        public string Toelichting { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Reden { get; init; }
        public string? BeslotenDoor { get; init; }
        public string? BeslotenOp { get; init; }
        public string IngediendOp { get; init; } = "";
        /// <summary>The doelstelling's or project's name.</summary>
        public string ElementNaam { get; init; } = "";
        public string HuidigeWaarde { get; init; } = "";

        public bool IsTekst => Voorstelveld.IsTekst(Veld);
        public bool GewijzigdSindsVoorstel => Status == VoorstelStatus.Open && !Voorstelveld.Gelijk(Veld, HuidigeWaarde, OudeWaarde);

        /// <summary>E.g. "Doel van het project", "Streefwaarde 2027", "Inzet 2026 (eigen middelen) van Civic".</summary>
        public string VeldOmschrijving => Veld switch
        {
            Voorstelveld.Streefwaarde => $"Streefwaarde {Jaar}",
            Voorstelveld.Inzet => $"Inzet {Jaar} ({Soort}) van {PartnerNaam}",
            _ => Voorstelveld.Label(Veld),
        };

        public string Oud => Voorstelveld.Weergave(Veld, OudeWaarde);
        public string Nieuw => Voorstelveld.Weergave(Veld, NieuweWaarde);
        public string Huidig => Voorstelveld.Weergave(Veld, HuidigeWaarde);
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var magBesluiten = await Scorerecht.MagAllesAsync(c, user, q.ProgrammaId, null);
            var partner = await Scorerecht.PartnerVanAsync(c, user, q.ProgrammaId, null);
            var rijen = (await c.QueryAsync<Item>(
                """
                SELECT v.id, v.veld, v.element_id, v.jaar, v.soort, v.partner_id, p.naam AS partner_naam, v.indiener_id, v.indiener_naam,
                    v.oude_waarde, v.nieuwe_waarde, v.toelichting, v.status, v.reden, v.besloten_door, v.besloten_op, v.ingediend_op
                FROM voorstel v JOIN partner p ON p.id = v.partner_id
                WHERE v.programma_id = @ProgrammaId AND (@alle = 1 OR v.indiener_id = @GebruikerId)
                """, new { q.ProgrammaId, alle = magBesluiten, user.GebruikerId })).ToList();
            var lijst = new List<Item>();
            foreach (var r in rijen)
            {
                var (naam, huidig) = await Voorstelveld.HuidigeAsync(c, null, q.ProgrammaId,
                    new Voorstelveld.Doel(r.Veld, r.ElementId, (int?)r.Jaar, r.Soort, r.PartnerId));
                lijst.Add(r with { ElementNaam = naam, HuidigeWaarde = huidig });
            }
            var geordend = lijst.Where(v => v.Status == VoorstelStatus.Open).OrderBy(v => v.IngediendOp).ThenBy(v => v.Id)
                .Concat(lijst.Where(v => v.Status != VoorstelStatus.Open).OrderByDescending(v => v.BeslotenOp).ThenByDescending(v => v.Id))
                .ToList();
            return new Result(geordend, magBesluiten, await GetVoorstelrecht.MagAsync(c, user, q.ProgrammaId), partner);
        }
    }
}
