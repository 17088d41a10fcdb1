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
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();

            // orgaan_lid rows go with it (ON DELETE CASCADE).
            await Versioned.DeleteVersionedAsync(c, tx, Tables.Orgaan, cmd.OrgaanId, cmd.ProgrammaId, cmd.Version, "Het orgaan");
            await Volgorde.CloseGapAsync(c, tx, Tables.Orgaan, cmd.ProgrammaId);
            await tx.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
