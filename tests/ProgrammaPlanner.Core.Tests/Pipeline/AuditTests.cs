using Dapper;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Core.Tests.Pipeline;

public class AuditTests
{
    [Test]
    public async Task Command_Succeeds_OneAuditRowWithUserCommandProgrammaAndJson()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync("Samen Noord");
        await app.SendAsync(new ListProgrammas.Query()); // queries are not audited

        await using var c = await app.Db.OpenAsync();
        var rows = (await c.QueryAsync<(string Gebruiker, string Opdracht, long ProgrammaId, string Samenvatting, string Tijdstip)>(
            "SELECT gebruiker, opdracht, programma_id, samenvatting, tijdstip FROM audit")).ToList();

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].Gebruiker, Is.EqualTo("systeem"));
        Assert.That(rows[0].Opdracht, Is.EqualTo("CreateProgramma"));
        Assert.That(rows[0].ProgrammaId, Is.EqualTo(id));
        Assert.That(rows[0].Samenvatting, Does.Contain("\"Naam\":\"Samen Noord\""));
        Assert.That(DateTimeOffset.Parse(rows[0].Tijdstip), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
    }
}
