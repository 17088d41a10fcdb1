using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Data;

/// <summary>Refuses a request about a programma that does not exist (any more), with the one Dutch message for it.</summary>
internal static class ProgrammaBestaat
{
    public static async Task EisAsync(DbConnection c, long programmaId, DbTransaction? tx = null)
    {
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM programma WHERE id = @programmaId", new { programmaId }, tx) == 0)
            throw new NotFoundException("Dit programma bestaat niet (meer).");
    }
}
