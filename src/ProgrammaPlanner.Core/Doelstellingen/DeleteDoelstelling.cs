using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Doelstellingen;

/// <summary>
/// Deletes a doelstelling with its streefwaarden and realisaties. Refused while projects contribute to it:
/// the user first decides what those projects serve instead.
/// </summary>
public static class DeleteDoelstelling
{
    [Logboek("DeleteDoelstelling", "Doelstelling verwijderd")]
    public sealed record Command(long ProgrammaId, long DoelstellingId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var (naam, version) = await DoelstellingRules.FindAsync(c, cmd.ProgrammaId, cmd.DoelstellingId, tx);
            if (version != cmd.Version) throw await Concurrency.ExplainAsync(c, "doelstelling", cmd.DoelstellingId, cmd.ProgrammaId, "De doelstelling", tx);

            var projecten = (await c.QueryAsync<string>(
                """
                SELECT p.naam FROM project_doelstelling pd JOIN project p ON p.id = pd.project_id
                WHERE pd.doelstelling_id = @DoelstellingId AND p.programma_id = @ProgrammaId ORDER BY p.naam
                """, cmd, tx)).ToList();
            if (projecten.Count > 0)
                throw new RefusedException(
                    $"De doelstelling '{naam}' kan niet worden verwijderd: {(projecten.Count == 1 ? "project" : "de projecten")} " +
                    $"{string.Join(", ", projecten.Select(p => $"'{p}'"))} {(projecten.Count == 1 ? "draagt" : "dragen")} eraan bij. " +
                    "Haal de doelstelling eerst bij die projecten weg of koppel ze aan een andere doelstelling.");

            await Versioned.DeleteVersionedAsync(c, tx, Tables.Doelstelling, cmd.DoelstellingId, cmd.ProgrammaId, cmd.Version, "De doelstelling");
            return Unit.Value;
        }, ct);
    }
}
