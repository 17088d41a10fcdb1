using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Core.Tests.Programmas;
using ProgrammaPlanner.TestSupport;
using static ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Core.Tests.Programmaplan;

/// <summary>The dekking of the plan: per bron and per financier, hours in natura valued at the partner's uurtarief, exact sums.</summary>
public class DekkingTests
{
    private static async Task<(TestApp App, PlanIds Ids)> PlanAsync()
    {
        var app = TestApp.Create();
        var ids = await new PlanBuilder(app, "Dekking", 2026, 2028)
            .WithPartner("Stichting DOCK", PartnerRol.Penvoerder)
            .WithPartner("Gemeente", PartnerRol.Financier, "gemeente/stadsdeel")
            .WithPartner("Buurtvrijwilligers", soort: "informeel/vrijwilligers")
            .WithProject("Huiskamers", "Stichting DOCK", ["Gemeente", "Buurtvrijwilligers"])
            .WithInzet("Huiskamers", "Stichting DOCK", 2026, "subsidie", 10000m, 100m)
            .WithInzet("Huiskamers", "Stichting DOCK", 2026, "in natura", 0m, 12.5m)
            .WithInzet("Huiskamers", "Stichting DOCK", 2027, "eigen middelen", 2500.50m)
            .WithInzet("Huiskamers", "Stichting DOCK", 2027, "in natura", 100m, 3m)
            .WithInzet("Huiskamers", "Gemeente", 2026, "subsidie", 50000m)
            .WithInzet("Huiskamers", "Buurtvrijwilligers", 2027, "in natura", 0m, 40m)
            .BuildAsync();
        await SetUurtariefAsync(app, ids, "Stichting DOCK", 72.50m);
        return (app, ids);
    }

    private static async Task SetUurtariefAsync(TestApp app, PlanIds ids, string partner, decimal? uurtarief)
    {
        var p = (await app.SendAsync(new ListPartners.Query(ids.ProgrammaId))).Single(x => x.Naam == partner);
        await app.SendAsync(new UpdatePartner.Command(ids.ProgrammaId, p.Id, p.Version, p.Naam, p.Soort, p.Rol, p.Contactpersoon, p.Email,
            p.BestuurderNaam, p.BestuurderFunctie, p.Plaats, uurtarief));
    }

    private static object Som(Begroting.Dekking d) =>
        (d.Subsidie, d.EigenMiddelen, d.InNaturaEuro, d.InNaturaGewaardeerd, d.InNaturaUren, d.OngewaardeerdeUren, d.Uren, d.Totaal);

    [Test]
    public async Task Plan_DekkingPerBronAndYear_HoursInNaturaValuedAtTheRate()
    {
        var (app, ids) = await PlanAsync();
        await using var _ = app;

        var f = (await app.SendAsync(new Query(ids.ProgrammaId))).Financien;

        // 12,5 uur × € 72,50 = € 906,25 and 3 uur × € 72,50 = € 217,50; the 40 hours without a rate stay hours.
        Assert.That(Som(f.Dekking), Is.EqualTo((60000m, 2500.50m, 100m, 1123.75m, 55.5m, 40m, 155.5m, 63724.25m)));
        Assert.That(f.DekkingPerJaar.Select(d => d.Jaar), Is.EqualTo(new[] { 2026, 2027, 2028 }));
        Assert.That(Som(f.DekkingPerJaar[0]), Is.EqualTo((60000m, 0m, 0m, 906.25m, 12.5m, 0m, 112.5m, 60906.25m)));
        Assert.That(Som(f.DekkingPerJaar[1]), Is.EqualTo((0m, 2500.50m, 100m, 217.50m, 43m, 40m, 43m, 2818.00m)));
        Assert.That(Som(f.DekkingPerJaar[2]), Is.EqualTo((0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m)));
        Assert.That(f.DekkingPerJaar.Sum(d => d.Totaal), Is.EqualTo(f.Dekking.Totaal));
        Assert.That(f.Dekking.Subsidie + f.Dekking.EigenMiddelen + f.Dekking.InNaturaEuro, Is.EqualTo(f.TotaalEuro), "the entered euro's are all there");
    }

