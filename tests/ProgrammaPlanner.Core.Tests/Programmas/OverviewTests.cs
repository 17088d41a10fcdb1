using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using static ProgrammaPlanner.Core.Programmas.GetProgrammaOverview;

namespace ProgrammaPlanner.Core.Tests.Programmas;

public class OverviewTests
{
    private static readonly DateOnly Vandaag = new(2026, 1, 15);

    [Test]
    public async Task CleanProgramma_StructureAndNoWarnings()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Klein);

        var o = await app.SendAsync(new Query(id, Vandaag));

        Assert.That(o.Programma.Naam, Is.EqualTo("Proef Oost"));
        Assert.That(o.Speerpunten.Single().Doelstellingen.Single().Projecten.Select(p => (p.Naam, p.Status)), Is.EqualTo(new[] { ("Buurtkamers", "lopend") }));
        Assert.That(o.Waarschuwingen, Is.Empty);
    }

    private static TestCaseData Geval(string soort, Action<JsonObject> wijzig, string itemSoort, string naam, string tekst) =>
        new TestCaseData(SampleFiles.KleinMet(wijzig), soort, itemSoort, naam, tekst).SetName($"Warning_{soort}_OnlyThatWarningWithItsId");

    private static IEnumerable<TestCaseData> Gevallen()
    {
        yield return Geval(WaarschuwingSoort.SpeerpuntZonderDoelstellingen, b => b["speerpunten"]!.AsArray().Add(new JsonObject { ["naam"] = "Armoede" }),
            "speerpunt", "Armoede", "Speerpunt 'Armoede' heeft nog geen doelstellingen.");
        yield return Geval(WaarschuwingSoort.DoelstellingZonderProject, b =>
            {
                var los = b.Doel().DeepClone().AsObject();
                los["naam"] = "Meer maatjes";
                b["speerpunten"]![0]!["doelstellingen"]!.AsArray().Add(los);
            }, "doelstelling", "Meer maatjes", "Geen enkel project draagt bij aan doelstelling 'Meer maatjes'.");
        yield return Geval(WaarschuwingSoort.ProjectZonderDoelstelling, b =>
            {
                var los = b.Project().DeepClone().AsObject();
                los["naam"] = "Losse actie";
                los["doelstellingen"] = new JsonArray();
                b["projecten"]!.AsArray().Add(los);
            }, "project", "Losse actie", "Project 'Losse actie' draagt aan geen enkele doelstelling bij.");
        yield return Geval(WaarschuwingSoort.PartnerZonderRol, b =>
            b["partners"]!.AsArray().Add(new JsonObject { ["naam"] = "Slapende partner", ["soort"] = "wonen", ["rol"] = "partner" }),
            "partner", "Slapende partner", "Partner 'Slapende partner' heeft nog geen rol");
        yield return Geval(WaarschuwingSoort.ProjectBuitenPeriode, b => b.Project()["einddatum"] = "2028-06-30",
            "project", "Buurtkamers",
            "Project 'Buurtkamers' loopt van 1 januari 2026 tot 30 juni 2028 en valt (deels) buiten de programmaperiode 2026–2027.");
        yield return Geval(WaarschuwingSoort.ProjectBuitenPeriode + "-start", b => b.Project()["startdatum"] = "2025-11-01",
            "project", "Buurtkamers", "loopt van 1 november 2025 tot 31 december 2027");
    }

    [TestCaseSource(nameof(Gevallen))]
    public async Task CraftedProgramma_TriggersExactlyThatWarning(string json, string soort, string itemSoort, string naam, string tekst)
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(json);
        var plan = await app.SendAsync(new ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan.Query(id));
        var ids = plan.Partners.Select(p => ("partner", p.Naam, p.Id))
            .Concat(plan.Speerpunten.Select(s => ("speerpunt", s.Naam, s.Id)))
            .Concat(plan.Speerpunten.SelectMany(s => s.Doelstellingen).Select(d => ("doelstelling", d.Naam, d.Id)))
            .Concat(plan.Projecten.Select(p => ("project", p.Naam, p.Id)))
            .ToDictionary(x => (x.Item1, x.Naam), x => x.Id);

        var w = (await app.SendAsync(new Query(id, Vandaag))).Waarschuwingen;

        Assert.That(w, Has.Count.EqualTo(1), string.Join("\n", w.Select(x => x.Tekst)));
        Assert.That(soort, Does.StartWith(w[0].Soort));
        Assert.That((w[0].ItemSoort, w[0].ItemId), Is.EqualTo((itemSoort, ids[(itemSoort, naam)])));
        Assert.That(w[0].Tekst, Does.Contain(tekst));
    }

    [Test]
    public async Task LearningCoalition_NoProjectWarningForItsDoelstellingen_PartnerInAGroupHasARole()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.KleinMet(b =>
        {
            var los = b.Doel().DeepClone().AsObject();
            los["naam"] = "Meer maatjes";
            b["speerpunten"]![0]!["doelstellingen"]!.AsArray().Add(los);
            b["partners"]!.AsArray().Add(new JsonObject { ["naam"] = "Groepspartner", ["soort"] = "wonen", ["rol"] = "partner" });
            b["verbondsgroepen"] = new JsonArray(new JsonObject
            {
                ["naam"] = "Oost",
                ["leden"] = new JsonArray(new JsonObject
                {
                    ["naam"] = "Sam", ["soort"] = "professional", ["partner"] = "Groepspartner", ["discipline"] = "wonen",
                }),
            });
        }));

        var o = await app.SendAsync(new Query(id, Vandaag));

        Assert.That(o.Waarschuwingen, Is.Empty, string.Join("\n", o.Waarschuwingen.Select(x => x.Tekst)));
        Assert.That(o.Lerend, Is.True, "the dashboard says no 'nog geen project'");
    }

    [TestCaseSource(typeof(SampleFiles), nameof(SampleFiles.Samples))]
    public async Task Sample_BudgetTotalsEqualTheSumOfInzet(string naam)
    {
        await using var app = TestApp.Create();
        var json = SampleFiles.Sample(naam);
        var id = await app.ImportAsync(json);

        var b = (await app.SendAsync(new Query(id, Vandaag))).Budget;

        var totaal = SampleFiles.InzetEuro(json);
        Assert.That(b.TotaalEuro, Is.EqualTo(totaal));
        Assert.That(b.PerPartner.Sum(p => p.TotaalEuro), Is.EqualTo(totaal));
        Assert.That(b.PerJaar.Sum(j => j.Euro), Is.EqualTo(totaal));
        foreach (var p in b.PerPartner)
        {
            Assert.That(p.TotaalEuro, Is.EqualTo(SampleFiles.InzetEuro(json, i => i["partner"]!.GetValue<string>() == p.Naam)), p.Naam);
            Assert.That(p.PerJaar.Sum(j => j.Euro), Is.EqualTo(p.TotaalEuro));
            Assert.That(p.PerJaar.Select(j => j.Jaar), Is.EqualTo(b.Jaren));
        }
        foreach (var j in b.PerJaar)
            Assert.That(j.Euro, Is.EqualTo(SampleFiles.InzetEuro(json, i => i["jaar"]!.GetValue<int>() == j.Jaar)), $"{j.Jaar}");
    }

    [TestCase("2026-01-01", true)]   // 59 days ahead
    [TestCase("2025-12-31", true)]   // exactly 60 days ahead
    [TestCase("2025-12-30", false)]  // 61 days ahead
    [TestCase("2026-03-01", true)]   // due today
    [TestCase("2026-03-02", false)]  // already past
    public async Task Mijlpalen_DueWithinSixtyDaysFromVandaag(string vandaag, bool getoond)
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Klein); // mijlpaal "Eerste buurtkamer open" on 2026-03-01

        var m = (await app.SendAsync(new Query(id, DateOnly.Parse(vandaag, System.Globalization.CultureInfo.InvariantCulture)))).Mijlpalen;

        Assert.That(m.Select(x => (x.ProjectNaam, x.Titel, x.Datum, x.Status)),
            getoond ? Is.EqualTo(new[] { ("Buurtkamers", "Eerste buurtkamer open", new DateOnly(2026, 3, 1), "gepland") }) : Is.Empty);
    }

    [Test]
    public async Task Budget_BegrootAgainstBesteed_PerPartnerPerJaarAndTotalsWithVerschil()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Klein); // inzet: Buurtwerk 2026 € 1.000,50 and 10 uur; Zorgpunt 2027 20 uur
        var project = (await app.SendAsync(new ProgrammaPlanner.Core.Projecten.ListProjecten.Query(id))).Single();
        var p = await app.SendAsync(new ProgrammaPlanner.Core.Projecten.GetProject.Query(id, project.Id));
        var buurtwerk = p.Partners.Single(x => x.Naam == "Buurtwerk").Id;
        var zorgpunt = p.Partners.Single(x => x.Naam == "Zorgpunt").Id;
        await app.SendAsync(new ProgrammaPlanner.Core.Projecten.SetBesteding.Command(id, p.Id, p.Version,
        [
            new(buurtwerk, 2026, 1200.25m, 8m), new(zorgpunt, 2026, 0.10m, 0m), new(zorgpunt, 2027, 0m, 20m),
        ]));

        var b = (await app.SendAsync(new Query(id, Vandaag))).Budget;

        Assert.That(b.HeeftBesteding, Is.True);
        Assert.That(b.TotaalEuro, Is.EqualTo(1000.50m), "the begroting itself stays the inzet");
        var totaal = b.BesteedTotaal;
        Assert.That((totaal.BegrootEuro, totaal.BesteedEuro, totaal.VerschilEuro, totaal.OverBudgetEuro), Is.EqualTo((1000.50m, 1200.35m, 199.85m, true)));
        Assert.That((totaal.BegrootUren, totaal.BesteedUren, totaal.VerschilUren, totaal.OverBudgetUren), Is.EqualTo((30m, 28m, -2m, false)));
        var bw = b.BesteedPerPartner.Single(r => r.Naam == "Buurtwerk");
        Assert.That(bw.PerJaar.Select(j => (j.Jaar, j.BegrootEuro, j.BesteedEuro, j.BegrootUren, j.BesteedUren)), Is.EqualTo(new[]
        {
            (2026, 1000.50m, 1200.25m, 10m, 8m), (2027, 0m, 0m, 0m, 0m),
        }));
        Assert.That(bw.Totaal.VerschilEuro, Is.EqualTo(199.75m));
        var zp = b.BesteedPerPartner.Single(r => r.Naam == "Zorgpunt");
        Assert.That((zp.Totaal.BesteedEuro, zp.Totaal.BegrootUren, zp.Totaal.BesteedUren, zp.Totaal.VerschilUren), Is.EqualTo((0.10m, 20m, 20m, 0m)));
        Assert.That(b.BesteedPerJaar.Select(j => (j.Jaar, j.BesteedEuro, j.BesteedUren)), Is.EqualTo(new[] { (2026, 1200.35m, 8m), (2027, 0m, 20m) }));
        Assert.That(b.BesteedPerJaar.Sum(j => j.BesteedEuro), Is.EqualTo(b.BesteedPerPartner.Sum(r => r.Totaal.BesteedEuro)));
    }

    [Test]
    public async Task Budget_NothingSpent_NoBesteding()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Klein);

        var b = (await app.SendAsync(new Query(id, Vandaag))).Budget;

        Assert.That(b.HeeftBesteding, Is.False);
        Assert.That((b.BesteedTotaal.BegrootEuro, b.BesteedTotaal.BesteedEuro), Is.EqualTo((1000.50m, 0m)));
    }

    [Test]
    public async Task Mijlpalen_Vertraagd_ListedByItsNieuweDatum()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Klein); // mijlpaal "Eerste buurtkamer open" on 2026-03-01
        var project = (await app.SendAsync(new ProgrammaPlanner.Core.Projecten.ListProjecten.Query(id))).Single();
        var p = await app.SendAsync(new ProgrammaPlanner.Core.Projecten.GetProject.Query(id, project.Id));
        var m = p.Mijlpalen.Single();
        await app.SendAsync(new ProgrammaPlanner.Core.Projecten.SaveMijlpaal.Command(id, p.Id, m.Id, m.Version, m.Titel, m.Datum, "vertraagd",
            new DateOnly(2026, 6, 1)));

        var voorheen = (await app.SendAsync(new Query(id, new DateOnly(2026, 2, 1)))).Mijlpalen;
        var nu = (await app.SendAsync(new Query(id, new DateOnly(2026, 5, 1)))).Mijlpalen;

        Assert.That(voorheen, Is.Empty, "no longer due on its planned datum");
        Assert.That(nu.Select(x => (x.Datum, x.Status, x.NieuweDatum, x.Verwacht)), Is.EqualTo(new[]
        {
            (new DateOnly(2026, 3, 1), "vertraagd", (DateOnly?)new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1)),
        }));
    }

    [Test]
    public async Task UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new Query(42, Vandaag)));
    }
}
