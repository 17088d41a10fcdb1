using System.Data.Common;
using System.Globalization;
using Dapper;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Speerpunten;
using ProgrammaPlanner.Core.Wijken;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// The single steps of <see cref="PlanBuilder"/>, each one real command, for tests that add to a plan one part at a
/// time; the plan most core tests start from; and table dumps to prove that a refused command changed nothing.
/// </summary>
public static class PlanningFixture
{
    /// <summary>A programma 2026–2028 with three partners, two speerpunten, a wijk and one doelstelling.</summary>
    public sealed record Plan(long ProgrammaId, long Armoede, long Eenzaamheid, long Civic, long Dock, long Prisma, long Wijk, long Doelstelling);

    public static async Task<Plan> CreatePlanAsync(this TestApp app, string naam = "Samen Noord")
    {
        var p = await new PlanBuilder(app, naam)
            .WithSpeerpunt("Armoede").WithSpeerpunt("Eenzaamheid")
            .WithPartner("Civic Amsterdam").WithPartner("Stichting DOCK").WithPartner("Stichting Prisma")
            .WithWijk("Banne Buiksloot")
            .WithDoelstelling("Armoede", "Minder huishoudens in armoede")
            .BuildAsync();
        return new Plan(p.ProgrammaId, p.Speerpunten["Armoede"], p.Speerpunten["Eenzaamheid"], p.Partners["Civic Amsterdam"],
            p.Partners["Stichting DOCK"], p.Partners["Stichting Prisma"], p.Wijken["Banne Buiksloot"],
            p.Doelstellingen["Minder huishoudens in armoede"]);
    }

    public static Task<long> AddPartnerAsync(this TestApp app, long programmaId, string naam, string email = "",
        string soort = "welzijn", string rol = PartnerRol.Partner) =>
        app.SendAsync(new AddPartner.Command(programmaId, naam, soort, rol, "", email, "", "", ""));

    public static Task<long> AddSpeerpuntAsync(this TestApp app, long programmaId, string naam, string analyse = "") =>
        app.SendAsync(new CreateSpeerpunt.Command(programmaId, naam, analyse));

    public static Task<long> AddWijkAsync(this TestApp app, long programmaId, string naam) =>
        app.SendAsync(new AddWijk.Command(programmaId, naam));

    /// <summary>A valid create command (indicator values are illustrative), to vary with `with`.</summary>
    public static CreateDoelstelling.Command Doelstelling(long programmaId, long speerpuntId, string naam) =>
        new(programmaId, speerpuntId, naam, "SMART: in 2028 leven 10% minder huishoudens onder de armoedegrens (illustratief).",
            "Huishoudens onder 120% van het sociaal minimum", "%", "Armoedemonitor (illustratief)", false, "jaarlijks",
            18.4m, 2025, [new Streefwaarde(2026, 17.5m), new Streefwaarde(2028, 16.10m)]);

    public static Task<long> AddDoelstellingAsync(this TestApp app, long programmaId, long speerpuntId, string naam) =>
        app.SendAsync(Doelstelling(programmaId, speerpuntId, naam));

    public static async Task SetRealisatieAsync(this TestApp app, long programmaId, long doelstellingId, int jaar, long? wijkId,
        decimal waarde)
    {
        var version = (await app.SendAsync(new GetDoelstelling.Query(programmaId, doelstellingId))).Version;
        await app.SendAsync(new SetRealisatie.Command(programmaId, doelstellingId, version, jaar, wijkId, waarde));
    }

    /// <summary>A project 2026–2027, lopend, led by <paramref name="trekkerId"/> with <paramref name="partnerIds"/> taking part.</summary>
    public static Task<long> AddProjectAsync(this TestApp app, long programmaId, string naam, long trekkerId, params long[] partnerIds) =>
        app.SendAsync(new CreateProject.Command(programmaId, naam, "", false, trekkerId, partnerIds, [],
            new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), "lopend"));

    /// <summary>Adds one line of inzet to what the project has, as the inzet form saves it (all lines at once).</summary>
    public static async Task AddInzetAsync(this TestApp app, long programmaId, long projectId, long partnerId, int jaar, decimal euro,
        string soort = "eigen middelen", decimal uren = 0)
    {
        var project = await app.SendAsync(new GetProject.Query(programmaId, projectId));
        var regels = project.Inzet.Select(i => new SetInzet.InzetRegel(i.PartnerId, i.Jaar, i.Soort, i.Euro, i.Uren))
            .Append(new SetInzet.InzetRegel(partnerId, jaar, soort, euro, uren)).ToList();
        await app.SendAsync(new SetInzet.Command(programmaId, projectId, project.Version, regels));
    }

    /// <summary>The tables a doelstelling or project command writes, plus the audit log.</summary>
    public static readonly string[] PlanningTabellen =
        ["doelstelling", "streefwaarde", "realisatie", "project", "project_partner", "project_doelstelling", "mijlpaal", "risico", "inzet",
            "audit"];

    /// <summary>Every row of <see cref="PlanningTabellen"/> as text: equal before and after means nothing changed.</summary>
    public static Task<string> StateAsync(this TestApp app) => app.DumpAsync(PlanningTabellen);

    /// <summary>
    /// Every row of the given tables (of every table but the migration journal when none is given) as text, to compare
    /// before and after a refused command.
    /// </summary>
    public static async Task<string> DumpAsync(this TestApp app, params string[] tables)
    {
        await using var c = await app.Db.OpenAsync();
        if (tables.Length == 0)
            tables = [.. (await TablesAsync(c)).Where(t => !t.Equals("SchemaVersions", StringComparison.OrdinalIgnoreCase))];
        var lines = new List<string>();
        foreach (var table in tables)
        {
            var rows = (await c.QueryAsync($"SELECT * FROM {table}")).Cast<IDictionary<string, object?>>()
                .Select(row => $"{table}: {string.Join(", ", row.Select(kv => $"{kv.Key}={Tekst(kv.Value)}"))}");
            lines.AddRange(rows.Order(StringComparer.Ordinal));
        }
        return string.Join("\n", lines);
    }

    /// <summary>Every table of the database (the migration journal included), by name.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(DbConnection c) =>
        [.. await c.QueryAsync<string>(c is Npgsql.NpgsqlConnection
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name COLLATE \"C\""
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")];

    private static string Tekst(object? value) => value is null ? "NULL" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
