using Dapper;
using ProgrammaPlanner.Core.Doelstellingen;

namespace ProgrammaPlanner.Core.Tests.Doelstellingen;

/// <summary>
/// Test data for doelstellingen and projecten. Partners, speerpunten and wijken are inserted with plain SQL:
/// their own slices are written elsewhere at the same time.
/// </summary>
public static class PlanningFixture
{
    /// <summary>A programma 2026–2028 with three partners, two speerpunten, a wijk and one doelstelling.</summary>
    public sealed record Plan(long ProgrammaId, long Armoede, long Eenzaamheid, long Civic, long Dock, long Prisma, long Wijk, long Doelstelling);

    public static async Task<Plan> CreatePlanAsync(this TestApp app, string naam = "Samen Noord")
    {
        var p = await app.CreateProgrammaAsync(naam);
        var armoede = await app.AddSpeerpuntAsync(p, "Armoede", 1);
        var eenzaamheid = await app.AddSpeerpuntAsync(p, "Eenzaamheid", 2);
        var civic = await app.AddPartnerAsync(p, "Civic Amsterdam");
        var dock = await app.AddPartnerAsync(p, "Stichting DOCK");
        var prisma = await app.AddPartnerAsync(p, "Stichting Prisma");
        var wijk = await app.AddWijkAsync(p, "Banne Buiksloot");
        var doel = await app.SendAsync(Doelstelling(p, armoede, "Minder huishoudens in armoede"));
        return new Plan(p, armoede, eenzaamheid, civic, dock, prisma, wijk, doel);
    }

    public static async Task<long> AddPartnerAsync(this TestApp app, long programmaId, string naam)
    {
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "INSERT INTO partner (programma_id, naam, soort, rol) VALUES (@programmaId, @naam, 'welzijn', 'partner') RETURNING id",
            new { programmaId, naam });
    }

    public static async Task<long> AddSpeerpuntAsync(this TestApp app, long programmaId, string naam, int volgorde)
    {
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "INSERT INTO speerpunt (programma_id, naam, volgorde) VALUES (@programmaId, @naam, @volgorde) RETURNING id",
            new { programmaId, naam, volgorde });
    }

    public static async Task<long> AddWijkAsync(this TestApp app, long programmaId, string naam)
    {
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "INSERT INTO wijk (programma_id, naam) VALUES (@programmaId, @naam) RETURNING id", new { programmaId, naam });
    }

    /// <summary>A valid create command (indicator values are illustrative), to vary with `with`.</summary>
    public static CreateDoelstelling.Command Doelstelling(long programmaId, long speerpuntId, string naam) =>
        new(programmaId, speerpuntId, naam, "SMART: in 2028 leven 10% minder huishoudens onder de armoedegrens (illustratief).",
            "Huishoudens onder 120% van het sociaal minimum", "%", "Armoedemonitor (illustratief)", false, "jaarlijks",
            18.4m, 2025, [new Streefwaarde(2026, 17.5m), new Streefwaarde(2028, 16.10m)]);

    /// <summary>Every row of the planning tables plus the audit log, as text: equal before and after means nothing changed.</summary>
    public static async Task<string> StateAsync(this TestApp app)
    {
        string[] tables = ["doelstelling", "streefwaarde", "realisatie", "project", "project_partner", "project_doelstelling",
            "mijlpaal", "risico", "inzet", "audit"];
        await using var c = await app.Db.OpenAsync();
        var lines = new List<string>();
        foreach (var t in tables)
            foreach (IDictionary<string, object?> row in await c.QueryAsync($"SELECT * FROM {t} ORDER BY rowid"))
                lines.Add(t + ": " + string.Join(" | ", row.Select(kv => $"{kv.Key}={kv.Value}")));
        return string.Join("\n", lines);
    }
}
