using Dapper;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Rapportages;

namespace ProgrammaPlanner.Core.Tests.Rapportages;

public class RapportagerondeTests
{
    [Test]
    public async Task FullLoop_OpenSaveSubmitReturnResubmitAccept_FiguresCountOnlyAfterAccept()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var geteldVooraf = await app.GeteldAsync();

        var ronde = await p.OpenRonde2026Async();
        Assert.That(ronde.Rapportages.Select(r => (r.PartnerNaam, r.Status)), Is.EqualTo(new[]
        {
            ("Civic Amsterdam", RapportageStatus.Open), ("Stichting DOCK", RapportageStatus.Open), ("Stichting Prisma", RapportageStatus.Open),
        }));
        var id = ronde.RapportageVan(p.CivicId);

        // What Civic must report, with what counts now and what was planned.
        var form = await p.Civic.SendAsync(new GetRapportage.Query(p.ProgrammaId, id));
        Assert.That(form.MagInvullen, Is.True);
        Assert.That(form.MagBeoordelen, Is.False);
        Assert.That(form.Doelstellingen.Select(d => (d.Naam, d.Streefwaarde)), Is.EqualTo(new[] { ("Minder armoede", (decimal?)17.5m) }));
        Assert.That(form.Doelstellingen[0].Cellen.Select(c => (c.WijkId, c.Geteld, c.Gerapporteerd)),
            Is.EqualTo(new[] { ((long?)null, (decimal?)18.0m, (decimal?)null), (p.Banne, 12m, null) }));
        Assert.That(form.Bestedingen.Select(b => (b.Naam, b.BegrootEuro, b.BegrootUren, b.GeteldEuro)),
            Is.EqualTo(new[] { ("Buurtkamers", 10_000m, 100m, (decimal?)null) }));
        Assert.That(form.Projecten.Select(x => x.Naam), Is.EqualTo(new[] { "Buurtkamers" }));
        Assert.That(form.Projecten[0].Mijlpalen.Select(m => m.Titel), Is.EqualTo(new[] { "Eerste buurtkamer open" }), "only the mijlpalen of 2026");

