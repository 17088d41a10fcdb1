using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>Removes a member from its Verbondsgroep; when it was the aanjager, the group has none until another is chosen.</summary>
public static class RemoveGroepslid
{
    [Logboek("RemoveGroepslid", "Lid uit Verbondsgroep verwijderd")]
    public sealed record Command(long ProgrammaId, long LidId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Versioned.DeleteVersionedAsync(c, tx, Tables.Groepslid, cmd.LidId, cmd.ProgrammaId, cmd.Version, GroepslidRules.Wat);
            return Unit.Value;
        }, ct);
    }
}
