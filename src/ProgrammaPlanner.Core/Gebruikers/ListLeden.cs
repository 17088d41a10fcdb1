using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// The members of a programma with their role (and, for a bestuurder, the partner they approve for, and whether the partner names
/// someone else as its bestuurder), the partners no bestuurder account approves for yet, and the open invitations.
/// </summary>
public static class ListLeden
{
    [Vereist(Recht.Faciliteren, OokBeheerder = true)]
    public sealed record Query(long ProgrammaId) : IRequest<Leden>, IProgrammaScoped;

    public sealed record Leden(IReadOnlyList<Lid> Lijst, IReadOnlyList<Uitnodiging> Uitnodigingen)
    {
        /// <summary>
        /// Signing partners of the programma (<see cref="PartnerRol.Tekent"/>) with no member in the role bestuurder linked to them: nobody can
        /// approve for them online. A financier or adviseur that does not sign is not missing anyone.
        /// </summary>
        public IReadOnlyList<Partner> ZonderBestuurder { get; init; } = [];
    }

    public sealed record Partner
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string BestuurderNaam { get; init; } = "";
        public string Rol { get; init; } = "";
        public bool TekentToch { get; init; }
    }

    public sealed record Lid
    {
        public long GebruikerId { get; init; }
        public string Naam { get; init; } = "";
        public string Email { get; init; } = "";
        public string Rol { get; init; } = "";
        public long? PartnerId { get; init; }
        public string? PartnerNaam { get; init; }
        /// <summary>The bestuurder the linked partner names (partner.bestuurder_naam); empty when it names nobody.</summary>
        public string PartnerBestuurderNaam { get; init; } = "";

        /// <summary>
        /// A linked bestuurder whose account name is not the name the partner gives for its bestuurder (trimmed, case-insensitive).
        /// A partner that names nobody is no mismatch.
        /// </summary>
        public bool NaamWijktAf => Rol == ProgrammaRol.Bestuurder && PartnerId is not null && PartnerBestuurderNaam.Trim().Length > 0 &&
            !string.Equals(PartnerBestuurderNaam.Trim(), Naam.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    public sealed record Uitnodiging
    {
        public long Id { get; init; }
        public string Email { get; init; } = "";
        public string Rol { get; init; } = "";
        /// <summary>Invited as bestuurder for this partner (null: none, or deleted meanwhile).</summary>
        public string? PartnerNaam { get; init; }
        public string VerlooptOp { get; init; } = "";
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, Leden>
    {
        public async Task<Leden> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var leden = await c.QueryAsync<Lid>(
                """
                SELECT g.id AS gebruiker_id, g.naam, g.email, l.rol, pl.partner_id, p.naam AS partner_naam,
                       COALESCE(p.bestuurder_naam, '') AS partner_bestuurder_naam
                FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id
                LEFT JOIN partner_lid pl ON pl.gebruiker_id = l.gebruiker_id AND pl.programma_id = l.programma_id
                LEFT JOIN partner p ON p.id = pl.partner_id
                WHERE l.programma_id = @ProgrammaId ORDER BY g.naam
                """, query);
            var open = await c.QueryAsync<Uitnodiging>(
                """
                SELECT k.id, k.email, k.rol, p.naam AS partner_naam, k.verloopt_op FROM link k LEFT JOIN partner p ON p.id = k.partner_id
                WHERE k.programma_id = @ProgrammaId AND k.soort = 'uitnodiging' AND k.gebruikt_op IS NULL AND k.verloopt_op > @nu ORDER BY k.email
                """, new { query.ProgrammaId, nu = Tijd.Stempel(clock.GetUtcNow()) });
            var zonder = await c.QueryAsync<Partner>(
                """
                SELECT p.id, p.naam, p.bestuurder_naam, p.rol, p.tekent_toch FROM partner p
                WHERE p.programma_id = @ProgrammaId AND NOT EXISTS (
                    SELECT 1 FROM partner_lid pl JOIN lidmaatschap l ON l.gebruiker_id = pl.gebruiker_id AND l.programma_id = pl.programma_id
                    WHERE pl.partner_id = p.id AND l.rol = 'bestuurder')
                ORDER BY p.naam
                """, query);
            return new Leden(leden.ToList(), open.ToList()) { ZonderBestuurder = zonder.Where(p => PartnerRol.Tekent(p.Rol, p.TekentToch)).ToList() };
        }
    }
}
