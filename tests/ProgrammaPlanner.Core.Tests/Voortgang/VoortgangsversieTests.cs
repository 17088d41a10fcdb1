using Dapper;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Rapportages;
using ProgrammaPlanner.Core.Tests.Rapportages;
using ProgrammaPlanner.Core.Voortgang;

namespace ProgrammaPlanner.Core.Tests.Voortgang;

/// <summary>The voortgangsrapportage of a year is frozen and approved by every board like a plan version, and compared with last year's.</summary>
public class VoortgangsversieTests
{
    [Test]
    public async Task Freeze_KeepsTheReportAsItWas_LaterCorrectionsChangeOnlyTheLiveReport()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();

        var nummer = await app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, "Voor de besturen in maart"));
        await SetRealisatieAsync(app, p, 2026, 12.5m);

        var versie = await app.SendAsync(new GetVoortgangsversie.Query(p.ProgrammaId, 2026, nummer));
        Assert.That(nummer, Is.EqualTo(1));
        Assert.That((versie.Versie.Status, versie.Versie.Toelichting, versie.Intact),
            Is.EqualTo((PlanversieStatus.TerBesluitvorming, "Voor de besturen in maart", true)));
        Assert.That(versie.Versie.Hash, Has.Length.EqualTo(64));
        Assert.That(versie.Versie.Partners.Select(x => (x.Naam, x.Besluit)), Is.EqualTo(new[] { ("Buurtwerk", (string?)null), ("Zorgpunt", null) }));
        Assert.That(Realisatie(versie.Rapportage, 2026), Is.EqualTo(13.5m), "the frozen report keeps the figure the boards receive");
        var live = await app.SendAsync(new GetVoortgangsrapportage.Query(p.ProgrammaId, 2026));
        Assert.That(Realisatie(live, 2026), Is.EqualTo(12.5m), "the live report shows the correction");
        Assert.That(versie.VorigJaar, Is.Null, "2026 is the first year: nothing to compare with");

        await using var c = await app.Db.OpenAsync();
        Assert.That(() => c.Execute("UPDATE voortgangsversie SET snapshot = '{}'"), Throws.Exception.With.Message.Contains("verandert nooit"));
    }

    [Test]
    public async Task EveryBoardApproves_InTheAppOrOnPaper_TheReportIsVastgesteld_TheFaseStays()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var fase = (await app.SendAsync(new GetProgramma.Query(p.ProgrammaId))).Fase;
        await app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, ""));
        await using var buurtwerk = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Buurtwerk");

        var na1 = await buurtwerk.SendAsync(new ApproveVoortgangsversie.Command(p.ProgrammaId, 2026, 1, p.Buurtwerk, "Akkoord"));
        var vreemd = Assert.ThrowsAsync<RefusedException>(() =>
            buurtwerk.SendAsync(new ApproveVoortgangsversie.Command(p.ProgrammaId, 2026, 1, p.Zorgpunt, "")));
        var na2 = await app.SendAsync(new RecordPapierenVoortgangsgoedkeuring.Command(p.ProgrammaId, 2026, 1, p.Zorgpunt, "Z. Orgpunt",
            VersieFixture.Vandaag, "Getekend"));

        Assert.That((na1, na2), Is.EqualTo((PlanversieStatus.TerBesluitvorming, PlanversieStatus.Vastgesteld)));
        Assert.That(vreemd!.Message, Does.Contain("Alleen de bestuurder van Zorgpunt"));
        var lijst = await app.SendAsync(new ListVoortgangsversies.Query(p.ProgrammaId, 2026));
        Assert.That((lijst.Vastgesteld, lijst.TerBesluitvorming), Is.EqualTo(((int?)1, (int?)null)));
        Assert.That(lijst.Versies.Single().Partners.Select(x => (x.Naam, x.Besluit, x.Wijze)), Is.EqualTo(new[]
        {
            ("Buurtwerk", Besluit.Goedgekeurd, BesluitWijze.InDeApp), ("Zorgpunt", Besluit.Goedgekeurd, BesluitWijze.OpPapier),
        }));
        Assert.That((await app.SendAsync(new GetProgramma.Query(p.ProgrammaId))).Fase, Is.EqualTo(fase), "a yearly report moves no fase");
        Assert.That(await app.CountAsync("planversie_besluit"), Is.Zero, "the plan's decisions are another table");

        await using var c = await app.Db.OpenAsync();
        var stappen = (await c.QueryAsync<string>("SELECT opdracht FROM audit ORDER BY id")).ToList();
        Assert.That(stappen, Does.Contain("FreezeVoortgangsversie").And.Contain("ApproveVoortgangsversie").And.Contain("RecordPapierenVoortgangsgoedkeuring"));
    }

    [Test]
    public async Task FreezeAgain_RefusedWithoutChange_AfterAChangeTheWaitingVersionIsReplaced()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, ""));

        var zelfde = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, "")));
        await SetRealisatieAsync(app, p, 2026, 12.9m);
        var twee = await app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, "Cijfer GGD gecorrigeerd"));
        var oud = Assert.ThrowsAsync<RefusedException>(() =>
            app.SendAsync(new RecordPapierenVoortgangsgoedkeuring.Command(p.ProgrammaId, 2026, 1, p.Buurtwerk, "B", VersieFixture.Vandaag, "")));
        var anderJaar = await app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2027, ""));

        Assert.That(zelfde!.Message, Does.Contain("niets gewijzigd sinds versie 1 van de voortgangsrapportage 2026"));
        Assert.That(twee, Is.EqualTo(2));
        Assert.That(oud!.Message, Does.Contain("Versie 1 van de voortgangsrapportage 2026 staat niet meer ter besluitvorming")
            .And.Contain("vervangen door versie 2"));
        Assert.That(anderJaar, Is.EqualTo(1), "each year numbers its own versions");
        var lijst = await app.SendAsync(new ListVoortgangsversies.Query(p.ProgrammaId, 2026));
        Assert.That(lijst.Versies.Select(v => (v.Nummer, v.Status)), Is.EqualTo(new[]
        {
            (2, PlanversieStatus.TerBesluitvorming), (1, PlanversieStatus.Vervangen),
        }));
    }

    [Test]
    public async Task Freeze_YearOutsideTheProgramme_OrAReportWaitingForAcceptance_IsRefused_AndALezerMayNotFreeze()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var ronde = await p.OpenRonde2026Async();
        var id = ronde.RapportageVan(p.CivicId);
        var form = await p.Civic.SendAsync(new GetRapportage.Query(p.ProgrammaId, id));
        var v = await p.Civic.SendAsync(p.CivicRapport(id, form.Version));
        await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, v));

        var wacht = Assert.ThrowsAsync<RefusedException>(() => p.Facilitator.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, "")));
        var buiten = Assert.ThrowsAsync<NotFoundException>(() => p.Facilitator.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2040, "")));
        Assert.ThrowsAsync<GeenToegangException>(() => p.Lezer.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, "")));

        Assert.That(wacht!.Message, Does.Contain("Beoordeel eerst de ingediende rapportage van Civic Amsterdam over 2026"));
        Assert.That(buiten!.Message, Does.Contain("het programma loopt van"));
        Assert.That(await app.CountAsync("voortgangsversie"), Is.Zero);
    }

    [Test]
    public async Task NextYear_ComparesWithLastYearsVastgesteldReport_AndMarksAFigureCorrectedSince()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, ""));
        await app.SendAsync(new RecordPapierenVoortgangsgoedkeuring.Command(p.ProgrammaId, 2026, 1, p.Buurtwerk, "B", VersieFixture.Vandaag, ""));
        await app.SendAsync(new RecordPapierenVoortgangsgoedkeuring.Command(p.ProgrammaId, 2026, 1, p.Zorgpunt, "Z", VersieFixture.Vandaag, ""));
        await SetRealisatieAsync(app, p, 2026, 13.2m); // corrected after the boards approved 13,5
        await SetRealisatieAsync(app, p, 2027, 11.8m);

        var nummer = await app.SendAsync(new FreezeVoortgangsversie.Command(p.ProgrammaId, 2027, ""));
        var v = (await app.SendAsync(new GetVoortgangsversie.Query(p.ProgrammaId, 2027, nummer))).VorigJaar;

        Assert.That(v, Is.Not.Null);
        Assert.That(v!.VorigLabel, Is.EqualTo("versie 1 van de voortgangsrapportage 2026 (vastgesteld)"));
        var d = v.Doelstellingen.Single();
        Assert.That((d.Naam, d.VorigeRealisatie, d.VorigeStatus, d.Realisatie, d.Status),
            Is.EqualTo(("Minder eenzaam", (decimal?)13.5m, (string?)StandStatus.OpKoers, (decimal?)11.8m, StandStatus.Behaald)));
        Assert.That((d.Bijgesteld, d.BijgesteldeVorige), Is.EqualTo((true, (decimal?)13.2m)));
        Assert.That(v.Projecten.Select(x => x.Naam), Is.EqualTo(new[] { "Buurtkamers" }));
        Assert.That(v.Budget.Select(b => (b.Partner, b.VorigBesteedEuro, b.BesteedEuro)), Is.EqualTo(new[] { ("Buurtwerk", 0m, 0m), ("Zorgpunt", 0m, 0m) }),
            "every partner with a budget in either year, nothing spent yet");
    }

    private static decimal? Realisatie(GetVoortgangsrapportage.Rapportage r, int jaar) =>
        r.Stand.Speerpunten.Single().Doelstellingen.Single().Jaren.Single(j => j.Jaar == jaar).Realisatie;

    private static async Task SetRealisatieAsync(TestApp app, VersieFixture.Plan p, int jaar, decimal waarde)
    {
        var d = await app.SendAsync(new GetDoelstelling.Query(p.ProgrammaId, p.Doelstelling));
        await app.SendAsync(new SetRealisatie.Command(p.ProgrammaId, p.Doelstelling, d.Version, jaar, null, waarde));
    }
}
