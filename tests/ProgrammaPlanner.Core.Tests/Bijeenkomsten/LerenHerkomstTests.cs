using Dapper;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

/// <summary>A bijdrage that became an ontwikkelopgave or a verhaal has the same trace as one that became part of the plan.</summary>
public class LerenHerkomstTests
{
    private static async Task<(long Opgave, long Verhaal)> LerenAsync(TestApp app, long programmaId)
    {
        await using var c = await app.Db.OpenAsync(CancellationToken.None);
        var opgave = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO ontwikkelopgave (programma_id, titel, vraag, status)
            VALUES (@programmaId, 'Schulden eerst', 'Wat kan het wijkteam?', 'in onderzoek') RETURNING id
            """,
            new { programmaId });
        var verhaal = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO verhaal (programma_id, titel, tekst, verteller, opgetekend_op)
            VALUES (@programmaId, 'De brief', 'Een brief te veel', 'bewoner', '2026-03-12') RETURNING id
            """,
            new { programmaId });
        return (opgave, verhaal);
    }

    [Test]
    public async Task Linked_to_opgave_and_verhaal_TheWallInbrengAndMergeKeepTheTrace_AndTheParticipantCannotChangeIt()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var (opgave, verhaal) = await LerenAsync(app, s.ProgrammaId);
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock);
        var eerste = (await app.SubmitAsync(code, sleutel, "Schulden eerst aanpakken")).BijdrageId;
        var tweede = (await app.SubmitAsync(code, sleutel, "Een brief van de belasting")).BijdrageId;

        await app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, eerste, 1, ElementSoort.Ontwikkelopgave, opgave));
        await app.SendAsync(new LinkBijdrage.Command(s.ProgrammaId, tweede, 1, ElementSoort.Verhaal, verhaal));

        var kaart = await app.BijdrageAsync(s, eerste);
        Assert.That(kaart.Elementen.Select(e => (e.Soort, e.Naam)), Is.EqualTo(new[] { ("ontwikkelopgave", "Schulden eerst") }));
        var wijziging = Assert.ThrowsAsync<RefusedException>(
            () => app.SendAsync(new UpdateEigenBijdrage.Command(code, sleutel, tweede, 2, "ambitie", "Anders")));
        Assert.That(wijziging!.Message, Is.EqualTo(UpdateEigenBijdrage.Verwerkt));

        var token = await app.SendAsync(new CreateInbrenglink.Command(s.ProgrammaId, s.BijeenkomstId));
        var inbreng = (await app.SendAsync(new GetInbreng.Query(token)))!.Bijdragen.ToDictionary(b => b.Tekst);
        Assert.That(inbreng["Schulden eerst aanpakken"].Elementen,
            Is.EqualTo(new[] { new GetInbreng.Element("ontwikkelopgave", "Schulden eerst", "status: in onderzoek") }));
        Assert.That(inbreng["Een brief van de belasting"].Lot, Is.EqualTo(GetInbreng.Lot.Overgenomen));

        // Merging carries the verhaal's link over to the bijdrage that stays.
        await app.SendAsync(new MergeBijdragen.Command(s.ProgrammaId, eerste, 2, tweede, 2, "Schulden en brieven"));
        Assert.That((await app.BijdrageAsync(s, eerste)).Elementen.Select(e => e.Soort), Is.EquivalentTo(new[] { "ontwikkelopgave", "verhaal" }));
        var herkomst = await app.SendAsync(new GetHerkomst.Query(s.ProgrammaId, ElementSoort.Verhaal, verhaal));
        Assert.That(herkomst.Select(h => h.BijdrageId), Is.EquivalentTo(new[] { eerste, tweede }));
    }
}
