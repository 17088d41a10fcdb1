using Dapper;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Rapportages;
using ProgrammaPlanner.Core.Tests.Programmas;

namespace ProgrammaPlanner.Core.Tests.Rapportages;

/// <summary>
/// One partner reports a doelstelling's realisatie: the trekker of its projects, or whom the facilitator chooses; nobody when
/// projects of several trekkers serve it or none does (then the facilitator fills it in). Accepting never silently overwrites
/// another partner's accepted figure.
/// </summary>
public class RapporteurTests
{
    [Test]
    public async Task OneTrekker_ReportsIt_SeveralTrekkersOrNoProject_Nobody_UntilTheFacilitatorChooses()
    {
        await using var app = TestApp.Create();
        var ids = await new PlanBuilder(app, "Samen Noord", 2026, 2028)
            .WithPartner("Civic Amsterdam").WithPartner("Stichting DOCK")
            .WithSpeerpunt("Armoede")
            .WithDoelstelling("Armoede", "Minder armoede").WithDoelstelling("Armoede", "Meer bereik").WithDoelstelling("Armoede", "Meer ontmoeting")
            .WithProject("Buurtkamers", "Civic Amsterdam", [], ["Minder armoede"])
            .WithProject("Budgetcafé", "Stichting DOCK", [], ["Minder armoede", "Meer bereik"])
            .BuildAsync();
        var p = ids.ProgrammaId;
        await using var facilitator = await app.LidAsync("F. Facilitator", p, ProgrammaRol.Facilitator);
        await using var civic = await app.LidAsync("C. Civic", p, ProgrammaRol.Redacteur, ids.Partners["Civic Amsterdam"]);
        var ronde = await facilitator.SendAsync(new GetRapportageronde.Query(p,
            await facilitator.SendAsync(new OpenRapportageronde.Command(p, 2026, new DateOnly(2027, 3, 1), ""))));
        async Task<string[]> Doelen(string partner) =>
            [.. (await facilitator.SendAsync(new GetRapportage.Query(p, ronde.RapportageVan(ids.Partners[partner])))).Doelstellingen.Select(d => d.Naam)];

        var lijst = await facilitator.SendAsync(new ListRapporteurs.Query(p));
        Assert.That(lijst.Doelstellingen.Select(d => (d.Naam, d.PartnerNaam, d.Reden)), Is.EqualTo(new[]
        {
            ("Meer bereik", (string?)"Stichting DOCK", "trekker van de projecten die eraan bijdragen"),
            ("Meer ontmoeting", null, "geen project draagt eraan bij"),
            ("Minder armoede", null, "projecten van Civic Amsterdam en Stichting DOCK dragen eraan bij; kies wie rapporteert"),
        }));
        Assert.That(lijst.Niemand.Select(d => d.Naam), Is.EqualTo(new[] { "Meer ontmoeting", "Minder armoede" }));
        Assert.That(await Doelen("Civic Amsterdam"), Is.Empty, "two trekkers serve Minder armoede: neither reports it on its own");
        Assert.That(await Doelen("Stichting DOCK"), Is.EqualTo(new[] { "Meer bereik" }));

        var armoede = lijst.Doelstellingen.Single(d => d.Naam == "Minder armoede");
        Assert.ThrowsAsync<GeenToegangException>(() => civic.SendAsync(new SetRapporteur.Command(p, armoede.DoelstellingId, ids.Partners["Civic Amsterdam"],
            armoede.Version)), "only a facilitator chooses");
        var fout = Assert.ThrowsAsync<ValidationException>(() => facilitator.SendAsync(new SetRapporteur.Command(p, armoede.DoelstellingId, 999_999,
            armoede.Version)));
        Assert.That(fout!.Errors["PartnerId"], Is.EqualTo(new[] { "Kies een partner van dit programma." }));

        var v = await facilitator.SendAsync(new SetRapporteur.Command(p, armoede.DoelstellingId, ids.Partners["Civic Amsterdam"], armoede.Version));
        var na = (await facilitator.SendAsync(new ListRapporteurs.Query(p))).Doelstellingen.Single(d => d.Naam == "Minder armoede");
        Assert.That((na.PartnerNaam, na.Gekozen, na.Reden, na.Version), Is.EqualTo(("Civic Amsterdam", true, "gekozen door de facilitator", v)));
        Assert.That(await Doelen("Civic Amsterdam"), Is.EqualTo(new[] { "Minder armoede" }));
        Assert.That(await Doelen("Stichting DOCK"), Is.EqualTo(new[] { "Meer bereik" }));
        Assert.ThrowsAsync<ConflictException>(() => facilitator.SendAsync(new SetRapporteur.Command(p, armoede.DoelstellingId, null, armoede.Version)));

        // Back to the rule: nobody again.
        await facilitator.SendAsync(new SetRapporteur.Command(p, armoede.DoelstellingId, null, v));
        Assert.That(await Doelen("Civic Amsterdam"), Is.Empty);
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<string>("SELECT opdracht FROM audit WHERE opdracht = 'SetRapporteur'"), Has.Exactly(2).Items);
    }

    [Test]
    public async Task Accept_WouldOverwriteAnotherPartnersAcceptedFigure_RefusedInDutch_UnlessTheFacilitatorConfirms()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var ronde = await p.OpenRonde2026Async();
        var civic = ronde.RapportageVan(p.CivicId);
        var dock = ronde.RapportageVan(p.DockId);

        // The facilitator lets DOCK report Minder armoede and accepts DOCK's figure; then gives it back to Civic (its trekker).
        await p.Facilitator.SendAsync(new SetRapporteur.Command(p.ProgrammaId, p.Armoede, p.DockId, await p.VersieAsync()));
        var vd = await p.Dock.SendAsync(new SaveRapportage.Command(p.ProgrammaId, dock, p.DockId, 1, [new(p.Armoede, null, 16m)], [], [], []));
        vd = await p.Dock.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, dock, p.DockId, vd));
        await p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, dock, vd));
        await p.Facilitator.SendAsync(new SetRapporteur.Command(p.ProgrammaId, p.Armoede, null, await p.VersieAsync()));
        var vc = await p.Civic.SendAsync(p.CivicRapport(civic, 1, totaal: 17.2m));
        vc = await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, civic, p.CivicId, vc));

        var form = await p.Facilitator.SendAsync(new GetRapportage.Query(p.ProgrammaId, civic));
        const string Botsing = "Stichting DOCK rapporteerde voor ‘Minder armoede’ over 2026 al 16 (geaccepteerd); Civic Amsterdam rapporteert 17,2.";
        Assert.That(form.Botsingen, Is.EqualTo(new[] { Botsing }), "the facilitator sees it before accepting; Banne (only Civic's) is no clash");
        var geteld = await app.GeteldAsync();
        var e = Assert.ThrowsAsync<RefusedException>(() => p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, civic, vc)));
        Assert.That(e!.Message, Is.EqualTo($"Niet geaccepteerd: {Botsing} Eén partner rapporteert een doelstelling: stuur deze rapportage " +
            "terug, of accepteer met ‘Toch overschrijven’."));
        Assert.That(await app.GeteldAsync(), Is.EqualTo(geteld), "nothing was overwritten");
        Assert.That((await p.Facilitator.SendAsync(new GetRapportage.Query(p.ProgrammaId, civic))).Status, Is.EqualTo(RapportageStatus.Ingediend));

        // The facilitator confirms: the figure is replaced, and the history says what it replaced.
        await p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, civic, vc, Overschrijven: true));
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.ExecuteScalarAsync<decimal>(
                "SELECT waarde FROM realisatie WHERE doelstelling_id = @Armoede AND jaar = 2026 AND wijk_id IS NULL", p),
            Is.EqualTo(17.2m));
        var stap = (await p.Facilitator.SendAsync(new GetRapportage.Query(p.ProgrammaId, civic))).Stappen.Last();
        Assert.That((stap.Naam, stap.Reden), Is.EqualTo((RapportageStatus.Geaccepteerd, "Overschreven: " + Botsing)));
    }

    [Test]
    public async Task Accept_SameFigureAsAnotherPartnersAcceptedOne_IsNoClash()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var ronde = await p.OpenRonde2026Async();
        await p.Facilitator.SendAsync(new SetRapporteur.Command(p.ProgrammaId, p.Armoede, p.DockId, await p.VersieAsync()));
        var dock = ronde.RapportageVan(p.DockId);
        var vd = await p.Dock.SendAsync(new SaveRapportage.Command(p.ProgrammaId, dock, p.DockId, 1, [new(p.Armoede, null, 17.20m)], [], [], []));
        await p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, dock,
            await p.Dock.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, dock, p.DockId, vd))));
        await p.Facilitator.SendAsync(new SetRapporteur.Command(p.ProgrammaId, p.Armoede, null, await p.VersieAsync()));

        var civic = ronde.RapportageVan(p.CivicId);
        var vc = await p.Civic.SendAsync(p.CivicRapport(civic, 1, totaal: 17.2m));
        vc = await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, civic, p.CivicId, vc));
        Assert.That((await p.Facilitator.SendAsync(new GetRapportage.Query(p.ProgrammaId, civic))).Botsingen, Is.Empty);
        await p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, civic, vc));
    }
}

