using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>Deletes an inquiry; its links to stories and bijdragen go with it (the schema cascades them), the stories stay.</summary>
public static class DeleteOntwikkelopgave
{
    [Logboek("DeleteOntwikkelopgave", "Ontwikkelopgave verwijderd")]
    public sealed record Command(long ProgrammaId, long OntwikkelopgaveId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Versioned.DeleteVersionedAsync(c, null, Tables.Ontwikkelopgave, cmd.OntwikkelopgaveId, cmd.ProgrammaId, cmd.Version,
                OntwikkelopgaveRules.Wat);
            return Unit.Value;
        }
    }
}
