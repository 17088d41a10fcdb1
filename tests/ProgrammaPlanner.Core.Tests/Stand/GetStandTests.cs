using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Speerpunten;
using ProgrammaPlanner.Core.Stand;
using ProgrammaPlanner.Core.Tests.Programmas;

namespace ProgrammaPlanner.Core.Tests.Stand;

public class GetStandTests
{
    private const string Jeugd = "Kinderen en jongeren", Mantelzorg = "Mantelzorgers", Leeg = "Nog leeg";
    private const string Kinderen = "Meer kinderen doen mee", Uitval = "Minder uitval", Mantelzorgers = "Mantelzorgers in beeld";

    private static async Task<PlanIds> PlanAsync(TestApp app) => await new PlanBuilder(app, "Samen Noord", 2017, 2020)
        .WithWijk("Oud-Noord").WithWijk("Noord-Oost")
        .WithSpeerpunt(Jeugd).WithSpeerpunt(Mantelzorg).WithSpeerpunt(Leeg)
        .WithDoelstelling(Jeugd, Kinderen, c => c with
        {
            IndicatorNaam = "Kinderen met naschoolse activiteit",
            IndicatorEenheid = "kinderen",
            HogerIsBeter = true,
            NulmetingWaarde = 1800,
            NulmetingJaar = 2017,
            Streefwaarden = [new(2018, 2100), new(2019, 2400), new(2020, 2600)],
        })
        .WithDoelstelling(Jeugd, Uitval, c => c with
        {
            IndicatorEenheid = "%",
            HogerIsBeter = false,
            NulmetingJaar = 2016,
            Streefwaarden = [new(2018, 9.2m), new(2020, 8m)],
        })
        .WithDoelstelling(Mantelzorg, Mantelzorgers, c => c with
        {
            IndicatorEenheid = "mantelzorgers",
            HogerIsBeter = true,
            NulmetingJaar = 2016,
            Streefwaarden = [new(2018, 800)],
        })
        .WithRealisatie(Kinderen, 2018, 2150).WithRealisatie(Kinderen, 2018, 820, "Oud-Noord").WithRealisatie(Kinderen, 2018, 610, "Noord-Oost")
        .WithRealisatie(Kinderen, 2019, 2380)
        .WithRealisatie(Uitval, 2018, 10.5m).WithRealisatie(Uitval, 2018, 9m, "Oud-Noord").WithRealisatie(Uitval, 2018, 10.2m, "Noord-Oost")
        .WithRealisatie(Uitval, 2019, 9.3m)
        .WithRealisatie(Mantelzorgers, 2018, 812)
        .BuildAsync();

    [Test]
    public async Task Stand_PerYearPerWijkAndRolledUpPerSpeerpunt()
    {
        await using var app = TestApp.Create();
        var plan = await PlanAsync(app);

        var stand = await app.SendAsync(new GetStand.Query(plan.ProgrammaId, 2019));

        Assert.That(stand.Jaar, Is.EqualTo(2019));
        Assert.That(stand.Jaren, Is.EqualTo(new[] { 2017, 2018, 2019, 2020 }));
        Assert.That(stand.Speerpunten.Select(s => s.Naam), Is.EqualTo(new[] { Jeugd, Mantelzorg, Leeg }));

        var kinderen = stand.Vind(plan.Doelstellingen[Kinderen])!;
        var jaren = kinderen.Jaren.Select(j => (j.Jaar, j.Streefwaarde?.Waarde, j.Realisatie, j.Oordeel.Status));
        Assert.That(jaren, Is.EqualTo(new (int, decimal?, decimal?, string?)[]
        {
            (2017, 2100, null, StandStatus.GeenMeting), (2018, 2100, 2150, StandStatus.Behaald), (2019, 2400, 2380, StandStatus.OpKoers),
            (2020, 2600, null, StandStatus.GeenMeting),
        }));
        Assert.That(kinderen.Laatste!.Jaar, Is.EqualTo(2019));
        Assert.That(kinderen.Huidig.Regel, Is.EqualTo("2.380 kinderen is minder dan streefwaarde 2.400 kinderen (hoger is beter), binnen 10%: op koers."));
        Assert.That(kinderen.NulmetingWaarde, Is.EqualTo(1800m));
        // A count: the wijken are parts of the total, without a status.
        var wijken2018 = kinderen.Jaren.Single(j => j.Jaar == 2018).Wijken;
        Assert.That(wijken2018.Select(w => (w.WijkNaam, w.Waarde, w.Oordeel.Status)), Is.EqualTo(new (string, decimal, string?)[]
        {
            ("Noord-Oost", 610, null), ("Oud-Noord", 820, null),
        }));

        // A rate: each wijk judged against the same target (2018: 9,2%, lager is beter); 2019 falls back on 2018's target.
        var uitval = stand.Vind(plan.Doelstellingen[Uitval])!;
        Assert.That(uitval.Jaren.Single(j => j.Jaar == 2018).Wijken.Select(w => (w.WijkNaam, w.Oordeel.Status)), Is.EqualTo(new (string, string?)[]
        {
            ("Noord-Oost", StandStatus.Achter), ("Oud-Noord", StandStatus.Behaald),
        }));
        Assert.That(uitval.Jaren.Single(j => j.Jaar == 2018).Oordeel.Status, Is.EqualTo(StandStatus.Achter));
        Assert.That(uitval.Huidig.Status, Is.EqualTo(StandStatus.OpKoers));
        Assert.That(uitval.Huidig.Regel, Does.Contain("streefwaarde 9,2% (van 2018) (lager is beter), binnen 10%"));

        var jeugd = stand.Speerpunten[0];
        Assert.That(jeugd.Telling, Is.EqualTo(new Telling(0, 2, 0, 0)));
        Assert.That(jeugd.Oordeel.Status, Is.EqualTo(StandStatus.OpKoers));
        // 2019 has no realisatie for Mantelzorgers: the current stand is 2018's, against the only (earlier) target.
        var mantelzorg = stand.Speerpunten[1];
        Assert.That(mantelzorg.Doelstellingen[0].Laatste!.Jaar, Is.EqualTo(2018));
        Assert.That((mantelzorg.Telling, mantelzorg.Oordeel.Status), Is.EqualTo((new Telling(1, 0, 0, 0), StandStatus.Behaald)));
        Assert.That((stand.Speerpunten[2].Doelstellingen.Count, stand.Speerpunten[2].Oordeel.Status), Is.EqualTo((0, StandStatus.GeenMeting)));
    }

