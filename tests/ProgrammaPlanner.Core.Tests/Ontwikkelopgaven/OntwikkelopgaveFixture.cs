using Dapper;
using ProgrammaPlanner.Core.Ontwikkelopgaven;

namespace ProgrammaPlanner.Core.Tests.Ontwikkelopgaven;

/// <summary>
/// Groups and stories by plain SQL (their own commands are built elsewhere), and the tables an ontwikkelopgave command
/// writes, to prove a refusal changed nothing.
/// </summary>
internal static class OntwikkelopgaveFixture
{
    public static readonly string[] Tabellen = ["ontwikkelopgave", "verhaal_ontwikkelopgave", "bijdrage_ontwikkelopgave", "audit"];

    public static Task<string> OpgaveStateAsync(this TestApp app) => app.DumpAsync(Tabellen);

    public static async Task<long> GroepAsync(this TestApp app, long programmaId, string naam = "Verbondsgroep Noord")
    {
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "INSERT INTO verbondsgroep (programma_id, naam) VALUES (@programmaId, @naam) RETURNING id", new { programmaId, naam });
    }

    public static async Task<long> VerhaalAsync(this TestApp app, long programmaId, string titel, string tekst, params string[] zekerheden)
    {
        await using var c = await app.Db.OpenAsync();
        var id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO verhaal (programma_id, titel, tekst, verteller, opgetekend_op)
            VALUES (@programmaId, @titel, @tekst, 'bewoner', '2026-03-02') RETURNING id
            """, new { programmaId, titel, tekst });
        foreach (var z in zekerheden)
            await c.ExecuteAsync("INSERT INTO verhaal_bestaanszekerheid (verhaal_id, bestaanszekerheid) VALUES (@id, @z)", new { id, z });
        return id;
    }

    public static CreateOntwikkelopgave.Command Opgave(long programmaId, long? groep = null, string titel = "Schulden vroeg zien") =>
        new(programmaId, titel, "Wat kan het wijkteam van morgen doen om schulden eerder te zien?", "schulden", groep);

    public static UpdateOntwikkelopgave.Command Update(long programmaId, long id, int version, string bevindingen = "", string aanbeveling = "") =>
        new(programmaId, id, version, "Schulden vroeg zien", "Wat kan het wijkteam van morgen doen om schulden eerder te zien?", "schulden", null,
            bevindingen, aanbeveling);
}
