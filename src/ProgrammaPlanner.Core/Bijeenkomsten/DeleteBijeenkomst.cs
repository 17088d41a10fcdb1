using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Deletes a session without bijdragen (with its besluiten and actiepunten). Refused once bijdragen came in:
/// they are the trace of where the plan came from.
/// </summary>
public static class DeleteBijeenkomst
{
    [Logboek("DeleteBijeenkomst", "Bijeenkomst verwijderd")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var titel = await BijeenkomstRules.FindAsync(c, cmd.ProgrammaId, cmd.BijeenkomstId, tx);
            var bijdragen = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bijdrage WHERE bijeenkomst_id = @BijeenkomstId", cmd, tx);
            if (bijdragen > 0)
                throw new RefusedException(
                    $"De bijeenkomst '{titel}' kan niet worden verwijderd: er {(bijdragen == 1 ? "is 1 bijdrage" : $"zijn {bijdragen} bijdragen")} " +
                    "ingebracht. Die laten zien waar het plan vandaan komt; markeer ze zo nodig als 'niet overgenomen'.");
            await Versioned.DeleteVersionedAsync(c, tx, Tables.Bijeenkomst, cmd.BijeenkomstId, cmd.ProgrammaId, cmd.Version, "De bijeenkomst");
            return Unit.Value;
        }, ct);
    }
}
