using System.Text.Json.Nodes;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Tests.Programmas;
using ProgrammaPlanner.Core.Voortgang;

namespace ProgrammaPlanner.Core.Tests.Partners;

/// <summary>Who signs: a penvoerder or partner approves the plan; a financier or adviseur only when the facilitator says so.</summary>
public class TekenenTests
{
    private static AddPartner.Command Fonds(long programmaId, string rol = PartnerRol.Financier, bool tekentToch = false) =>
        new(programmaId, "Fonds Oost", "gemeente/stadsdeel", rol, "", "", "F. Onds", "directeur", "Amsterdam", TekentToch: tekentToch);

    [Test]
    public async Task Freeze_WithAFinancier_OnlyPenvoerderAndPartnerDecide_TheirApprovalsMakeItVastgesteld()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var fonds = await app.SendAsync(Fonds(p.ProgrammaId));

        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "B. Buurtwerk", VersieFixture.Vandaag, ""));
        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, fonds, "F. Onds", VersieFixture.Vandaag, "")));
        var status = await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Zorgpunt, "Z. Orgpunt", VersieFixture.Vandaag, ""));

        var versie = await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));
        Assert.That(versie.Versie.Partners.Select(x => x.Naam), Is.EqualTo(new[] { "Buurtwerk", "Zorgpunt" }));
        Assert.That(status, Is.EqualTo(PlanversieStatus.Vastgesteld), "the financier's board is not waited for");
        Assert.That(versie.Plan.Partners.Select(x => (x.Naam, x.Tekent)),
            Is.EqualTo(new[] { ("Buurtwerk", true), ("Zorgpunt", true), ("Fonds Oost", false) }), "the snapshot keeps who signs");
        Assert.That(e!.Errors["PartnerId"][0], Does.Contain("hoort niet bij"));
    }

    [Test]
    public async Task Freeze_FinancierThatSignsAfterAll_CountsTowardsVastgesteld()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var fonds = await app.SendAsync(Fonds(p.ProgrammaId, tekentToch: true));

        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Buurtwerk, "B. Buurtwerk", VersieFixture.Vandaag, ""));
        var na2 = await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Zorgpunt, "Z. Orgpunt", VersieFixture.Vandaag, ""));
        var na3 = await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, fonds, "F. Onds", VersieFixture.Vandaag, ""));

        var versie = await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));
        Assert.That(versie.Versie.Partners.Select(x => x.Naam), Is.EquivalentTo(new[] { "Buurtwerk", "Zorgpunt", "Fonds Oost" }));
        Assert.That((na2, na3), Is.EqualTo((PlanversieStatus.TerBesluitvorming, PlanversieStatus.Vastgesteld)));
        Assert.That(versie.Plan.Partners.Single(x => x.Id == fonds).Tekent, Is.True);
    }

    [Test]
    public async Task Adviseur_DoesNotSign_UntilTheFacilitatorTurnsItOn_ThenANewFreezeIncludesIt()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var adviseur = await app.SendAsync(Fonds(p.ProgrammaId, PartnerRol.Adviseur));

        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        var lijst = await app.SendAsync(new ListPartners.Query(p.ProgrammaId));
        var item = lijst.Single(x => x.Id == adviseur);
        Assert.That((item.Rol, item.TekentToch, item.Tekent), Is.EqualTo((PartnerRol.Adviseur, false, false)));
        await app.SendAsync(new UpdatePartner.Command(p.ProgrammaId, adviseur, item.Version, item.Naam, item.Soort, item.Rol, "", "", item.BestuurderNaam,
            item.BestuurderFunctie, item.Plaats, TekentToch: true));
        var nummer = await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "Adviseur tekent mee"));

        Assert.That((await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1))).Versie.Partners.Select(x => x.PartnerId),
            Does.Not.Contain(adviseur));
        Assert.That(nummer, Is.EqualTo(2), "turning signing on changes the plan: a new version may be frozen");
        Assert.That((await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 2))).Versie.Partners.Select(x => x.PartnerId), Does.Contain(adviseur));
        Assert.That((await app.SendAsync(new ListPartners.Query(p.ProgrammaId))).Single(x => x.Id == adviseur).Tekent, Is.True);
    }

    [Test]
    public async Task TekentToch_ForAPenvoerderOrPartner_IsNotStored_TheyAlwaysSign()
    {
        await using var app = TestApp.Create();
        var programma = await app.CreateProgrammaAsync();

        var id = await app.SendAsync(Fonds(programma, PartnerRol.Partner, tekentToch: true));

        var item = (await app.SendAsync(new ListPartners.Query(programma))).Single(x => x.Id == id);
        Assert.That((item.TekentToch, item.Tekent), Is.EqualTo((false, true)));
    }

    [Test]
    public async Task Freeze_NoPartnerSigns_RefusedInDutch_NothingFrozen()
    {
        await using var app = TestApp.Create();
        var p = await new PlanBuilder(app, "Alleen geld", 2026, 2027).WithPartner("Fonds", PartnerRol.Financier)
            .WithPartner("Raad", PartnerRol.Adviseur).BuildAsync();

        var plan = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, "")));
        var voortgang = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, "")));

        Assert.That(plan!.Message, Does.StartWith("Geen enkele partner tekent").And.Contain("de versie").And.Contain("Tekent toch het plan"));
        Assert.That(voortgang!.Message, Does.StartWith("Geen enkele partner tekent").And.Contain("de rapportage"));
        Assert.That(await app.CountAsync("planversie") + await app.CountAsync("voortgangsversie"), Is.Zero);
    }

    [Test]
    public async Task FreezeVoortgangsversie_WithAFinancier_OnlyTheSigningPartnersDecide()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(Fonds(p.ProgrammaId));
        var adviseur = await app.SendAsync(Fonds(p.ProgrammaId, PartnerRol.Adviseur, tekentToch: true) with { Naam = "Adviesraad" });

        await app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, ""));

        var versie = await app.SendAsync(new GetVoortgangsversie.Query(p.ProgrammaId, 2026, 1));
        Assert.That(versie.Versie.Partners.Select(x => x.Naam), Is.EquivalentTo(new[] { "Adviesraad", "Buurtwerk", "Zorgpunt" }));
        Assert.That(versie.Versie.Partners.Select(x => x.PartnerId), Does.Contain(adviseur));
    }

    [Test]
    public async Task BestuurderOfAFinancier_SeesWhyTheyCannotApprove()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var fonds = await app.SendAsync(Fonds(p.ProgrammaId));
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using var bestuurder = await app.BestuurderAsync(p.ProgrammaId, fonds, "F. Onds");

        var versie = await bestuurder.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));

        Assert.That(versie.WaaromGeenBesluit, Does.Contain("Fonds Oost is financier en tekent niet mee"));
    }

    [Test]
    public async Task Leden_PartnersZonderBestuurder_LeavesOutAFinancierThatDoesNotSign()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(Fonds(p.ProgrammaId));
        await app.SendAsync(Fonds(p.ProgrammaId, PartnerRol.Adviseur, tekentToch: true) with { Naam = "Adviesraad" });

        var leden = await app.SendAsync(new Core.Gebruikers.ListLeden.Query(p.ProgrammaId));

        Assert.That(leden.ZonderBestuurder.Select(x => x.Naam), Is.EqualTo(new[] { "Adviesraad", "Buurtwerk", "Zorgpunt" }));
    }

    [Test]
    public void StoredVersionWithoutTheField_EveryPartnerSigns_EvenAFinancier()
    {
        // Versions frozen before roles decided who signs: every partner signed, and their approvals counted.
        var pad = Path.Combine(TestContext.CurrentContext.TestDirectory, "Planversies", "Opgeslagen", "versie-v1.json");
        var oud = JsonNode.Parse(File.ReadAllText(pad))!.AsObject();
        Assert.That(oud.ToJsonString(), Does.Not.Contain("\"Tekent"), "the stored version predates the field");
        oud["Partners"]![1]!["Rol"] = PartnerRol.Financier;

        var plan = Snapshot.Deserialize(oud.ToJsonString());

        Assert.That(plan.Partners.Select(x => (x.Rol, x.Tekent)), Is.EqualTo(new[] { ("penvoerder", true), ("financier", true) }));
    }

    [Test]
    public async Task ProgrammeFile_TekentToch_RoundTrips_AbsentMeansNo()
    {
        await using var app = TestApp.Create();
        var json = SampleFiles.KleinMet(b =>
        {
            b["partners"]!.AsArray().Add(new JsonObject { ["naam"] = "Fonds", ["soort"] = "zorg", ["rol"] = "financier", ["tekentToch"] = true });
            b["partners"]!.AsArray().Add(new JsonObject { ["naam"] = "Raad", ["soort"] = "zorg", ["rol"] = "adviseur" });
        });

        var id = await app.ImportAsync(json);
        var export = await app.SendAsync(new ExportProgramma.Query(id));
        await using var tweede = TestApp.Create();
        var opnieuw = await tweede.SendAsync(new ExportProgramma.Query(await tweede.ImportAsync(export)));

        var partners = (await app.SendAsync(new ListPartners.Query(id))).ToDictionary(x => x.Naam);
        Assert.That((partners["Fonds"].Tekent, partners["Raad"].Tekent, partners["Zorgpunt"].Tekent), Is.EqualTo((true, false, true)));
        var uit = JsonNode.Parse(export)!["partners"]!.AsArray();
        Assert.That(uit.Select(x => x!["tekentToch"]?.GetValue<bool>()), Is.EqualTo(new bool?[] { null, null, true, null }));
        Assert.That(opnieuw, Is.EqualTo(export));
    }

    [Test]
    public async Task ProgrammeFile_TekentTochOnAPenvoerder_RefusedAtTheField()
    {
        await using var app = TestApp.Create();
        var json = SampleFiles.KleinMet(b => b["partners"]![0]!["tekentToch"] = true);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.ImportAsync(json));

        Assert.That(e!.Errors["partners[0].tekentToch"][0], Does.Contain("een penvoerder tekent altijd"));
        Assert.That(await app.CountAsync("programma"), Is.Zero);
    }
}
