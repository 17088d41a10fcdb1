using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>
/// Links an existing story of the programma to an inquiry it informs. Linking twice changes nothing. The opgave's
/// version stays: a link is no edit of its fields, so a form open on the same opgave can still be saved.
/// </summary>
public static class LinkVerhaal
{
    [Logboek("LinkVerhaal", "Verhaal gekoppeld aan ontwikkelopgave")]
    public sealed record Command(long ProgrammaId, long OntwikkelopgaveId, long VerhaalId) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await OntwikkelopgaveRules.StatusAsync(c, tx, cmd.ProgrammaId, cmd.OntwikkelopgaveId);
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM verhaal WHERE id = @VerhaalId AND programma_id = @ProgrammaId", cmd, tx) == 0)
                throw ValidationException.For(nameof(Command.VerhaalId), "Kies een verhaal van dit programma.");
            await c.ExecuteAsync(
                """
                INSERT INTO verhaal_ontwikkelopgave (verhaal_id, ontwikkelopgave_id) VALUES (@VerhaalId, @OntwikkelopgaveId)
                ON CONFLICT DO NOTHING
                """, cmd, tx);
            return Unit.Value;
        }, ct);
    }
}
