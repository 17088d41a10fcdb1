using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Speerpunten;

/// <summary>
/// Deletes a speerpunt and closes the gap in the volgorde of the others. Refused while doelstellingen
/// hang under it: they would lose their speerpunt.
/// </summary>
public static class DeleteSpeerpunt
{
    [Logboek("DeleteSpeerpunt", "Speerpunt verwijderd")]
    public sealed record Command(long ProgrammaId, long SpeerpuntId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var naam = await Versioned.FindNaamAsync(c, tx, Tables.Speerpunt, cmd.SpeerpuntId, cmd.ProgrammaId, cmd.Version, "Het speerpunt");

            var doelstellingen = (await c.QueryAsync<string>(
                "SELECT naam FROM doelstelling WHERE speerpunt_id = @SpeerpuntId AND programma_id = @ProgrammaId ORDER BY naam",
                cmd, tx)).ToList();
            if (doelstellingen.Count > 0)
                throw new RefusedException(
                    $"Het speerpunt '{naam}' kan niet worden verwijderd: er {(doelstellingen.Count == 1 ? "hangt" : "hangen")} nog " +
                    $"{(doelstellingen.Count == 1 ? "de doelstelling" : "de doelstellingen")} {ProgrammaScope.Opsomming(doelstellingen)} onder. " +
                    "Verplaats die naar een ander speerpunt of verwijder ze; daarna kunt u het speerpunt verwijderen.");

            try
            {
                await Versioned.DeleteVersionedAsync(c, tx, Tables.Speerpunt, cmd.SpeerpuntId, cmd.ProgrammaId, cmd.Version, "Het speerpunt");
            }
            catch (DbException e) when (Db.IsForeignKeyViolation(e))
            {
                throw new RefusedException($"Het speerpunt '{naam}' kan niet worden verwijderd: er verwijzen nog gegevens naar dit speerpunt.");
            }

            await Volgorde.CloseGapAsync(c, tx, Tables.Speerpunt, cmd.ProgrammaId);
            return Unit.Value;
        }, ct);
    }
}
