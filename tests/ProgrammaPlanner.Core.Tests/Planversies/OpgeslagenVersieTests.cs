using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Tests.Planversies;

/// <summary>
/// A version frozen years ago must read as the boards approved it. Opgeslagen/versie-v1.json was frozen once by the code of format 1
/// (the small sample plan with bestuurders); if a rename or a type change in the read model breaks these tests, keep the stored
/// name (JsonPropertyName) or add a new Snapshot.Formaat with a reader for this one. Never regenerate the file.
/// </summary>
public class OpgeslagenVersieTests
{
    private static string Opgeslagen(string naam) =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Planversies", "Opgeslagen", naam));

    [Test]
    public void StoredVersionV1_Read_GivesThePlanAsFrozen()
    {
        var plan = Snapshot.Deserialize(Opgeslagen("versie-v1.json"));

        var p = plan.Programma;
        Assert.That((p.Naam, p.Motto, p.Gebied, p.Startjaar, p.Eindjaar, p.Fase, p.Ambitie),
            Is.EqualTo(("Proef Oost", "Samen tegen eenzaamheid", "Oost", 2026, 2027, "ontwikkelfase", "Niemand in Oost staat er alleen voor.")));
        Assert.That(p.Jaren, Is.EqualTo(new[] { 2026, 2027 }));
        Assert.That(plan.Partners.Select(x => (x.Naam, x.Soort, x.Rol, x.BestuurderNaam, x.BestuurderFunctie)), Is.EqualTo(new[]
        {
            ("Buurtwerk", "welzijn", "penvoerder", "J. de Vries", "directeur-bestuurder"),
            ("Zorgpunt", "zorg", "partner", "M. Bakker", "voorzitter raad van bestuur"),
        }));
        Assert.That(plan.Wijken.Select(w => w.Naam), Is.EqualTo(new[] { "Oost", "West" }));

        var speerpunt = plan.Speerpunten.Single();
        Assert.That((speerpunt.Naam, speerpunt.Analyse, speerpunt.Volgorde), Is.EqualTo(("Eenzaamheid", "Veel ouderen zijn alleen.", 1)));
        var d = speerpunt.Doelstellingen.Single();
        Assert.That((d.Naam, d.IndicatorNaam, d.IndicatorEenheid, d.HogerIsBeter, d.Meetfrequentie, d.NulmetingWaarde, d.NulmetingJaar),
            Is.EqualTo(("Minder eenzaam", "Eenzame ouderen", "%", false, "jaarlijks", (decimal?)14m, (int?)2025)));
        Assert.That(d.Streefwaarden.Select(s => (s.Jaar, s.Waarde)), Is.EqualTo(new[] { (2026, 13m), (2027, 12m) }));
        Assert.That(d.Realisaties.Select(r => (r.Jaar, r.Wijk, r.Waarde)), Is.EqualTo(new[] { (2026, (string?)null, 13.5m), (2026, "Oost", 13m) }));
        Assert.That(d.Projecten, Is.EqualTo(new[] { "Buurtkamers" }));

        var project = plan.Projecten.Single();
        Assert.That((project.Naam, project.Doel, project.Doorbraak, project.Status, project.Trekker),
            Is.EqualTo(("Buurtkamers", "Ontmoeting", true, "lopend", "Buurtwerk")));
        Assert.That((project.Startdatum, project.Einddatum), Is.EqualTo((new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31))));
        Assert.That(project.Partners, Is.EqualTo(new[] { "Buurtwerk", "Zorgpunt" }));
        Assert.That(project.Doelstellingen, Is.EqualTo(new[] { "Minder eenzaam" }));
        Assert.That(project.Mijlpalen.Select(m => (m.Titel, m.Datum, m.Status)),
            Is.EqualTo(new[] { ("Eerste buurtkamer open", new DateOnly(2026, 3, 1), "gepland") }));
        Assert.That(project.Risicos.Select(r => (r.Omschrijving, r.Kans, r.Impact, r.Maatregel)),
            Is.EqualTo(new[] { ("Geen ruimte", "laag", "hoog", "Zoeken met corporatie") }));
        Assert.That(project.Inzet.Select(i => (i.Partner, i.Jaar, i.Soort, i.Euro, i.Uren)), Is.EqualTo(new[]
        {
            ("Buurtwerk", 2026, "subsidie", 1000.50m, 10m),
            ("Zorgpunt", 2027, "in natura", 0m, 20m),
        }));
        Assert.That((project.TotaalEuro, project.TotaalUren), Is.EqualTo((1000.50m, 30m)));

