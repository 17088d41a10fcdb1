using System.Data.Common;
using Dapper;

namespace ProgrammaPlanner.Core.Tests.Programmas;

/// <summary>
/// The Samen Noord sample shows the steering side on first start: two reported years (2018, 2019), a partner that was
/// returned once, and counted figures that are exactly what the partners reported and the facilitator accepted.
/// </summary>
public class SamenNoordSturingTests
{
    private TestApp app = null!;
    private DbConnection c = null!;

    [SetUp]
    public async Task ImportSample()
    {
        app = TestApp.Create();
        await app.ImportAsync(SampleFiles.Sample("samen-noord.json"), "samen-noord.json");
        c = await app.Db.OpenAsync();
    }

    [TearDown]
    public async Task Dispose()
    {
        await c.DisposeAsync();
        await app.DisposeAsync();
    }

    [Test]
    public async Task Sample_HasTwoRoundsEveryPartnerAccepted_OnePartnerReturnedOnceWithAReason()
    {
        Assert.That(await c.QueryAsync<long>("SELECT jaar FROM rapportageronde ORDER BY jaar"), Is.EqualTo(new[] { 2018L, 2019L }));
        var perRonde = await c.QueryAsync<(long Jaar, long Aantal, long Geaccepteerd)>(
            """
            SELECT o.jaar, COUNT(*), COUNT(*) FILTER (WHERE r.status = 'geaccepteerd') FROM rapportage r JOIN rapportageronde o ON o.id = r.ronde_id
            GROUP BY o.jaar ORDER BY o.jaar
            """);
        var partners = await app.CountAsync("partner");
        Assert.That(perRonde, Is.EqualTo(new[] { (2018L, partners, partners), (2019L, partners, partners) }));

        var teruggestuurd = (await c.QueryAsync<(long Jaar, string Partner, long RapportageId)>(
            """
            SELECT o.jaar, p.naam, r.id FROM rapportage_stap s JOIN rapportage r ON r.id = s.rapportage_id
            JOIN rapportageronde o ON o.id = r.ronde_id JOIN partner p ON p.id = r.partner_id WHERE s.stap = 'teruggestuurd'
            """)).ToList();
        Assert.That(teruggestuurd, Has.Count.EqualTo(1));
        Assert.That(teruggestuurd[0].Jaar, Is.EqualTo(2019));
        var stappen = (await c.QueryAsync<(string Stap, string Reden, string Op)>(
            "SELECT stap, reden, op FROM rapportage_stap WHERE rapportage_id = @id ORDER BY id", new { id = teruggestuurd[0].RapportageId })).ToList();
        Assert.That(stappen.Select(s => s.Stap), Is.EqualTo(new[] { "ingediend", "teruggestuurd", "ingediend", "geaccepteerd" }));
        Assert.That(stappen[1].Reden, Is.Not.Empty);
        Assert.That(stappen.Select(s => s.Op), Is.Ordered.Ascending, "the steps follow each other in time");
        Assert.That(await c.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM rapportage_stap s JOIN rapportage r ON r.id = s.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id
            WHERE s.op < o.geopend_op OR substr(s.op, 1, 4) <> CAST(o.jaar + 1 AS TEXT)
            """), Is.Zero, "every step is taken after the round opened, early in the year after the reported year");
    }

    [Test]
    public async Task Sample_CountedRealisaties_CompleteFor2018And2019()
    {
        var zonder = await c.QueryAsync<string>(
            """
            SELECT d.naam || ' ' || j.jaar FROM doelstelling d CROSS JOIN (SELECT 2018 AS jaar UNION SELECT 2019) j
            WHERE NOT EXISTS (SELECT 1 FROM realisatie r WHERE r.doelstelling_id = d.id AND r.jaar = j.jaar AND r.wijk_id IS NULL)
            """);
        Assert.That(zonder, Is.Empty);
        // Where a doelstelling has wijk figures, each reported year has them for every wijk, adding up to the total.
        var wijkjaren = await c.QueryAsync<(string Naam, long Jaar, long Wijken, double Som, double Totaal)>(
            """
            SELECT d.naam, r.jaar, COUNT(*), SUM(CAST(r.waarde AS REAL)),
                   (SELECT CAST(t.waarde AS REAL) FROM realisatie t WHERE t.doelstelling_id = d.id AND t.jaar = r.jaar AND t.wijk_id IS NULL)
            FROM realisatie r JOIN doelstelling d ON d.id = r.doelstelling_id WHERE r.wijk_id IS NOT NULL GROUP BY d.id, r.jaar
            """);
        Assert.That(wijkjaren.Select(w => (w.Naam, w.Jaar)).Distinct().Count(), Is.EqualTo(4), "two doelstellingen with wijk figures, both years");
        Assert.That(wijkjaren, Has.All.Matches<(string, long, long Wijken, double Som, double Totaal)>(w => w.Wijken == 3 && w.Som == w.Totaal));
    }

    /// <summary>
    /// The stand rule (behaald at the streefwaarde, op koers within 10 %, else achter), computed here from the rows, so the
    /// sample shows every status.
    /// </summary>
    [Test]
    public async Task Sample_CountedRealisaties2019_SomeBehaaldSomeOpKoersSomeAchter()
    {
        var doelen = await c.QueryAsync<(long Id, string Naam, bool HogerIsBeter)>("SELECT id, naam, hoger_is_beter FROM doelstelling");
        var statussen = new Dictionary<string, string>();
        foreach (var d in doelen)
        {
            var streef = (await c.QueryAsync<(long Jaar, decimal Waarde)>(
                "SELECT jaar, waarde FROM streefwaarde WHERE doelstelling_id = @Id ORDER BY jaar", new { d.Id })).ToList();
            var s = streef.LastOrDefault(x => x.Jaar <= 2019) is { Jaar: > 0 } eerder ? eerder.Waarde : streef.First(x => x.Jaar > 2019).Waarde;
            var r = await c.QuerySingleAsync<decimal>(
                "SELECT waarde FROM realisatie WHERE doelstelling_id = @Id AND jaar = 2019 AND wijk_id IS NULL", new { d.Id });
            statussen[d.Naam] = (d.HogerIsBeter ? r >= s : r <= s) ? StandStatus.Behaald
                : Math.Abs(r - s) <= 0.10m * Math.Abs(s) ? StandStatus.OpKoers
                : StandStatus.Achter;
        }

        Assert.That(statussen.Values, Has.Some.EqualTo(StandStatus.Behaald).And.Some.EqualTo(StandStatus.OpKoers).And.Some.EqualTo(StandStatus.Achter),
            string.Join("\n", statussen.Select(x => $"{x.Key}: {x.Value}")));
        Assert.That(statussen["Meer kinderen doen mee aan naschoolse activiteiten"], Is.EqualTo(StandStatus.OpKoers), "2.380 against 2.400");
        Assert.That(statussen["Sneller hulp bij geldzorgen"], Is.EqualTo(StandStatus.Achter), "8,4 werkdagen against 7, lager is beter");
    }

    [Test]
    public async Task Sample_AcceptedRapportages_EqualTheCountedFiguresBothWays()
    {
        // Each pair: the accepted reports' figures, and the counted figures of the reported years, as comparable rows.
        var paren = new (string Wat, string Gerapporteerd, string Geteld)[]
        {
            ("realisaties",
                """
                SELECT x.doelstelling_id, o.jaar, COALESCE(x.wijk_id, 0), CAST(x.waarde AS REAL) FROM rapportage_realisatie x
                JOIN rapportage r ON r.id = x.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id WHERE r.status = 'geaccepteerd'
                """,
                """
                SELECT doelstelling_id, jaar, COALESCE(wijk_id, 0), CAST(waarde AS REAL) FROM realisatie
                WHERE jaar IN (SELECT jaar FROM rapportageronde)
                """),
            ("bestedingen",
                """
                SELECT x.project_id, r.partner_id, o.jaar, CAST(x.euro AS REAL), CAST(x.uren AS REAL) FROM rapportage_besteding x
                JOIN rapportage r ON r.id = x.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id WHERE r.status = 'geaccepteerd'
                """,
                """
                SELECT project_id, partner_id, jaar, CAST(euro AS REAL), CAST(uren AS REAL) FROM besteding
                WHERE jaar IN (SELECT jaar FROM rapportageronde)
                """),
            ("projectstatussen",
                """
                SELECT x.project_id, o.jaar, x.status, x.toelichting FROM rapportage_projectstatus x
                JOIN rapportage r ON r.id = x.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id WHERE r.status = 'geaccepteerd'
                """,
                "SELECT project_id, jaar, status, toelichting FROM project_jaarstatus WHERE jaar IN (SELECT jaar FROM rapportageronde)"),
            ("mijlpalen (the latest report counts)",
                """
                SELECT x.mijlpaal_id, x.status, x.nieuwe_datum FROM rapportage_mijlpaal x JOIN rapportage r ON r.id = x.rapportage_id
                JOIN rapportageronde o ON o.id = r.ronde_id
                WHERE r.status = 'geaccepteerd' AND o.jaar = (SELECT MAX(o2.jaar) FROM rapportage_mijlpaal x2 JOIN rapportage r2 ON r2.id = x2.rapportage_id
                                                              JOIN rapportageronde o2 ON o2.id = r2.ronde_id WHERE x2.mijlpaal_id = x.mijlpaal_id)
                """,
                "SELECT id, status, nieuwe_datum FROM mijlpaal WHERE id IN (SELECT mijlpaal_id FROM rapportage_mijlpaal)"),
        };
        foreach (var (wat, gerapporteerd, geteld) in paren)
        {
            Assert.That(await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM ({gerapporteerd}) AS x"), Is.GreaterThan(0), wat);
            Assert.That(await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM ({gerapporteerd} EXCEPT {geteld}) AS x"), Is.Zero,
                $"{wat}: reported, not counted");
            Assert.That(await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM ({geteld} EXCEPT {gerapporteerd}) AS x"), Is.Zero,
                $"{wat}: counted, not reported");
        }
    }

    [Test]
    public async Task Sample_EachPartnerReportsWhatBelongsToIt()
    {
        // realisaties of the doelstellingen of the projects it leads; status and mijlpalen of the projects it leads;
        // besteding of the projects it takes part in.
        Assert.That(await c.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM rapportage_realisatie x JOIN rapportage r ON r.id = x.rapportage_id
            WHERE NOT EXISTS (SELECT 1 FROM project_doelstelling pd JOIN project p ON p.id = pd.project_id
                              WHERE pd.doelstelling_id = x.doelstelling_id AND p.trekker_partner_id = r.partner_id)
            """), Is.Zero);
        Assert.That(await c.ExecuteScalarAsync<long>(
            """
            SELECT (SELECT COUNT(*) FROM rapportage_projectstatus x JOIN rapportage r ON r.id = x.rapportage_id JOIN project p ON p.id = x.project_id
                    WHERE p.trekker_partner_id <> r.partner_id)
                 + (SELECT COUNT(*) FROM rapportage_mijlpaal x JOIN rapportage r ON r.id = x.rapportage_id JOIN mijlpaal m ON m.id = x.mijlpaal_id
                    JOIN project p ON p.id = m.project_id WHERE p.trekker_partner_id <> r.partner_id)
                 + (SELECT COUNT(*) FROM rapportage_besteding x JOIN rapportage r ON r.id = x.rapportage_id
                    WHERE NOT EXISTS (SELECT 1 FROM project_partner pp WHERE pp.project_id = x.project_id AND pp.partner_id = r.partner_id))
            """), Is.Zero);
    }

    [Test]
    public async Task Sample_OneProjectVertraagdIn2019_AndAMijlpaalVertraagdWithANewDate()
    {
        var vertraagd = (await c.QueryAsync<(string Naam, string Toelichting)>(
            """
            SELECT p.naam, j.toelichting FROM project_jaarstatus j JOIN project p ON p.id = j.project_id
            WHERE j.jaar = 2019 AND j.status = 'vertraagd'
            """)).ToList();
        Assert.That(vertraagd.Select(v => v.Naam), Is.EqualTo(new[] { "Geldzorgen de baas" }));
        Assert.That(vertraagd[0].Toelichting, Is.Not.Empty);
        Assert.That(await c.QueryAsync<(string, string)>("SELECT titel, nieuwe_datum FROM mijlpaal WHERE status = 'vertraagd'"),
            Is.EqualTo(new[] { ("Afspraken met ROC over terugkeer", "2020-03-01") }));
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT project_id || '-' || jaar) FROM besteding WHERE jaar IN (2018, 2019)"),
            Is.EqualTo(12), "every project has bestedingen in both reported years");
    }
}
