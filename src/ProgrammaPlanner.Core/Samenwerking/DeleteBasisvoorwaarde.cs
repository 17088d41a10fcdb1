using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>Deletes a basisvoorwaarde and closes the gap in the numbering of the others.</summary>
public static class DeleteBasisvoorwaarde
{
    [Logboek("DeleteBasisvoorwaarde", "Basisvoorwaarde verwijderd")]
    public sealed record Command(long ProgrammaId, long BasisvoorwaardeId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();

            var rows = await c.ExecuteAsync(
                "DELETE FROM basisvoorwaarde WHERE id = @BasisvoorwaardeId AND programma_id = @ProgrammaId AND version = @Version", cmd, tx);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "basisvoorwaarde", cmd.BasisvoorwaardeId, cmd.ProgrammaId, "De basisvoorwaarde", tx);

            var rest = await c.QueryAsync<long>("SELECT id FROM basisvoorwaarde WHERE programma_id = @ProgrammaId ORDER BY volgorde, id", cmd, tx);
            await c.ExecuteAsync(
                "UPDATE basisvoorwaarde SET volgorde = @Volgorde WHERE id = @Id AND programma_id = @ProgrammaId",
                rest.Select((id, i) => new { Id = id, Volgorde = i + 1, cmd.ProgrammaId }), tx);
            await tx.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
