using Dapper;
using MediatR;
using Microsoft.Data.Sqlite;
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
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();

            var wijk = await c.QuerySingleOrDefaultAsync<Rij>(
                "SELECT naam, version FROM wijk WHERE id = @WijkId AND programma_id = @ProgrammaId", cmd, tx)
                ?? throw new NotFoundException("De wijk bestaat niet (meer).");
            if (wijk.Version != cmd.Version) throw await Concurrency.ExplainAsync(c, "wijk", cmd.WijkId, cmd.ProgrammaId, "De wijk", tx);

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
                    $"De wijk '{wijk.Naam}' kan niet worden verwijderd: er {(totaal == 1 ? "staat" : "staan")} nog {totaal} " +
                    $"{(totaal == 1 ? "realisatie" : "realisaties")} op: {delen}. " +
                    "Verwijder die realisaties of boek ze op een andere wijk; daarna kunt u de wijk verwijderen.");
            }

            try
            {
                await c.ExecuteAsync("DELETE FROM wijk WHERE id = @WijkId AND programma_id = @ProgrammaId AND version = @Version", cmd, tx);
            }
            catch (SqliteException e) when (Db.IsForeignKeyViolation(e))
            {
                throw new RefusedException($"De wijk '{wijk.Naam}' kan niet worden verwijderd: er verwijzen nog gegevens naar deze wijk.");
            }
            await tx.CommitAsync(ct);
            return Unit.Value;
        }

        private sealed record Rij
        {
            public string Naam { get; init; } = "";
            public int Version { get; init; }
        }
    }
}