    [Test]
    public async Task EarlierYear_OnlyRealisatiesUpToThatYearCount()
    {
        await using var app = TestApp.Create();
        var plan = await PlanAsync(app);

        var stand = await app.SendAsync(new GetStand.Query(plan.ProgrammaId, 2018));

        Assert.That(stand.Vind(plan.Doelstellingen[Kinderen])!.Huidig.Status, Is.EqualTo(StandStatus.Behaald));
        Assert.That(stand.Speerpunten[0].Telling, Is.EqualTo(new Telling(1, 0, 1, 0)));
        Assert.That(stand.Speerpunten[0].Oordeel.Status, Is.EqualTo(StandStatus.Achter));

        var begin = await app.SendAsync(new GetStand.Query(plan.ProgrammaId, 2017));
        Assert.That(begin.Speerpunten.SelectMany(s => s.Doelstellingen).Select(d => d.Huidig.Status).Distinct(), Is.EqualTo(new[] { StandStatus.GeenMeting }));
    }

    [TestCase(2030, 2020)]
    [TestCase(2001, 2017)]
    public async Task YearOutsidePeriod_CappedToThePeriod(int gevraagd, int verwacht)
    {
        await using var app = TestApp.Create();
        var plan = await PlanAsync(app);

        var stand = await app.SendAsync(new GetStand.Query(plan.ProgrammaId, gevraagd));

        Assert.That(stand.Jaar, Is.EqualTo(verwacht));
    }

    [Test]
    public async Task SpeerpuntOrderFollowsThePlan_AndAnotherProgrammaDoesNotLeakIn()
    {
        await using var app = TestApp.Create();
        var plan = await PlanAsync(app);
        var ander = await new PlanBuilder(app, "Ander programma", 2017, 2020).WithSpeerpunt(Jeugd)
            .WithDoelstelling(Jeugd, "Vreemd doel", c => c with { NulmetingJaar = 2016, Streefwaarden = [new(2018, 1m)] })
            .WithRealisatie("Vreemd doel", 2018, 1m).BuildAsync();
        var ids = new[] { plan.Speerpunten[Leeg], plan.Speerpunten[Jeugd], plan.Speerpunten[Mantelzorg] };
        await app.SendAsync(new ReorderSpeerpunten.Command(plan.ProgrammaId, ids));

        var stand = await app.SendAsync(new GetStand.Query(plan.ProgrammaId, 2019));

        Assert.That(stand.Speerpunten.Select(s => s.Naam), Is.EqualTo(new[] { Leeg, Jeugd, Mantelzorg }));
        Assert.That(stand.Speerpunten.SelectMany(s => s.Doelstellingen).Select(d => d.Naam), Is.EquivalentTo(new[] { Kinderen, Uitval, Mantelzorgers }));
        Assert.That(stand.Vind(ander.Doelstellingen["Vreemd doel"]), Is.Null);
    }

