using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>Takes a story off an inquiry; the story itself stays. A link that is already gone changes nothing.</summary>
public static class UnlinkVerhaal
{
    [Logboek("UnlinkVerhaal", "Verhaal losgekoppeld van ontwikkelopgave")]
    public sealed record Command(long ProgrammaId, long OntwikkelopgaveId, long VerhaalId) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await OntwikkelopgaveRules.StatusAsync(c, tx, cmd.ProgrammaId, cmd.OntwikkelopgaveId);
            await c.ExecuteAsync(
                "DELETE FROM verhaal_ontwikkelopgave WHERE verhaal_id = @VerhaalId AND ontwikkelopgave_id = @OntwikkelopgaveId", cmd, tx);
            return Unit.Value;
        }, ct);
    }
}
