using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>Who may resolve or reopen a thread, and why a change of its state touched nothing.</summary>
internal static class Draad
{
    public static async Task EisMagAfhandelenAsync(DbConnection c, DbTransaction tx, ICurrentUser user, long programmaId, long id, string wat)
    {
        var draad = await c.QuerySingleOrDefaultAsync<(long Id, long? OuderId, long? AuteurId)>(
            "SELECT id, ouder_id, auteur_id FROM opmerking WHERE id = @id AND programma_id = @programmaId", new { id, programmaId }, tx);
        if (draad.Id == 0) throw new NotFoundException("Deze opmerking bestaat niet (meer).");
        if (draad.OuderId is not null) throw new RefusedException("Alleen een heel gesprek kan worden opgelost of heropend, geen losse reactie.");
        if (!IsAuteur(draad.AuteurId, user) && !await Bevoegdheid.IsFacilitatorAsync(c, user, programmaId, tx))
            throw new RefusedException($"Alleen wie de opmerking plaatste of een facilitator kan haar {wat}.");
    }

    public static bool IsAuteur(long? auteurId, ICurrentUser user) => auteurId is not null && auteurId == user.GebruikerId;

    public static async Task<Exception> ExplainAsync(DbConnection c, DbTransaction tx, long programmaId, long id) =>
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM opmerking WHERE id = @id AND programma_id = @programmaId", new { id, programmaId }, tx) == 0
            ? new NotFoundException("Deze opmerking bestaat niet (meer).")
            : new ConflictException("Deze opmerking is intussen door iemand anders opgelost of heropend. Laad de gegevens opnieuw.");
}
