using System.Text.Json;
using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Tests.Programmas;
using ProgrammaPlanner.TestSupport;
using static ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Core.Tests.Programmaplan;

public class ProgrammaplanTests
{
    private static IEnumerable<string> Samples => SampleFiles.Samples;

    [TestCaseSource(nameof(Samples))]
    public async Task Sample_PlanHasEverythingAndTotalsEqualTheInzet(string naam)
    {
        await using var app = TestApp.Create();
        var json = SampleFiles.Sample(naam);
        var file = JsonNode.Parse(json)!;
        var id = await app.ImportAsync(json);

        var plan = await app.SendAsync(new Query(id));

        Namen(plan.Partners.Select(p => p.Naam), file["partners"]!);
        Namen(plan.Speerpunten.Select(s => s.Naam), file["speerpunten"]!);
        Namen(plan.Speerpunten.SelectMany(s => s.Doelstellingen).Select(d => d.Naam),
            new JsonArray(file["speerpunten"]!.AsArray().SelectMany(s => s!["doelstellingen"]!.AsArray()).Select(d => d!.DeepClone()).ToArray()));
        Namen(plan.Projecten.Select(p => p.Naam), file["projecten"]!);
        Assert.That(plan.Programma.Jaren, Is.EqualTo(Enumerable.Range(plan.Programma.Startjaar, plan.Programma.Eindjaar - plan.Programma.Startjaar + 1)));
        Assert.That(plan.Basisvoorwaarden, Has.Count.EqualTo(file["basisvoorwaarden"]!.AsArray().Count));
        Assert.That(plan.Organen.Sum(o => o.Leden.Count), Is.EqualTo(file["governance"]!.AsArray().Sum(o => o!["leden"]!.AsArray().Count)));
        Assert.That(plan.Projecten.All(p => p.Partners.Contains(p.Trekker)), "the trekker is one of the project's partners");

        var f = plan.Financien;
        var totaal = SampleFiles.InzetEuro(json);
        Assert.That(totaal > 0m, Is.EqualTo(SampleFiles.MetProjecten.Contains(naam)), "only the samples with projects budget inzet");
        Assert.That(f.TotaalEuro, Is.EqualTo(totaal));
        Assert.That(plan.Projecten.Sum(p => p.Inzet.Sum(i => i.Euro)), Is.EqualTo(totaal));
        Assert.That(f.PerPartner.Sum(r => r.TotaalEuro), Is.EqualTo(totaal));
        Assert.That(f.PerProject.Sum(r => r.TotaalEuro), Is.EqualTo(totaal));
        Assert.That(f.PerJaar.Sum(j => j.Euro), Is.EqualTo(totaal));
        foreach (var p in f.PerPartner)
            Assert.That(p.TotaalEuro, Is.EqualTo(SampleFiles.InzetEuro(json, i => i["partner"]!.GetValue<string>() == p.Naam)), p.Naam);
        foreach (var j in f.PerJaar)
        {
            Assert.That(j.Euro, Is.EqualTo(SampleFiles.InzetEuro(json, i => i["jaar"]!.GetValue<int>() == j.Jaar)), $"{j.Jaar}");
            Assert.That(f.PerPartner.Sum(p => p.PerJaar.Single(x => x.Jaar == j.Jaar).Euro), Is.EqualTo(j.Euro));
            Assert.That(f.PerProject.Sum(p => p.PerJaar.Single(x => x.Jaar == j.Jaar).Euro), Is.EqualTo(j.Euro));
        }
        Assert.That(plan.Projecten.Select(p => p.TotaalEuro), Is.EqualTo(f.PerProject.Select(r => r.TotaalEuro)));
    }

    private static void Namen(IEnumerable<string> actual, JsonNode lijst) =>
        Assert.That(actual, Is.EqualTo(lijst.AsArray().Select(x => x!["naam"]!.GetValue<string>())));

    [Test]
    public async Task Plan_RoundTripsThroughJsonUnchanged()
    {
        await using var app = TestApp.Create();
        var plan = await app.SendAsync(new Query(await app.ImportAsync(SampleFiles.Sample("samen-noord.json"))));

        var json = JsonSerializer.Serialize(plan);
        var terug = JsonSerializer.Deserialize<ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan.Programmaplan>(json)!;

        Assert.That(JsonSerializer.Serialize(terug), Is.EqualTo(json));
        Assert.That(terug.Speerpunten[0].Doelstellingen[0].Realisaties, Has.Count.GreaterThan(1));
    }

    [Test]
    public async Task Plan_OrdersAndDetails()
    {
        await using var app = TestApp.Create();
        var plan = await app.SendAsync(new Query(await app.ImportAsync(SampleFiles.Klein)));

        var doel = plan.Speerpunten.Single().Doelstellingen.Single();
        Assert.That(doel.HogerIsBeter, Is.False);
        Assert.That(doel.NulmetingWaarde, Is.EqualTo(14m));
        Assert.That(doel.Realisaties.Select(r => (r.Jaar, r.Wijk, r.Waarde)), Is.EqualTo(new[] { (2026, (string?)null, 13.5m), (2026, "Oost", 13m) }));
        Assert.That(doel.Projecten, Is.EqualTo(new[] { "Buurtkamers" }));
        var project = plan.Projecten.Single();
        Assert.That((project.Trekker, project.Startdatum, project.TotaalEuro, project.TotaalUren),
            Is.EqualTo(("Buurtwerk", new DateOnly(2026, 1, 1), 1000.50m, 30m)));
        Assert.That(plan.Organen.Single().Leden.Single().Partner, Is.EqualTo("Buurtwerk"));
        Assert.That(plan.Financien.PerPartner.Select(p => (p.Naam, p.PerJaar.Count)), Is.EqualTo(new[] { ("Buurtwerk", 2), ("Zorgpunt", 2) }));
    }

    [Test]
    public async Task Plan_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new Query(42)));
    }

    /// <summary>The benchmark's large programma (speed is measured in tests/ProgrammaPlanner.Benchmarks).</summary>
    [Test]
    public async Task LargeProgramma_CompletePlan_HasEverythingAndTotalsAddUp()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(GrootProgramma.Json());

        var plan = await app.SendAsync(new Query(id));

        Assert.That(plan.Speerpunten.Sum(s => s.Doelstellingen.Count), Is.EqualTo(60));
        Assert.That(plan.Projecten.Sum(p => p.Inzet.Count), Is.EqualTo(960));
        Assert.That(plan.Projecten.Sum(p => p.Mijlpalen.Count), Is.EqualTo(200));
        Assert.That(plan.Financien.TotaalEuro, Is.EqualTo(plan.Projecten.Sum(p => p.Inzet.Sum(i => i.Euro))));
    }

}
