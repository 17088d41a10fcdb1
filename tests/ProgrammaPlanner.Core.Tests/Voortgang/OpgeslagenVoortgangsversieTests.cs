using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Voortgang;

namespace ProgrammaPlanner.Core.Tests.Voortgang;

/// <summary>
/// A voortgangsrapportage the boards approved must read as they approved it. Opgeslagen/voortgang-v1.json was frozen once by the
/// code of format 1 (the Proef Oost plan, 2026, with a besteding, a jaarstatus and a vertraagde mijlpaal). If a rename or a type
/// change in the read model breaks these tests, keep the stored name (JsonPropertyName) or add a new Voortgangssnapshot.Formaat with
/// a reader for this one. Never regenerate the file.
/// </summary>
public class OpgeslagenVoortgangsversieTests
{
    private static readonly string Json =
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Voortgang", "Opgeslagen", "voortgang-v1.json"));

    [Test]
    public void StoredV1_Read_GivesTheReportAsFrozen()
    {
        var r = Voortgangssnapshot.Deserialize(Json);

        Assert.That((r.Programma.Naam, r.Jaar, r.Stand.Jaar), Is.EqualTo(("Proef Oost", 2026, 2026)));
        var d = r.Stand.Speerpunten.Single().Doelstellingen.Single();
        var j = d.Jaren.Single(x => x.Jaar == 2026);
        Assert.That((d.Naam, d.Eenheid, d.HogerIsBeter, j.Realisatie, j.Streefwaarde?.Waarde, j.Oordeel.Status),
            Is.EqualTo(("Minder eenzaam", "%", false, (decimal?)13.5m, (decimal?)13m, (string?)StandStatus.OpKoers)));
        Assert.That(j.Wijken.Select(w => (w.WijkNaam, w.Waarde, w.Oordeel.Status)), Is.EqualTo(new[] { ("Oost", 13m, (string?)StandStatus.Behaald) }));
        var project = r.Projecten.Single();
        Assert.That((project.Naam, project.Trekker, project.Jaarstatus, project.Toelichting),
            Is.EqualTo(("Buurtkamers", "Buurtwerk", (string?)ProjectJaarstatus.Vertraagd, "Pand pas in 2027 beschikbaar")));
        Assert.That(project.Mijlpalen.Select(m => (m.Titel, m.Status, m.NieuweDatum)),
            Is.EqualTo(new[] { ("Eerste buurtkamer open", MijlpaalStatus.Vertraagd, (DateOnly?)new DateOnly(2026, 9, 1)) }));
        Assert.That(r.Budget.Select(b => (b.Partner, b.BegrootEuro, b.BesteedEuro, b.BesteedUren)),
            Is.EqualTo(new[] { ("Buurtwerk", 1000.50m, 1_250.25m, 12m) }));
        Assert.That(r.Partners.Select(p => (p.Naam, p.Rol)), Is.EqualTo(new[] { ("Buurtwerk", "penvoerder"), ("Zorgpunt", "partner") }));
    }

    [Test]
    public void StoredV1_WrittenBackByTodaysCode_IsTheSameText()
    {
        // Any property renamed, dropped or retyped in the read model changes this text: then the format needs a new number.
        Assert.That(Voortgangssnapshot.Serialize(Voortgangssnapshot.Deserialize(Json)), Is.EqualTo(Json));
    }
}
