using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// A person as owner of an actiepunt or mijlpaal (besides the organisation): always a member of the programma. Deleting the
/// account clears it (ON DELETE SET NULL); leaving the programma clears it through <see cref="WisAsync"/>.
/// </summary>
internal static class PersoonEigenaar
{
    public const string Melding = "Kies als eigenaar (persoon) een lid van dit programma, of geen.";

    /// <summary>Refuses, at <paramref name="veld"/>, an owner who is no member of the programma. Null (no person) is fine.</summary>
    public static async Task EisLidAsync(DbConnection c, DbTransaction? tx, long programmaId, long? gebruikerId, string veld)
    {
        if (gebruikerId is null) return;
        if (await c.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM lidmaatschap WHERE gebruiker_id = @gebruikerId AND programma_id = @programmaId",
                new { gebruikerId, programmaId }, tx) == 0)
            throw ValidationException.For(veld, Melding);
    }

    /// <summary>The member left the programma: their actiepunten and mijlpalen there have no person as owner any more.</summary>
    public static Task WisAsync(DbConnection c, DbTransaction? tx, long programmaId, long gebruikerId) => c.ExecuteAsync(
        """
        UPDATE actiepunt SET eigenaar_gebruiker_id = NULL, version = version + 1
        WHERE programma_id = @programmaId AND eigenaar_gebruiker_id = @gebruikerId;
        UPDATE mijlpaal SET eigenaar_gebruiker_id = NULL, version = version + 1
        WHERE eigenaar_gebruiker_id = @gebruikerId AND project_id IN (SELECT id FROM project WHERE programma_id = @programmaId);
        """, new { programmaId, gebruikerId }, tx);
}