public class RapporteurBestandTests
{
    [Test]
    public async Task ProgrammeFile_TheChosenRapporteur_RoundTrips_AbsentMeansTheRule_UnknownPartnerRefused()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.KleinMet(b => b.Doel()["rapporteur"] = "Zorgpunt"));
        var export = await app.SendAsync(new ExportProgramma.Query(id));
        Assert.That((await app.SendAsync(new ListRapporteurs.Query(id))).Doelstellingen.Select(d => (d.PartnerNaam, d.Gekozen)),
            Is.EqualTo(new[] { ((string?)"Zorgpunt", true) }));
        Assert.That(System.Text.Json.Nodes.JsonNode.Parse(export)!["speerpunten"]![0]!["doelstellingen"]![0]!["rapporteur"]!.GetValue<string>(),
            Is.EqualTo("Zorgpunt"));
        await using var tweede = TestApp.Create();
        Assert.That(await tweede.SendAsync(new ExportProgramma.Query(await tweede.ImportAsync(export))),
            Is.EqualTo(export));

        await using var zonder = TestApp.Create();
        var zonderId = await zonder.ImportAsync(SampleFiles.KleinMet(_ => { }));
        Assert.That((await zonder.SendAsync(new ListRapporteurs.Query(zonderId))).Doelstellingen.Single().Gekozen, Is.False);
        Assert.That(await zonder.SendAsync(new ExportProgramma.Query(zonderId)), Does.Not.Contain("rapporteur"));

        var e = Assert.ThrowsAsync<ValidationException>(() => zonder.ImportAsync(SampleFiles.KleinMet(b => b.Doel()["rapporteur"] = "Onbekend")));
        Assert.That(e!.Errors["speerpunten[0].doelstellingen[0].rapporteur"],
            Is.EqualTo(new[] { "Doelstelling 'Minder eenzaam': rapporteur 'Onbekend' is geen partner van het programma." }));
    }
}

internal static class RapporteurFixture
{
    /// <summary>The version of Minder armoede now (accepting a rapportage bumps it, so an open form learns its figures changed).</summary>
    public static async Task<int> VersieAsync(this RapportagePlan p) =>
        (await p.Facilitator.SendAsync(new ListRapporteurs.Query(p.ProgrammaId))).Doelstellingen.Single(d => d.DoelstellingId == p.Armoede).Version;
}
