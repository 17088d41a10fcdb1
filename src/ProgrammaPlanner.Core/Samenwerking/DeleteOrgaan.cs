using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>Deletes a governance body with its leden and closes the gap in the order of the others.</summary>
public static class DeleteOrgaan
{
    [Logboek("DeleteOrgaan", "Orgaan verwijderd")]
    public sealed record Command(long ProgrammaId, long OrgaanId, int Version) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            // orgaan_lid rows go with it (ON DELETE CASCADE).
            await Volgorde.DeleteAsync(c, tx, Tables.Orgaan, cmd.OrgaanId, cmd.ProgrammaId, cmd.Version, "Het orgaan");
            return Unit.Value;
        }, ct);
    }
}
