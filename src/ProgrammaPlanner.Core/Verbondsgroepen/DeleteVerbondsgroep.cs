using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>
/// Deletes a Verbondsgroep with its members. Refused while maatwerkcasussen are recorded for it: they account for how
/// maatwerkbudget and regelruimte were used, and would go with the group.
/// </summary>
public static class DeleteVerbondsgroep
{
    [Logboek("DeleteVerbondsgroep", "Verbondsgroep verwijderd")]
    public sealed record Command(long ProgrammaId, long GroepId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var naam = await Versioned.FindNaamAsync(c, tx, Tables.Verbondsgroep, cmd.GroepId, cmd.ProgrammaId, cmd.Version, VerbondsgroepRules.Wat);

            var casussen = await c.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM maatwerkcasus WHERE verbondsgroep_id = @GroepId AND programma_id = @ProgrammaId", cmd, tx);
            if (casussen > 0)
                throw new RefusedException(
                    $"De Verbondsgroep '{naam}' kan niet worden verwijderd: er {(casussen == 1 ? "is" : "zijn")} {casussen} " +
                    $"{(casussen == 1 ? "maatwerkcasus" : "maatwerkcasussen")} van vastgelegd. Die verantwoorden hoe maatwerk is ingezet " +
                    "en blijven daarom bewaard.");

            // The members go with the group (ON DELETE CASCADE); verhalen and ontwikkelopgaven keep their text without the group.
            await Versioned.DeleteVersionedAsync(c, tx, Tables.Verbondsgroep, cmd.GroepId, cmd.ProgrammaId, cmd.Version, VerbondsgroepRules.Wat);
            return Unit.Value;
        }, ct);
    }
}
