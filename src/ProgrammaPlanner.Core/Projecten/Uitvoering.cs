using System.Data.Common;
using Dapper;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// Writes what happened in a project year: euros and hours spent, the year's status, a mijlpaal's progress. Shared by
/// the project page, an accepted rapportage and the import, so a figure counts the same way from each. The caller
/// checks the programme, the year and the rights.
/// </summary>
public static class Uitvoering
{
    /// <summary>0 euro and 0 uren removes the row: nothing was spent.</summary>
    public static async Task WriteBestedingAsync(DbConnection c, DbTransaction tx, long projectId, long partnerId, int jaar, decimal euro, decimal uren)
    {
        var args = new { projectId, partnerId, jaar, euro, uren };
        if (euro == 0 && uren == 0)
            await c.ExecuteAsync("DELETE FROM besteding WHERE project_id = @projectId AND partner_id = @partnerId AND jaar = @jaar", args, tx);
        else
            await c.ExecuteAsync(
                """
                INSERT INTO besteding (project_id, partner_id, jaar, euro, uren) VALUES (@projectId, @partnerId, @jaar, @euro, @uren)
                ON CONFLICT (project_id, partner_id, jaar) DO UPDATE SET euro = excluded.euro, uren = excluded.uren
                """, args, tx);
    }

    /// <summary>A null <paramref name="status"/> removes the year's status.</summary>
    public static async Task WriteJaarstatusAsync(DbConnection c, DbTransaction tx, long projectId, int jaar, string? status, string toelichting)
    {
        var args = new { projectId, jaar, status, toelichting };
        if (status is null)
            await c.ExecuteAsync("DELETE FROM project_jaarstatus WHERE project_id = @projectId AND jaar = @jaar", args, tx);
        else
            await c.ExecuteAsync(
                """
                INSERT INTO project_jaarstatus (project_id, jaar, status, toelichting) VALUES (@projectId, @jaar, @status, @toelichting)
                ON CONFLICT (project_id, jaar) DO UPDATE SET status = excluded.status, toelichting = excluded.toelichting
                """, args, tx);
    }

    /// <summary>Only a vertraagde mijlpaal keeps a nieuwe datum. Bumps the mijlpaal's version, so an open form sees it changed.</summary>
    public static Task WriteMijlpaalVoortgangAsync(DbConnection c, DbTransaction tx, long mijlpaalId, string status, DateOnly? nieuweDatum) =>
        c.ExecuteAsync(
            "UPDATE mijlpaal SET status = @status, nieuwe_datum = @nieuweDatum, version = version + 1 WHERE id = @mijlpaalId",
            new { mijlpaalId, status, nieuweDatum = status == MijlpaalStatus.Vertraagd ? nieuweDatum : null }, tx);
}
