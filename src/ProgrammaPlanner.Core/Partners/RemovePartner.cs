using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Partners;

/// <summary>
/// Removes a partner from the coalition. Refused while anything still depends on it (trekker, deelnemer,
/// inzet, besteding, lid van een orgaan): the inzet of a leaving partner is never silently lost.
/// </summary>
public static class RemovePartner
{
    [Logboek("RemovePartner", "Partner verwijderd")]
    public sealed record Command(long ProgrammaId, long PartnerId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        // Kind of dependency → how the message names it and what the user should do about it.
        private static readonly (string Soort, string Tekst, string Advies)[] Soorten =
        [
            ("trekker", "trekker van", "wijs een andere trekker aan"),
            ("deelnemer", "deelnemer aan", "haal de partner uit die projecten"),
            ("inzet", "inzet in", "verdeel de inzet over andere partners of verwijder die"),
            ("besteding", "besteding in", "verwijder de bestede euro's en uren van de partner bij die projecten"),
            ("orgaan", "lid van", "haal de partner uit die organen"),
        ];

        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var naam = await Versioned.FindNaamAsync(c, tx, Tables.Partner, cmd.PartnerId, cmd.ProgrammaId, cmd.Version, "De partner");

            var afhankelijk = (await c.QueryAsync<(string Soort, string Naam)>(
                """
                SELECT 'trekker', p.naam FROM project p
                WHERE p.trekker_partner_id = @PartnerId AND p.programma_id = @ProgrammaId
                UNION
                SELECT 'deelnemer', p.naam FROM project_partner pp JOIN project p ON p.id = pp.project_id
                WHERE pp.partner_id = @PartnerId AND p.programma_id = @ProgrammaId
                UNION
                SELECT 'inzet', p.naam FROM inzet i JOIN project p ON p.id = i.project_id
                WHERE i.partner_id = @PartnerId AND p.programma_id = @ProgrammaId
                UNION
                SELECT 'besteding', p.naam FROM besteding b JOIN project p ON p.id = b.project_id
                WHERE b.partner_id = @PartnerId AND p.programma_id = @ProgrammaId
                UNION
                SELECT 'orgaan', o.naam FROM orgaan_lid l JOIN orgaan o ON o.id = l.orgaan_id
                WHERE l.partner_id = @PartnerId AND o.programma_id = @ProgrammaId
                """, cmd, tx)).ToList();
            if (afhankelijk.Count > 0) throw Weigering(naam, afhankelijk);

            try
            {
                await Versioned.DeleteVersionedAsync(c, tx, Tables.Partner, cmd.PartnerId, cmd.ProgrammaId, cmd.Version, "De partner");
            }
            catch (DbException e) when (Db.IsForeignKeyViolation(e))
            {
                throw new RefusedException($"De partner '{naam}' kan niet worden verwijderd: er verwijzen nog gegevens naar deze partner.");
            }
            return Unit.Value;
        }, ct);

        private static RefusedException Weigering(string naam, List<(string Soort, string Naam)> afhankelijk)
        {
            var aanwezig = Soorten.Where(s => afhankelijk.Any(a => a.Soort == s.Soort)).ToList();
            var delen = aanwezig.Select(s => $"{s.Tekst} {ProgrammaScope.Opsomming(
                afhankelijk.Where(a => a.Soort == s.Soort).Select(a => a.Naam).Order(StringComparer.CurrentCulture))}");
            var wat = ProgrammaScope.Reeks(aanwezig.Select(s => s.Advies));
            return new RefusedException(
                $"De partner '{naam}' kan niet worden verwijderd: {string.Join("; ", delen)}. " +
                $"{char.ToUpperInvariant(wat[0])}{wat[1..]}; daarna kunt u de partner verwijderen.");
        }
    }
}
