using Dapper;
using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Tests.Programmaplan;

/// <summary>The plan's read model of a learning coalition: groups summarised (only the aanjager named), opgaven with their stories counted.</summary>
public class LeeraanpakTests
{
    [Test]
    public async Task Groups_and_opgaven_in_the_plan_members_by_soort_and_organisation()
    {
        await using var app = TestApp.Create();
        var p = await app.CreatePlanAsync();
        Assert.That((await app.SendAsync(new GetProgrammaplan.Query(p.ProgrammaId))).Leren, Is.Null, "no chapter without groups or opgaven");
        await using (var c = await app.Db.OpenAsync(CancellationToken.None))
        {
            var groep = await c.ExecuteScalarAsync<long>(
                "INSERT INTO verbondsgroep (programma_id, naam, wijk_id, maatwerkbudget) VALUES (@ProgrammaId, 'Noord', @Wijk, '25000') RETURNING id", p);
            await c.ExecuteAsync(
                """
                INSERT INTO groepslid (verbondsgroep_id, naam, soort, partner_id, organisatie, discipline, aanjager) VALUES
                    (@groep, 'Sanne', 'professional', @Dock, '', 'schuldhulp', 1),
                    (@groep, 'Bram', 'professional', @Civic, '', 'wonen', 0),
                    (@groep, 'Ilse', 'professional', NULL, 'GGD', 'zorg', 0),
                    (@groep, 'Mo', 'ervaringsdeskundige', NULL, '', '', 0);
                INSERT INTO verbondsgroep (programma_id, naam, volgorde) VALUES (@ProgrammaId, 'Oost', 1);
                INSERT INTO ontwikkelopgave (programma_id, titel, vraag, terrein, verbondsgroep_id, status, bevindingen, aanbeveling)
                    VALUES (@ProgrammaId, 'Schulden eerst', 'Wat kan het wijkteam?', 'schulden', @groep, 'beantwoord', 'Het werkt', 'Doen');
                INSERT INTO verhaal (programma_id, titel, tekst, verteller, opgetekend_op) VALUES
                    (@ProgrammaId, 'Een', 'x', 'bewoner', '2026-01-01'), (@ProgrammaId, 'Twee', 'y', 'professional', '2026-01-02');
                INSERT INTO verhaal_ontwikkelopgave SELECT v.id, o.id FROM verhaal v, ontwikkelopgave o WHERE v.titel = 'Een';
                INSERT INTO maatwerkregeling (programma_id, plafond_per_casus) VALUES (@ProgrammaId, '2500');
                """, new { groep, p.ProgrammaId, p.Dock, p.Civic });
        }

        var leren = (await app.SendAsync(new GetProgrammaplan.Query(p.ProgrammaId))).Leren!;

        var noord = leren.Groepen[0];
        Assert.That(leren.Groepen.Select(g => g.Naam), Is.EqualTo(new[] { "Noord", "Oost" }));
        Assert.That((noord.Buurt, noord.Samenstelling, noord.Aanjager, noord.Maatwerkbudget),
            Is.EqualTo(("Banne Buiksloot", "3 professionals, 1 ervaringsdeskundige", "Sanne", 25000m)));
        Assert.That(noord.Organisaties, Is.EqualTo(new[] { "Stichting DOCK", "Civic Amsterdam", "GGD" }));
        Assert.That((leren.Groepen[1].Samenstelling, leren.Groepen[1].Aanjager, leren.Groepen[1].Maatwerkbudget), Is.EqualTo(("", "", (decimal?)null)));
        var opgave = leren.Opgaven.Single();
        Assert.That((opgave.Titel, opgave.Groep, opgave.Status, opgave.Verhalen, opgave.Bevindingen),
            Is.EqualTo(("Schulden eerst", "Noord", "beantwoord", 1, "Het werkt")));
        Assert.That((leren.Verhalen, leren.PlafondPerCasus), Is.EqualTo((2, 2500m)));
    }
}
