using Dapper;
using ProgrammaPlanner.Core.Partners;

namespace ProgrammaPlanner.Core.Tests.Partners;

/// <summary>
/// Rows the Partners, Wijken, Speerpunten and Samenwerking tests need from areas built elsewhere
/// (projecten, inzet, doelstellingen, realisaties), inserted with plain SQL, plus a table dump to prove
/// that a refused command changed nothing.
/// </summary>
internal static class PlanningFixture
{
    public static Task<long> AddPartnerAsync(this TestApp app, long programmaId, string naam, string email = "") =>
        app.SendAsync(new AddPartner.Command(programmaId, naam, "welzijn", PartnerRol.Partner, "", email, "", "", ""));

    public static async Task<long> InsertProjectAsync(this TestApp app, long programmaId, string naam, long trekkerId)
    {
        await using var c = await app.Db.OpenAsync();
        var id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO project (programma_id, naam, trekker_partner_id, startdatum, einddatum, status)
            VALUES (@programmaId, @naam, @trekkerId, '2026-01-01', '2027-12-31', 'lopend') RETURNING id
            """, new { programmaId, naam, trekkerId });
        await c.ExecuteAsync("INSERT INTO project_partner (project_id, partner_id) VALUES (@id, @trekkerId)", new { id, trekkerId });
        return id;
    }

    public static async Task InsertProjectPartnerAsync(this TestApp app, long projectId, long partnerId)
    {
        await using var c = await app.Db.OpenAsync();
        await c.ExecuteAsync("INSERT INTO project_partner (project_id, partner_id) VALUES (@projectId, @partnerId)", new { projectId, partnerId });
    }

    public static async Task InsertInzetAsync(this TestApp app, long projectId, long partnerId, int jaar, decimal euro)
    {
        await using var c = await app.Db.OpenAsync();
        await c.ExecuteAsync(
            "INSERT INTO inzet (project_id, partner_id, jaar, soort, euro, uren) VALUES (@projectId, @partnerId, @jaar, 'eigen middelen', @euro, 0)",
            new { projectId, partnerId, jaar, euro });
    }

    public static async Task<long> InsertDoelstellingAsync(this TestApp app, long programmaId, long speerpuntId, string naam)
    {
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO doelstelling (programma_id, speerpunt_id, naam, indicator_naam)
            VALUES (@programmaId, @speerpuntId, @naam, 'Aantal bewoners') RETURNING id
            """, new { programmaId, speerpuntId, naam });
    }

    public static async Task InsertRealisatieAsync(this TestApp app, long doelstellingId, int jaar, long? wijkId, decimal waarde)
    {
        await using var c = await app.Db.OpenAsync();
        await c.ExecuteAsync(
            "INSERT INTO realisatie (doelstelling_id, jaar, wijk_id, waarde) VALUES (@doelstellingId, @jaar, @wijkId, @waarde)",
            new { doelstellingId, jaar, wijkId, waarde });
    }

    /// <summary>Every row of the given tables as text, to compare before and after a refused command.</summary>
    public static async Task<string> DumpAsync(this TestApp app, params string[] tables)
    {
        await using var c = await app.Db.OpenAsync();
        var lines = new List<string>();
        foreach (var table in tables)
            foreach (IDictionary<string, object?> row in await c.QueryAsync($"SELECT * FROM {table} ORDER BY 1, 2"))
                lines.Add($"{table}: {string.Join(", ", row.Select(kv => $"{kv.Key}={kv.Value}"))}");
        return string.Join("\n", lines);
    }
}