    [Test]
    public async Task SampleSamenNoord_2019HasAStandForEveryMeasuredDoelstelling()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Sample("samen-noord.json"), "samen-noord.json");

        var stand = await app.SendAsync(new GetStand.Query(id, 2019));

        var doelen = stand.Speerpunten.SelectMany(s => s.Doelstellingen).ToList();
        Assert.That(doelen, Is.Not.Empty);
        Assert.That(doelen.Where(d => d.Laatste is not null).Select(d => d.Huidig.Status), Has.All.Not.EqualTo(StandStatus.GeenMeting));
        Assert.That(doelen.Where(d => d.Laatste is not null), Is.Not.Empty);
        Assert.That(stand.Speerpunten.Select(s => s.Telling.Totaal), Is.EqualTo(stand.Speerpunten.Select(s => s.Doelstellingen.Count)));
    }

    [Test]
    public async Task LargeProgramma_EveryDoelstellingEveryYearJudged()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(GrootProgramma.Json());
        await using (var c = await app.Db.OpenAsync())
        {
            // Four counted years for all 60 doelstellingen, each 2% under its target: op koers everywhere.
            await Dapper.SqlMapper.ExecuteAsync(c, """
                INSERT INTO realisatie (doelstelling_id, jaar, wijk_id, waarde)
                SELECT s.doelstelling_id, s.jaar, NULL, CAST(CAST(s.waarde AS REAL) * 0.98 AS TEXT) FROM streefwaarde s
                """);
        }

        var tijden = new List<double>();
        GetStand.Programmastand stand = null!;
        for (var i = 0; i < 15; i++)
        {
            var klok = System.Diagnostics.Stopwatch.StartNew();
            stand = await app.SendAsync(new GetStand.Query(id, 2028));
            tijden.Add(klok.Elapsed.TotalMilliseconds);
        }

        var doelen = stand.Speerpunten.SelectMany(s => s.Doelstellingen).ToList();
        Assert.That(doelen, Has.Count.EqualTo(60));
        Assert.That(doelen.SelectMany(d => d.Jaren).Select(j => j.Oordeel.Status).Distinct(), Is.EqualTo(new[] { StandStatus.OpKoers }));
        Assert.That(stand.Speerpunten.Select(s => s.Oordeel.Status).Distinct(), Is.EqualTo(new[] { StandStatus.OpKoers }));
        var mediaan = tijden.Order().ElementAt(tijden.Count / 2);
        TestContext.Out.WriteLine($"GetStand op 60 doelstellingen × 4 jaar: mediaan {mediaan:0.0} ms (geen eis; zie de benchmarks)");
    }

    [Test]
    public void StandGrafiek_SvgWithTitleDescAxisLabelsAndEscapedText()
    {
        var d = new GetStand.Doelstelling
        {
            IndicatorNaam = "Kinderen <4–12> & meer", Eenheid = "kinderen", NulmetingWaarde = 1800, NulmetingJaar = 2017,
            Streefwaarden = [new(2018, 2100), new(2019, 2400)],
            Jaren = [new GetStand.Jaarstand { Jaar = 2018, Realisatie = 2150 }, new GetStand.Jaarstand { Jaar = 2019 }],
        };

        var svg = StandGrafiek.Svg(d, [2017, 2018, 2019, 2020], "g1");

        Assert.That(svg, Does.StartWith("<svg "));
        Assert.That(svg, Does.Contain("""role="img" aria-labelledby="g1-titel g1-desc" """));
        Assert.That(svg, Does.Contain("<title id=\"g1-titel\">Grafiek: Kinderen &lt;4–12&gt; &amp; meer</title>"));
        Assert.That(svg, Does.Contain(
            "Nulmeting 2017: 1.800 kinderen. Streefwaarden 2018: 2.100 kinderen, 2019: 2.400 kinderen. Realisaties 2018: 2.150 kinderen."));
        Assert.That(svg, Does.Contain(">2.150</text>"), "the realisatie labelled in nl-NL");
        Assert.That(svg, Does.Contain(">2020</text>"));
        Assert.That(svg.Split("<circle").Length - 1, Is.EqualTo(2), "one realisatie dot and one in the legend");
        Assert.That(System.Xml.Linq.XDocument.Parse(svg).Root!.Name.LocalName, Is.EqualTo("svg"), "well-formed XML");
    }

    [TestCase(new[] { 1800.0, 2600.0 }, 1600.0, 2600.0, 200.0)]
    [TestCase(new[] { 8.0, 9.5 }, 7.5, 9.5, 0.5)]
    [TestCase(new[] { 5.0 }, 4.25, 5.5, 0.25)]
    [TestCase(new[] { 0.0, 40.0 }, 0.0, 40.0, 10.0)]
    [TestCase(new[] { -3.0, 10.0 }, -5.0, 10.0, 5.0)]
    public void StandGrafiek_ScaleHasRoundSteps(double[] waarden, double min, double max, double stap)
    {
        var (lo, hi, s) = StandGrafiek.Schaal([.. waarden.Select(w => (decimal)w)]);

        Assert.That((lo, hi, s), Is.EqualTo(((decimal)min, (decimal)max, (decimal)stap)));
    }
}
