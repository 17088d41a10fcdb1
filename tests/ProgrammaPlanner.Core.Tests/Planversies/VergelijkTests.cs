using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Samenwerking;

namespace ProgrammaPlanner.Core.Tests.Planversies;

public class VergelijkTests
{
    /// <summary>Freeze; change one target, add a project, remove a basisvoorwaarde; freeze again.</summary>
    private static async Task<VersieFixture.Plan> TweeVersiesAsync(TestApp app)
    {
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SetStreefwaardeAsync(p.ProgrammaId, p.Doelstelling, 2027, 11.5m);
        await app.SendAsync(new CreateProject.Command(p.ProgrammaId, "Mantelzorgcafé", "Ontlasten van mantelzorgers", false, p.Zorgpunt, [p.Zorgpunt],
            [], new DateOnly(2026, 6, 1), new DateOnly(2027, 6, 1), "in voorbereiding"));
        var bv = (await app.SendAsync(new ListBasisvoorwaarden.Query(p.ProgrammaId))).Single(b => b.Tekst == "Klein beginnen, groot denken");
        await app.SendAsync(new DeleteBasisvoorwaarde.Command(p.ProgrammaId, bv.Id, bv.Version));
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        return p;
    }

    [Test]
    public async Task Compare_KnownPair_ListsExactlyTheChanges()
    {
        await using var app = TestApp.Create();
        var p = await TweeVersiesAsync(app);

        var v = await app.SendAsync(new ComparePlanversies.Query(p.ProgrammaId, 1, 2));

        Assert.That((v.LabelA, v.LabelB), Is.EqualTo(("versie 1 (vervangen)", "versie 2 (ter besluitvorming)")));
        Assert.That(v.Speerpunten, Is.Empty);
        var doel = v.Doelstellingen.Single();
        Assert.That((doel.Aard, doel.Naam), Is.EqualTo((Vergelijker.Gewijzigd, "Minder eenzaam")));
        Assert.That(doel.Verschillen.Select(x => (x.Veld, x.Oud, x.Nieuw)), Is.EqualTo(new[] { ("Streefwaarde 2027", "12", "11,5") }));
        Assert.That(v.Projecten.Select(x => (x.Aard, x.Naam)), Is.EqualTo(new[] { (Vergelijker.Toegevoegd, "Mantelzorgcafé") }));
        Assert.That(v.Afspraken.Select(x => (x.Aard, x.Onderdeel, x.Naam)),
            Is.EqualTo(new[] { (Vergelijker.Verwijderd, "basisvoorwaarde", "Klein beginnen, groot denken") }));
    }

    [Test]
    public async Task Compare_AFrozenVersionByDefault_WithTheOneBeforeIt_TheFirstWithNothing()
    {
        await using var app = TestApp.Create();
        var p = await TweeVersiesAsync(app);

        var v = await app.SendAsync(new ComparePlanversies.Query(p.ProgrammaId, B: 2));

        Assert.That((v.NummerA, v.NummerB), Is.EqualTo((1, (int?)2)));
        Assert.That(v.Projecten.Select(x => x.Naam), Is.EqualTo(new[] { "Mantelzorgcafé" }));
        var eerste = Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ComparePlanversies.Query(p.ProgrammaId, B: 1)));
        Assert.That(eerste!.Message, Is.EqualTo("Versie 1 is de eerste versie; er is niets om mee te vergelijken."));
    }

    [Test]
    public async Task Compare_Default_IsTheConceptAgainstThePlanInForce()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        foreach (var partner in new[] { p.Buurtwerk, p.Zorgpunt })
            await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, partner, "Bestuur", VersieFixture.Vandaag, ""));
        Assert.That((await app.SendAsync(new ComparePlanversies.Query(p.ProgrammaId))).Gelijk, Is.True);

        await app.SendAsync(new AddBasisvoorwaarde.Command(p.ProgrammaId, "Zaken eenduidig en transparant vastleggen"));
        var v = await app.SendAsync(new ComparePlanversies.Query(p.ProgrammaId));

        Assert.That((v.NummerA, v.NummerB, v.LabelB), Is.EqualTo((1, (int?)null, "huidig concept")));
        Assert.That(v.Afspraken.Select(x => (x.Aard, x.Naam)), Is.EqualTo(new[] { (Vergelijker.Toegevoegd, "Zaken eenduidig en transparant vastleggen") }));
        Assert.That(v.Speerpunten.Concat(v.Doelstellingen).Concat(v.Projecten), Is.Empty);
    }

    [Test]
    public async Task Compare_InzetAndRenamedItem_ShownAsChangesOfThatItem()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var a = await app.SendAsync(new ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan.Query(p.ProgrammaId));
        var project = a.Projecten.Single();
        var b = a with
        {
            Projecten = [project with { Naam = "Huiskamers", Inzet = [.. project.Inzet.Select(i => i.Jaar == 2026 ? i with { Euro = 2000m } : i)] }],
        };

        var w = Vergelijker.Projecten(a, b).Single();

        Assert.That(w.Verschillen.Select(x => (x.Veld, x.Oud, x.Nieuw)), Is.EqualTo(new[]
        {
            ("Naam", "Buurtkamers", "Huiskamers"),
            ("Inzet Buurtwerk 2026 (subsidie)", "€ 1.000,50; 10 uur", "€ 2.000,00; 10 uur"),
        }));
    }

    [Test]
    public async Task Compare_NoVersionYet_NotFoundWithAClearMessage()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();

        var e = Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ComparePlanversies.Query(p.ProgrammaId)));
        Assert.That(e!.Message, Does.Contain("nog geen vastgelegde versie"));
    }
}
