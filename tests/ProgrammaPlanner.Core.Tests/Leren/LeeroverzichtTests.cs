using Dapper;
using ProgrammaPlanner.Core.Leren;

namespace ProgrammaPlanner.Core.Tests.Leren;

public class LeeroverzichtTests
{
    [Test]
    public async Task Counts_only_this_programma_with_opgaven_in_status_order()
    {
        await using var app = TestApp.Create();
        var mijn = await app.CreateProgrammaAsync("Verbond");
        var ander = await app.CreateProgrammaAsync("Ander verbond");
        await using (var c = await app.Db.OpenAsync(CancellationToken.None))
        {
            foreach (var p in new[] { mijn, ander })
            {
                var groep = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO verbondsgroep (programma_id, naam) VALUES (@p, 'Noord') RETURNING id", new { p });
                await c.ExecuteAsync("INSERT INTO groepslid (verbondsgroep_id, naam, soort) VALUES (@groep, 'A', 'bewoner'), (@groep, 'B', 'professional')",
                    new { groep });
                await c.ExecuteAsync(
                    """
                    INSERT INTO ontwikkelopgave (programma_id, titel, vraag, status) VALUES
                        (@p, 'Een', 'v', 'beantwoord'), (@p, 'Twee', 'v', 'open'), (@p, 'Drie', 'v', 'open');
                    INSERT INTO verhaal (programma_id, titel, tekst, verteller, opgetekend_op) VALUES (@p, 't', 'x', 'bewoner', '2020-01-01');
                    INSERT INTO maatwerkcasus (programma_id, verbondsgroep_id, omschrijving, besloten_door, besloten_op)
                        VALUES (@p, @groep, 'Huurachterstand', 'Aanjager', '2020-02-01');
                    """, new { p, groep });
            }
            await c.ExecuteAsync(
                "INSERT INTO verhaal (programma_id, titel, tekst, verteller, opgetekend_op) VALUES (@mijn, 't2', 'y', 'professional', '2020-01-02')",
                new { mijn });
        }

        var o = await app.SendAsync(new GetLeeroverzicht.Query(mijn));

        Assert.That((o.Groepen, o.Leden, o.Verhalen, o.Casussen), Is.EqualTo((1, 2, 2, 1)));
        Assert.That(o.Opgaven, Is.EqualTo(new[] { ("open", 2), ("beantwoord", 1) }));
        var leeg = await app.SendAsync(new GetLeeroverzicht.Query(await app.CreateProgrammaAsync("Leeg")));
        Assert.That((leeg.Groepen, leeg.Verhalen, leeg.Opgaven.Count), Is.EqualTo((0, 0, 0)));
    }
}
