using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>
/// Makes one member the aanjager of its Verbondsgroep (the previous one stops being it), or none with a null LidId.
/// No version: the choice replaces whatever was chosen, and it leaves the members' own fields (and their open forms) alone.
/// </summary>
public static class SetAanjager
{
    [Logboek("SetAanjager", "Aanjager van Verbondsgroep gekozen")]
    public sealed record Command(long ProgrammaId, long GroepId, long? LidId) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await VerbondsgroepRules.EisGroepAsync(c, tx, cmd.ProgrammaId, cmd.GroepId);
            if (cmd.LidId is not null
                && await c.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM groepslid WHERE id = @LidId AND verbondsgroep_id = @GroepId", cmd, tx) == 0)
                throw ValidationException.For(nameof(Command.LidId), "Dit lid hoort niet (meer) bij deze Verbondsgroep. Laad de pagina opnieuw.");

            // First clear, then set: the unique index allows one aanjager per group at any moment.
            await c.ExecuteAsync("UPDATE groepslid SET aanjager = 0 WHERE verbondsgroep_id = @GroepId AND aanjager = 1", cmd, tx);
            if (cmd.LidId is not null)
                await c.ExecuteAsync("UPDATE groepslid SET aanjager = 1 WHERE id = @LidId AND verbondsgroep_id = @GroepId", cmd, tx);
            return Unit.Value;
        }, ct);
    }
}
