using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>Deletes a governance body with its leden and closes the gap in the order of the others.</summary>
public static class DeleteOrgaan
{
    [Logboek("DeleteOrgaan", "Orgaan verwijderd")]
    public sealed record Command(long ProgrammaId, long OrgaanId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();

            // orgaan_lid rows go with it (ON DELETE CASCADE).
            var rows = await c.ExecuteAsync(
                "DELETE FROM orgaan WHERE id = @OrgaanId AND programma_id = @ProgrammaId AND version = @Version", cmd, tx);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "orgaan", cmd.OrgaanId, cmd.ProgrammaId, "Het orgaan", tx);

            var rest = await c.QueryAsync<long>("SELECT id FROM orgaan WHERE programma_id = @ProgrammaId ORDER BY volgorde, id", cmd, tx);
            await c.ExecuteAsync(
                "UPDATE orgaan SET volgorde = @Volgorde WHERE id = @Id AND programma_id = @ProgrammaId",
                rest.Select((id, i) => new { Id = id, Volgorde = i + 1, cmd.ProgrammaId }), tx);
            await tx.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
