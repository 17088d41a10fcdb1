using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

internal static class Lidmaatschappen
{
    /// <summary>Whoever creates or imports a programma becomes its facilitator (the installation itself needs no membership).</summary>
    public static Task MaakFacilitatorAsync(DbConnection c, DbTransaction? tx, ICurrentUser user, long programmaId) =>
        user.GebruikerId is { } gebruikerId
            ? c.ExecuteAsync("INSERT INTO lidmaatschap (gebruiker_id, programma_id, rol) VALUES (@gebruikerId, @programmaId, 'facilitator')",
                new { gebruikerId, programmaId }, tx)
            : Task.CompletedTask;
}