        var v = await p.Civic.SendAsync(p.CivicRapport(id, form.Version));
        v = await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, v));
        Assert.That(await app.GeteldAsync(), Is.EqualTo(geteldVooraf), "nothing counts before the facilitator accepts");

        v = await p.Facilitator.SendAsync(new ReturnRapportage.Command(p.ProgrammaId, id, v, "Het totaal klopt niet met de wijkcijfers"));
        var terug = await p.Civic.SendAsync(new GetRapportage.Query(p.ProgrammaId, id));
        Assert.That(terug.Status, Is.EqualTo(RapportageStatus.Teruggestuurd));
        Assert.That(terug.Doelstellingen[0].Cellen[0].Gerapporteerd, Is.EqualTo(17.2m), "a returned report keeps its figures");
        Assert.That(terug.Bestedingen[0].Euro, Is.EqualTo(9_500.50m));
        Assert.That(terug.Projecten[0].Status, Is.EqualTo(ProjectJaarstatus.Vertraagd));
        Assert.That(terug.Stappen.Select(s => (s.Naam, s.Reden, s.Door)), Is.EqualTo(new[]
        {
            (RapportageStatus.Ingediend, "", "C. Civic"), (RapportageStatus.Teruggestuurd, "Het totaal klopt niet met de wijkcijfers", "F. Facilitator"),
        }));
        Assert.That(await app.GeteldAsync(), Is.EqualTo(geteldVooraf), "a returned report counts for nothing");

        v = await p.Civic.SendAsync(p.CivicRapport(id, v, totaal: 17.3m));
        v = await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, v));
        var projectVersie = (await app.SendAsync(new GetProject.Query(p.ProgrammaId, p.Buurtkamers))).Version;
        await p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, id, v));
        Assert.That((await app.SendAsync(new GetProject.Query(p.ProgrammaId, p.Buurtkamers))).Version, Is.GreaterThan(projectVersie),
            "an open project form learns that its figures changed");

        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<(long?, decimal)>(
                "SELECT wijk_id, waarde FROM realisatie WHERE doelstelling_id = @Armoede AND jaar = 2026 ORDER BY wijk_id NULLS FIRST", p),
            Is.EqualTo(new[] { ((long?)null, 17.3m), (p.Banne, 15m) }));
        Assert.That(await c.QueryAsync<(long, decimal, decimal)>("SELECT partner_id, euro, uren FROM besteding WHERE jaar = 2026"),
            Is.EqualTo(new[] { (p.CivicId, 9_500.50m, 80m) }));
        Assert.That(await c.QueryAsync<(string, string)>("SELECT status, toelichting FROM project_jaarstatus WHERE jaar = 2026"),
            Is.EqualTo(new[] { (ProjectJaarstatus.Vertraagd, "Locatie pas in het najaar beschikbaar") }));
        Assert.That(await c.QueryAsync<(string, string?)>("SELECT status, nieuwe_datum FROM mijlpaal ORDER BY datum"),
            Is.EqualTo(new[] { (MijlpaalStatus.Vertraagd, (string?)"2026-09-01"), ("gepland", null) }));

        var na = await p.Facilitator.SendAsync(new GetRapportageronde.Query(p.ProgrammaId, ronde.Id));
        Assert.That(na.Rapportages.Single(r => r.PartnerId == p.CivicId).Status, Is.EqualTo(RapportageStatus.Geaccepteerd));
        Assert.That(na.Rapportages.Single(r => r.PartnerId == p.CivicId).LaatsteStap, Is.EqualTo(RapportageStatus.Geaccepteerd));
        Assert.That(await c.QueryAsync<string>("SELECT opdracht FROM audit WHERE opdracht LIKE '%Rapportage%' ORDER BY id"), Is.EqualTo(new[]
        {
            "OpenRapportageronde", "SaveRapportage", "SubmitRapportage", "ReturnRapportage", "SaveRapportage", "SubmitRapportage", "AcceptRapportage",
        }));
    }

    [Test]
    public async Task Accept_CellThePartnerLeftEmpty_StaysAsItWas()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var id = (await p.OpenRonde2026Async()).RapportageVan(p.CivicId);

        var v = await p.Civic.SendAsync(new SaveRapportage.Command(p.ProgrammaId, id, p.CivicId, 1,
            [new(p.Armoede, null, 16.9m), new(p.Armoede, p.Banne, null)], [], [], []));
        v = await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, v));
        await p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, id, v));

        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QueryAsync<(long?, decimal)>("SELECT wijk_id, waarde FROM realisatie ORDER BY wijk_id NULLS FIRST"),
            Is.EqualTo(new[] { ((long?)null, 16.9m), (p.Banne, 12m) }));
        Assert.That(await c.QueryAsync<string>("SELECT status FROM mijlpaal"), Is.All.EqualTo("gepland"));
        Assert.That(await app.CountAsync("besteding") + await app.CountAsync("project_jaarstatus"), Is.EqualTo(0));
    }

    [Test]
    public async Task Facilitator_FillsInOnBehalfOfAPartner_LogboekAndHistorySaySo()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var id = (await p.OpenRonde2026Async()).RapportageVan(p.CivicId);

        var v = await p.Facilitator.SendAsync(p.CivicRapport(id, 1));
        await p.Facilitator.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, v));

        await using var c = await app.Db.OpenAsync();
        var samenvattingen = (await c.QueryAsync<string>(
            "SELECT samenvatting FROM audit WHERE opdracht IN ('SaveRapportage', 'SubmitRapportage') ORDER BY id")).ToList();
        Assert.That(samenvattingen, Has.Count.EqualTo(2).And.All.Contain("\"NamensPartner\":true"));
        var stap = (await p.Civic.SendAsync(new GetRapportage.Query(p.ProgrammaId, id))).Stappen.Single();
        Assert.That(stap.Door, Is.EqualTo("F. Facilitator (facilitator, namens Civic Amsterdam)"));
    }

    [Test]
    public async Task OtherPartner_UnlinkedLezer_WrongPartnerId_AreRefused_NothingChanged()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var id = (await p.OpenRonde2026Async()).RapportageVan(p.CivicId);
        var voor = await app.DumpAsync();

        var anderePartner = Assert.ThrowsAsync<RefusedException>(() => p.Dock.SendAsync(p.CivicRapport(id, 1)));
        Assert.That(anderePartner!.Message, Does.Contain("Alleen een medewerker van Civic Amsterdam of een facilitator"));
        Assert.ThrowsAsync<RefusedException>(() => p.Dock.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.DockId, 1)));
        Assert.ThrowsAsync<RefusedException>(() => p.Dock.SendAsync(new GetRapportage.Query(p.ProgrammaId, id)));
        Assert.ThrowsAsync<RefusedException>(() => p.Lezer.SendAsync(p.CivicRapport(id, 1)));
        Assert.ThrowsAsync<RefusedException>(() => p.Lezer.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, 1)));
        Assert.ThrowsAsync<RefusedException>(() => p.Lezer.SendAsync(new GetRapportage.Query(p.ProgrammaId, id)));
        var namensAnder = Assert.ThrowsAsync<RefusedException>(() =>
            p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.DockId, 1)));
        Assert.That(namensAnder!.Message, Does.Contain("niet voor een andere partner"));
        Assert.ThrowsAsync<GeenToegangException>(() => p.Civic.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, id, 1)));
        Assert.ThrowsAsync<GeenToegangException>(() => p.Civic.SendAsync(new ReturnRapportage.Command(p.ProgrammaId, id, 1, "Mag niet")));
        Assert.ThrowsAsync<GeenToegangException>(() =>
            p.Civic.SendAsync(new OpenRapportageronde.Command(p.ProgrammaId, 2027, new DateOnly(2028, 3, 1), "")));

        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }

    [Test]
    public async Task NoOpenRound_YearOutsidePeriod_SecondRound_AreRefused()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var ronde = await p.OpenRonde2026Async();
        var id = ronde.RapportageVan(p.CivicId);
        await p.Facilitator.SendAsync(new CloseRapportageronde.Command(p.ProgrammaId, ronde.Id, ronde.Version));
        var voor = await app.DumpAsync();

        var gesloten = Assert.ThrowsAsync<RefusedException>(() => p.Civic.SendAsync(p.CivicRapport(id, 1)));
        Assert.That(gesloten!.Message, Is.EqualTo("De rapportageronde over 2026 is gesloten; er kan niets meer worden ingevuld of ingediend."));
        Assert.ThrowsAsync<RefusedException>(() => p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, 1)));
        var buiten = Assert.ThrowsAsync<ValidationException>(() =>
            p.Facilitator.SendAsync(new OpenRapportageronde.Command(p.ProgrammaId, 2029, new DateOnly(2030, 3, 1), "")));
        Assert.That(buiten!.Errors["Jaar"], Is.EqualTo(new[] { "2029 valt buiten de programmaperiode 2026–2028. Kies een jaar binnen die periode." }));
        var tweede = Assert.ThrowsAsync<ValidationException>(() =>
            p.Facilitator.SendAsync(new OpenRapportageronde.Command(p.ProgrammaId, 2026, new DateOnly(2027, 6, 1), "")));
        Assert.That(tweede!.Errors["Jaar"].Single(), Does.Contain("al een rapportageronde over 2026"));

        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }

    private static IEnumerable<TestCaseData> FouteInvoer()
    {
        static TestCaseData Geval(string naam, string veld, string melding, Func<RapportagePlan, SaveRapportage.Command, SaveRapportage.Command> change) =>
            new TestCaseData(veld, melding, change).SetName($"Save_{naam}_RefusedAtTheField");
        yield return Geval("NegativeEuro", "Bestedingen[0].Euro", "Het bestede bedrag mag niet negatief zijn.",
            (p, c) => c with { Bestedingen = [new(p.Buurtkamers, -1m, 0m)] });
        yield return Geval("ThreeDecimals", "Bestedingen[0].Euro", "Geef het bedrag op in hele centen (hooguit 2 decimalen).",
            (p, c) => c with { Bestedingen = [new(p.Buurtkamers, 10.005m, 0m)] });
        yield return Geval("UnknownStatus", "Projectstatussen[0].Status", "Kies een status: op schema, vertraagd, afgerond, gestopt.",
            (p, c) => c with { Projectstatussen = [new(p.Buurtkamers, "prima", "")] });
        yield return Geval("GestoptWithoutToelichting", "Projectstatussen[0].Toelichting", "Licht toe waarom het project gestopt is.",
            (p, c) => c with { Projectstatussen = [new(p.Buurtkamers, ProjectJaarstatus.Gestopt, " ")] });
        yield return Geval("VertraagdWithoutDate", "Mijlpalen[0].NieuweDatum", "Geef bij een vertraagde mijlpaal de nieuwe datum.",
            (p, c) => c with { Mijlpalen = [new(p.Mijlpaal2026, MijlpaalStatus.Vertraagd, null)] });
        yield return Geval("MijlpaalOfAnotherYear", "Mijlpalen[0]", "Deze mijlpaal valt niet in 2026 of hoort niet bij een project dat Civic Amsterdam trekt.",
            (p, c) => c with { Mijlpalen = [new(p.Mijlpaal2027, "gehaald", null)] });
        yield return Geval("DoelstellingItDoesNotServe", "Realisaties[0]",
            "Civic Amsterdam rapporteert niet over doelstelling {Bereik}: alleen over de doelstellingen die Civic Amsterdam rapporteert " +
            "(zie ‘Wie rapporteert welke doelstelling’ bij de rapportages).",
            (p, c) => c with { Realisaties = [new(p.Bereik, null, 3m)] });
        yield return Geval("StatusOfAProjectItDoesNotLead", "Projectstatussen[0]",
            "Alleen de trekker rapporteert de status van een project; Civic Amsterdam is geen trekker van dit project.",
            (p, c) => c with { Projectstatussen = [new(p.Schuldhulp, ProjectJaarstatus.OpSchema, "")] });
    }

    [TestCaseSource(nameof(FouteInvoer))]
    public async Task Save_BadInput_RefusedWithADutchMessageAtTheField(string veld, string melding,
        Func<RapportagePlan, SaveRapportage.Command, SaveRapportage.Command> change)
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var id = (await p.OpenRonde2026Async()).RapportageVan(p.CivicId);
        var voor = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ValidationException>(() => p.Civic.SendAsync(change(p, p.CivicRapport(id, 1))));

        Assert.That(e!.Errors.Keys, Does.Contain(veld));
        Assert.That(e.Errors[veld], Does.Contain(melding.Replace("{Bereik}", p.Bereik.ToString(), StringComparison.Ordinal)));
        Assert.That(await app.DumpAsync(), Is.EqualTo(voor));
    }

    [Test]
    public async Task AcceptOrReturn_NotIngediend_Refused_ReturnWithoutReden_Refused_StaleVersion_Conflict()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var id = (await p.OpenRonde2026Async()).RapportageVan(p.CivicId);

        var open = Assert.ThrowsAsync<RefusedException>(() => p.Facilitator.SendAsync(new AcceptRapportage.Command(p.ProgrammaId, id, 1)));
        Assert.That(open!.Message, Does.Contain("Alleen een ingediende rapportage kan worden geaccepteerd"));
        Assert.ThrowsAsync<RefusedException>(() => p.Facilitator.SendAsync(new ReturnRapportage.Command(p.ProgrammaId, id, 1, "Nog leeg")));

        var v = await p.Civic.SendAsync(p.CivicRapport(id, 1));
        Assert.ThrowsAsync<ConflictException>(() => p.Civic.SendAsync(p.CivicRapport(id, 1)), "a second tab with the old version");
        v = await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, v));
        var zonderReden = Assert.ThrowsAsync<ValidationException>(() =>
            p.Facilitator.SendAsync(new ReturnRapportage.Command(p.ProgrammaId, id, v, "  ")));
        Assert.That(zonderReden!.Errors["Reden"].Single(), Does.StartWith("Geef de reden"));
        Assert.ThrowsAsync<ValidationException>(() =>
            p.Facilitator.SendAsync(new ReturnRapportage.Command(p.ProgrammaId, id, v, new string('x', Tekstgrenzen.KorteTekst + 1))));
        var ingediend = Assert.ThrowsAsync<RefusedException>(() => p.Civic.SendAsync(p.CivicRapport(id, v)));
        Assert.That(ingediend!.Message, Does.Contain("is ingediend en kan niet meer worden gewijzigd"));
    }

    [Test]
    public async Task AfterTheDeadline_NotSubmittedIsTeLaat_InTheRoundAndTheList()
    {
        var klok = new TestKlok(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero)); // the deadline day; sessions last 12 hours
        await using var app = TestApp.Create(klok);
        await using var p = await app.CreateRapportagePlanAsync();
        var ronde = await p.OpenRonde2026Async();
        var id = ronde.RapportageVan(p.CivicId);
        await p.Civic.SendAsync(new SubmitRapportage.Command(p.ProgrammaId, id, p.CivicId, 1));
        Assert.That(ronde.Rapportages.Any(r => r.TeLaat), Is.False, "before the deadline nobody is late");

        klok.Nu = new DateTimeOffset(2027, 3, 1, 23, 30, 0, TimeSpan.Zero); // 2 March in the Netherlands
        var na = await p.Facilitator.SendAsync(new GetRapportageronde.Query(p.ProgrammaId, ronde.Id));
        Assert.That(na.Rapportages.Select(r => (r.PartnerNaam, r.TeLaat)), Is.EqualTo(new[]
        {
            ("Civic Amsterdam", false), ("Stichting DOCK", true), ("Stichting Prisma", true),
        }));
        var lijst = await p.Civic.SendAsync(new ListRapportagerondes.Query(p.ProgrammaId));
        Assert.That(lijst.MijnPartnerNaam, Is.EqualTo("Civic Amsterdam"));
        var r2026 = lijst.Rondes.Single();
        Assert.That(r2026.TeLaat, Is.EqualTo(new[] { "Stichting DOCK", "Stichting Prisma" }));
        Assert.That((r2026.MijnRapportageId, r2026.MijnStatus), Is.EqualTo(((long?)id, (string?)RapportageStatus.Ingediend)));
        Assert.That(r2026.PerStatus[RapportageStatus.Open], Is.EqualTo(2));
        Assert.That(r2026.PerStatus[RapportageStatus.Ingediend], Is.EqualTo(1));
        Assert.That(r2026.Partners, Is.EqualTo(new Dictionary<string, IReadOnlyList<string>>
        {
            [RapportageStatus.Open] = ["Stichting DOCK", "Stichting Prisma"], [RapportageStatus.Ingediend] = ["Civic Amsterdam"],
            [RapportageStatus.Teruggestuurd] = [], [RapportageStatus.Geaccepteerd] = [],
        }), "the dashboard names the partners under each status");
    }

    [Test]
    public async Task APartnerJoiningDuringAnOpenRound_ReportsInIt_NotInAClosedOne()
    {
        await using var app = TestApp.Create();
        await using var p = await app.CreateRapportagePlanAsync();
        var ronde = await p.OpenRonde2026Async();
        await p.Facilitator.SendAsync(new CloseRapportageronde.Command(p.ProgrammaId, ronde.Id, ronde.Version));
        var open = await p.Facilitator.SendAsync(new OpenRapportageronde.Command(p.ProgrammaId, 2027, new DateOnly(2028, 3, 1), ""));

        var nieuw = await p.Facilitator.SendAsync(new AddPartner.Command(p.ProgrammaId, "Buurtwerk Noord", "welzijn", "partner", "", "", "", "", ""));

        var in2027 = await p.Facilitator.SendAsync(new GetRapportageronde.Query(p.ProgrammaId, open));
        Assert.That(in2027.Rapportages.Single(r => r.PartnerId == nieuw).Status, Is.EqualTo(RapportageStatus.Open));
        var in2026 = await p.Facilitator.SendAsync(new GetRapportageronde.Query(p.ProgrammaId, ronde.Id));
        Assert.That(in2026.Rapportages.Select(r => r.PartnerId), Does.Not.Contain(nieuw), "a closed round stays as it was");
    }
}
