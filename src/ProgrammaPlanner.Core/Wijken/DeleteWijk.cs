using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Wijken;

/// <summary>Deletes a wijk. Refused while realisaties are recorded for it: those figures would be lost.</summary>
public static class DeleteWijk
{
    [Logboek("DeleteWijk", "Wijk verwijderd")]
    public sealed record Command(long ProgrammaId, long WijkId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var naam = await Versioned.FindNaamAsync(c, tx, Tables.Wijk, cmd.WijkId, cmd.ProgrammaId, cmd.Version, "De wijk");

            var gebruik = (await c.QueryAsync<(string Doelstelling, long Aantal)>(
                """
                SELECT d.naam, COUNT(*) FROM realisatie r JOIN doelstelling d ON d.id = r.doelstelling_id
                WHERE r.wijk_id = @WijkId AND d.programma_id = @ProgrammaId
                GROUP BY d.naam ORDER BY d.naam
                """, cmd, tx)).ToList();
            if (gebruik.Count > 0)
            {
                var totaal = gebruik.Sum(g => g.Aantal);
                var delen = ProgrammaScope.Reeks(gebruik.Select(g => $"{g.Aantal} bij doelstelling '{g.Doelstelling}'"));
                throw new RefusedException(
                    $"De wijk '{naam}' kan niet worden verwijderd: er {(totaal == 1 ? "staat" : "staan")} nog {totaal} " +
                    $"{(totaal == 1 ? "realisatie" : "realisaties")} op: {delen}. " +
                    "Verwijder die realisaties of boek ze op een andere wijk; daarna kunt u de wijk verwijderen.");
            }

            try
            {
                await Versioned.DeleteVersionedAsync(c, tx, Tables.Wijk, cmd.WijkId, cmd.ProgrammaId, cmd.Version, "De wijk");
            }
            catch (DbException e) when (Db.IsForeignKeyViolation(e))
            {
                throw new RefusedException($"De wijk '{naam}' kan niet worden verwijderd: er verwijzen nog gegevens naar deze wijk.");
            }
            return Unit.Value;
        }, ct);
    }
}
