using Dapper;
using ProgrammaPlanner.Core.Logboek;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Logboek;

public class ListAuditLogTests
{
    /// <summary>Writes an audit row as AuditBehavior would, at a chosen moment and user.</summary>
    private static async Task LogAsync(TestApp app, long programmaId, string tijdstipUtc, string gebruiker, string opdracht = "UpdatePartner")
    {
        await using var c = await app.Db.OpenAsync();
        await c.ExecuteAsync(
            "INSERT INTO audit (tijdstip, gebruiker, opdracht, programma_id, samenvatting) VALUES (@tijdstipUtc, @gebruiker, @opdracht, @programmaId, '{}')",
            new { tijdstipUtc, gebruiker, opdracht, programmaId });
    }

    [Test]
    public async Task Commands_NewestFirstWithReadableFields()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();
        await app.SendAsync(new AddPartner.Command(id, "Civic Amsterdam", "welzijn", "partner", "", "", "", "", ""));

        var log = await app.SendAsync(new ListAuditLog.Query(id, null, null, null, 1, 20));

        Assert.That(log.Rows.Select(r => r.Opdracht), Is.EqualTo(new[] { "AddPartner", "CreateProgramma" }));
        Assert.That(log.Totaal, Is.EqualTo(2));
        Assert.That(log.Rows[0].Gebruiker, Is.EqualTo("systeem"));
        Assert.That(log.Rows[0].Samenvatting, Does.Contain("Civic Amsterdam"));
        Assert.That(log.Rows[0].Tijdstip, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        Assert.That(log.Rows[0].Tijdstip.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(log.Gebruikers, Is.EqualTo(new[] { "systeem" }));
    }

    [Test]
    public async Task RowsStoredUnderAnOldClassName_ReadWithTheirDutchLabel()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();
        await LogAsync(app, id, "2099-01-01T10:00:00.000Z", "Fatima", "NodigUit"); // as stored before commands had a [Logboek] name
        await LogAsync(app, id, "2099-01-01T11:00:00.000Z", "Fatima", "BestaatNietMeer");
        await using (var c = await app.Db.OpenAsync())
            await c.ExecuteAsync(Migratie("0005_LogboekNamen.sql"));

        var log = await app.SendAsync(new ListAuditLog.Query(id, null, null, null, 1, 20));

        Assert.That(log.Rows.Select(r => r.Label), Is.EqualTo(new[] { "BestaatNietMeer", "Lid uitgenodigd", "Programma aangemaakt" }));
    }

    private static string Migratie(string naam)
    {
        var assembly = typeof(LogboekAttribute).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith(naam, StringComparison.Ordinal)))!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Test]
    public async Task SecondPage_SkipsTheFirstPageAndCountsAll()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();
        for (var i = 1; i <= 7; i++) await LogAsync(app, id, $"2026-01-0{i}T10:00:00.000Z", "anna");

        var pagina2 = await app.SendAsync(new ListAuditLog.Query(id, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), null, 2, 3));

        Assert.That(pagina2.Totaal, Is.EqualTo(7));
        Assert.That(pagina2.Rows.Select(r => r.Tijdstip.Day), Is.EqualTo(new[] { 4, 3, 2 }));
    }

    [Test]
    public async Task DateRange_DutchDays_IncludesBothEnds()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();
        await LogAsync(app, id, "2026-03-09T22:59:59.999Z", "anna"); // 9 maart 23:59 in Nederland (CET)
        await LogAsync(app, id, "2026-03-09T23:30:00.000Z", "anna"); // 10 maart 00:30 in Nederland
        await LogAsync(app, id, "2026-03-11T22:30:00.000Z", "anna"); // 11 maart 23:30 in Nederland
        await LogAsync(app, id, "2026-03-11T23:00:00.000Z", "anna"); // 12 maart 00:00 in Nederland
        await LogAsync(app, id, "2026-07-01T22:30:00.000Z", "anna"); // 2 juli 00:30 in Nederland (CEST)

        var maart = await app.SendAsync(new ListAuditLog.Query(id, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11), null, 1, 50));
        var juli = await app.SendAsync(new ListAuditLog.Query(id, new DateOnly(2026, 7, 2), new DateOnly(2026, 7, 2), null, 1, 50));

        Assert.That(maart.Rows.Select(r => r.Tijdstip.ToString("o")),
            Is.EqualTo(new[] { "2026-03-11T22:30:00.0000000+00:00", "2026-03-09T23:30:00.0000000+00:00" }));
        Assert.That(maart.Totaal, Is.EqualTo(2));
        Assert.That(juli.Totaal, Is.EqualTo(1));
    }

    [Test]
    public async Task UserFilter_OnlyThatUser_UsersListStaysComplete()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();
        await LogAsync(app, id, "2026-01-01T10:00:00.000Z", "bram");
        await LogAsync(app, id, "2026-01-02T10:00:00.000Z", "anna");
        await LogAsync(app, id, "2026-01-03T10:00:00.000Z", "bram");

        var bram = await app.SendAsync(new ListAuditLog.Query(id, null, null, "bram", 1, 50));

        Assert.That(bram.Totaal, Is.EqualTo(2));
        Assert.That(bram.Rows.All(r => r.Gebruiker == "bram"));
        Assert.That(bram.Gebruikers, Is.EqualTo(new[] { "anna", "bram", "systeem" }));
    }

    [Test]
    public async Task OtherProgramma_ItsRowsAndUsersAreNotShown()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync("Samen Oost");
        var ander = await app.CreateProgrammaAsync("Samen West");
        await LogAsync(app, ander, "2026-01-01T10:00:00.000Z", "geheim");

        var log = await app.SendAsync(new ListAuditLog.Query(id, null, null, null, 1, 50));
        var metGebruiker = await app.SendAsync(new ListAuditLog.Query(id, null, null, "geheim", 1, 50));

        Assert.That(log.Totaal, Is.EqualTo(1));
        Assert.That(log.Gebruikers, Does.Not.Contain("geheim"));
        Assert.That(metGebruiker.Totaal, Is.Zero);
        Assert.That(metGebruiker.Rows, Is.Empty);
    }

    [Test]
    public async Task BadPagingOrRange_ValidationMessagesPerField()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new ListAuditLog.Query(id, new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1), null, 0, 1000)));

        Assert.That(e!.Errors.Keys, Is.EquivalentTo(new[] { "Page", "PageSize", "Tot" }));
        Assert.That(e.Errors["Tot"][0], Does.Contain("vóór de begindatum"));
    }
}