    [Test]
    public async Task Plan_PerFinancier_FinancierFirstThenPenvoerderAndSumsEqualTheDekking()
    {
        var (app, ids) = await PlanAsync();
        await using var _ = app;

        var f = (await app.SendAsync(new Query(ids.ProgrammaId))).Financien;

        Assert.That(f.PerFinancier.Select(x => (x.Naam, x.Rol, x.Uurtarief)), Is.EqualTo(new[]
        {
            ("Gemeente", "financier", (decimal?)null), ("Stichting DOCK", "penvoerder", 72.50m), ("Buurtvrijwilligers", "partner", null),
        }));
        Assert.That(Som(f.PerFinancier[0].Totaal), Is.EqualTo((50000m, 0m, 0m, 0m, 0m, 0m, 0m, 50000m)));
        Assert.That(Som(f.PerFinancier[1].Totaal), Is.EqualTo((10000m, 2500.50m, 100m, 1123.75m, 15.5m, 0m, 115.5m, 13724.25m)));
        Assert.That(Som(f.PerFinancier[2].Totaal), Is.EqualTo((0m, 0m, 0m, 0m, 40m, 40m, 40m, 0m)));
        Assert.That(f.PerFinancier.Sum(x => x.Totaal.Totaal), Is.EqualTo(f.Dekking.Totaal));
        Assert.That(f.PerFinancier.Sum(x => x.Totaal.OngewaardeerdeUren), Is.EqualTo(f.Dekking.OngewaardeerdeUren));
        foreach (var x in f.PerFinancier)
            Assert.That(x.PerJaar.Sum(j => j.Totaal), Is.EqualTo(x.Totaal.Totaal), x.Naam);
        Assert.That(f.PerFinancier[1].PerJaar.Select(j => j.Uren), Is.EqualTo(new[] { 112.5m, 3m, 0m }), "hours per year");
    }

    [Test]
    public async Task Plan_RateChangedOrCleared_ValuationFollows()
    {
        var (app, ids) = await PlanAsync();
        await using var _ = app;

        await SetUurtariefAsync(app, ids, "Buurtvrijwilligers", 0.05m);
        await SetUurtariefAsync(app, ids, "Stichting DOCK", null);
        var d = (await app.SendAsync(new Query(ids.ProgrammaId))).Financien.Dekking;

        // DOCK's 15,5 hours are no longer valued; the volunteers' 40 hours are, at 5 cents: € 2,00.
        Assert.That((d.InNaturaGewaardeerd, d.OngewaardeerdeUren, d.Totaal), Is.EqualTo((2.00m, 15.5m, 60000m + 2500.50m + 100m + 2.00m)));
    }

    [TestCaseSource(typeof(SampleFiles), nameof(SampleFiles.Samples))]
    public async Task Sample_DekkingEqualsTheFileValuedAtTheRates(string naam)
    {
        await using var app = TestApp.Create();
        var json = SampleFiles.Sample(naam);
        var plan = await app.SendAsync(new Query(await app.ImportAsync(json)));
        var file = JsonNode.Parse(json)!;
        var tarief = file["partners"]!.AsArray().ToDictionary(p => p!["naam"]!.GetValue<string>(), p => p!["uurtarief"]?.GetValue<decimal>());
        var natura = file["projecten"]!.AsArray().SelectMany(p => p!["inzet"]!.AsArray()).Where(i => i!["soort"]!.GetValue<string>() == "in natura")
            .Select(i => (Partner: i!["partner"]!.GetValue<string>(), Uren: i["uren"]!.GetValue<decimal>())).ToList();

        var d = plan.Financien.Dekking;
        Assert.That(d.InNaturaGewaardeerd, Is.EqualTo(natura.Where(n => tarief[n.Partner] is not null).Sum(n => n.Uren * tarief[n.Partner]!.Value)));
        Assert.That(d.OngewaardeerdeUren, Is.EqualTo(natura.Where(n => tarief[n.Partner] is null).Sum(n => n.Uren)));
        Assert.That(d.InNaturaGewaardeerd > 0m, Is.EqualTo(SampleFiles.MetProjecten.Contains(naam)), "the samples with projects value their hours in natura");
        Assert.That(d.Subsidie + d.EigenMiddelen + d.InNaturaEuro, Is.EqualTo(SampleFiles.InzetEuro(json)));
        Assert.That(plan.Financien.DekkingPerJaar.Sum(j => j.Totaal), Is.EqualTo(d.Totaal));
        Assert.That(plan.Financien.PerFinancier.Sum(x => x.Totaal.Totaal), Is.EqualTo(d.Totaal));
        Assert.That(plan.Financien.DekkingPerJaar.Sum(j => j.Uren), Is.EqualTo(plan.Financien.TotaalUren));
    }
}