        Assert.That(plan.Basisvoorwaarden, Is.EqualTo(new[] { "Klein beginnen, groot denken", "Voel jezelf gelijk aan elkaar" }));
        var orgaan = plan.Organen.Single();
        Assert.That((orgaan.Naam, orgaan.Mandaat), Is.EqualTo(("Stuurgroep", "Besluit")));
        Assert.That(orgaan.Leden.Select(l => (l.Naam, l.Functie, l.Partner)), Is.EqualTo(new[] { ("A. Jansen", "voorzitter", (string?)"Buurtwerk") }));

        var f = plan.Financien;
        Assert.That(f.Jaren, Is.EqualTo(new[] { 2026, 2027 }));
        Assert.That(f.PerPartner.Select(r => (r.Naam, r.TotaalEuro, r.TotaalUren)), Is.EqualTo(new[] { ("Buurtwerk", 1000.50m, 10m), ("Zorgpunt", 0m, 20m) }));
        Assert.That(f.PerProject.Single().PerJaar.Select(j => (j.Jaar, j.Euro, j.Uren)), Is.EqualTo(new[] { (2026, 1000.50m, 10m), (2027, 0m, 20m) }));
        Assert.That(f.PerJaar.Select(j => (j.Jaar, j.Euro, j.Uren)), Is.EqualTo(new[] { (2026, 1000.50m, 10m), (2027, 0m, 20m) }));
        Assert.That((f.TotaalEuro, f.TotaalUren), Is.EqualTo((1000.50m, 30m)));
    }

    [Test]
    public void StoredVersionWithoutFormaat_Read_AsFormat1()
    {
        // Versions frozen before the format number was stored carry the same names without it.
        var json = Opgeslagen("versie-v1.json");
        var zonder = JsonNode.Parse(json)!.AsObject();
        zonder.Remove("Formaat");

        Assert.That(Snapshot.Serialize(Snapshot.Deserialize(zonder.ToJsonString())), Is.EqualTo(Snapshot.Serialize(Snapshot.Deserialize(json))));
    }

    [Test]
    public void StoredVersionOfALaterFormat_Read_RefusedWithAClearMessage()
    {
        var later = JsonNode.Parse(Opgeslagen("versie-v1.json"))!.AsObject();
        later["Formaat"] = Snapshot.Formaat + 1;

        var e = Assert.Throws<InvalidOperationException>(() => Snapshot.Deserialize(later.ToJsonString()));
        Assert.That(e!.Message, Does.Contain($"formaat {Snapshot.Formaat + 1}"));
    }

    [Test]
    public void Serialize_CurrentPlan_StoresTheFormatNumberFirst()
    {
        var json = Snapshot.Serialize(Snapshot.Deserialize(Opgeslagen("versie-v1.json")));

        Assert.That(json, Does.StartWith($"{{\"Formaat\":{Snapshot.Formaat},"));
    }

    [Test]
    public void StoredModel_EveryProperty_HasAPinnedJsonName()
    {
        var zonder = new List<string>();
        var gezien = new HashSet<Type>();
        var open = new Queue<Type>([typeof(GetProgrammaplan.Programmaplan)]);
        while (open.TryDequeue(out var type))
        {
            if (!gezien.Add(type)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonIgnoreAttribute>() is null && property.GetCustomAttribute<JsonPropertyNameAttribute>() is null)
                    zonder.Add($"{type.Name}.{property.Name}");
                var t = property.PropertyType;
                var element = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : t;
                if (element.Assembly == typeof(Snapshot).Assembly) open.Enqueue(element);
            }
        }

        Assert.That(gezien, Has.Count.GreaterThan(10));
        Assert.That(zonder, Is.Empty, "A frozen version stores these properties by their C# name: pin it with [JsonPropertyName].");
    }
}
