using Dapper;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Voorstellen;

namespace ProgrammaPlanner.Core.Tests.Voorstellen;

/// <summary>A partner proposes a new value for a field instead of editing it; an editor accepts or declines.</summary>
public class VoorstelTests
{
    private sealed record Opzet(TestApp App, PlanningFixture.Plan P, long Project, Namens Civic, Namens Fac);

    private static async Task<Opzet> OpzetAsync(TestApp app)
    {
        var p = await app.CreatePlanAsync();
        var project = await app.AddProjectAsync(p.ProgrammaId, "Zwemles", p.Civic, p.Civic, p.Dock);
        var civic = await app.LidAsync("Carla Civic", p.ProgrammaId, ProgrammaRol.Bestuurder, p.Civic);
        var fac = await app.FacilitatorAsync(p.ProgrammaId);
        return new Opzet(app, p, project, civic, fac);
    }

    private static SubmitVoorstel.Command Doel(Opzet o, string tekst) =>
        new(o.P.ProgrammaId, Voorstelveld.ProjectDoel, o.Project, NieuweTekst: tekst, Toelichting: "Scherper geformuleerd");

    private static async Task<string> ScalarAsync(TestApp app, string sql)
    {
        await using var c = await app.Db.OpenAsync(CancellationToken.None);
        return await c.ExecuteScalarAsync<string>(sql) ?? "";
    }

    [Test]
    public async Task Bestuurder_ProposesDoel_FacilitatorSeesIt_Accepts_AppliedAndLoggedWithOrigin_ProposerSeesOvergenomen()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var id = (await o.Civic.SendAsync(Doel(o, "Alle kinderen in Noord leren zwemmen"))).VoorstelId;

        var project = await app.SendAsync(new GetProject.Query(o.P.ProgrammaId, o.Project));
        Assert.That(project.Doel, Is.Empty, "proposing changes nothing yet");

        var lijst = await o.Fac.SendAsync(new ListVoorstellen.Query(o.P.ProgrammaId));
        var v = lijst.Open.Single();
        Assert.That((v.Id, v.PartnerNaam, v.IndienerNaam, v.ElementNaam, v.Oud, v.Nieuw, v.GewijzigdSindsVoorstel, lijst.MagBesluiten),
            Is.EqualTo((id, "Civic Amsterdam", "Carla Civic", "Zwemles", "", "Alle kinderen in Noord leren zwemmen", false, true)));

        await o.Fac.SendAsync(new AcceptVoorstel.Command(o.P.ProgrammaId, id));
        var na = await app.SendAsync(new GetProject.Query(o.P.ProgrammaId, o.Project));
        Assert.That(na.Doel, Is.EqualTo("Alle kinderen in Noord leren zwemmen"));
        Assert.That(na.Version, Is.EqualTo(project.Version + 1), "an editor with the project open gets the usual conflict");

        var eigen = await o.Civic.SendAsync(new ListVoorstellen.Query(o.P.ProgrammaId));
        Assert.That(eigen.Voorstellen.Select(x => (x.Status, x.BeslotenDoor)).Single(), Is.EqualTo((VoorstelStatus.Overgenomen, "F. Acilitator")));
        Assert.That(eigen.MagBesluiten, Is.False);
        Assert.That(eigen.MagVoorstellen, Is.True);
        Assert.That(await ScalarAsync(app, "SELECT opdracht FROM audit ORDER BY id DESC LIMIT 1"), Is.EqualTo("AcceptVoorstel"));
        Assert.That(System.Text.Json.JsonDocument.Parse(await ScalarAsync(app, "SELECT samenvatting FROM audit ORDER BY id DESC LIMIT 1"))
            .RootElement.GetProperty("Titel").GetString(),
            Is.EqualTo("Voorstel van Civic Amsterdam overgenomen: doel van het project 'Zwemles'"), "the logboek shows the origin");

        Assert.ThrowsAsync<RefusedException>(() => o.Fac.SendAsync(new AcceptVoorstel.Command(o.P.ProgrammaId, id)), "decided once");
        Assert.ThrowsAsync<GeenToegangException>(() => o.Civic.SendAsync(new AcceptVoorstel.Command(o.P.ProgrammaId, id)),
            "the proposer cannot take over their own proposal");
    }

    [Test]
    public async Task Lezer_MayNotPropose_UnlinkedMemberNeither_AndSeesNothing()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var lezer = await app.LidAsync("Lex Lezer", o.P.ProgrammaId, ProgrammaRol.Lezer, o.P.Dock);
        var e = Assert.ThrowsAsync<RefusedException>(() => lezer.SendAsync(Doel(o, "Anders")));
        Assert.That(e!.Message, Is.EqualTo(SubmitVoorstel.LezerMagNiet));
        var los = await app.LidAsync("Bea Bestuur", o.P.ProgrammaId, ProgrammaRol.Bestuurder);
        var l = Assert.ThrowsAsync<RefusedException>(() => los.SendAsync(Doel(o, "Anders")));
        Assert.That(l!.Message, Is.EqualTo(SubmitVoorstel.NietGekoppeld));
        Assert.That(await app.CountAsync("voorstel"), Is.Zero);
        Assert.That((await lezer.SendAsync(new ListVoorstellen.Query(o.P.ProgrammaId))).MagVoorstellen, Is.False);
    }

    [Test]
    public async Task Inzet_OwnPartnerOnly_AcceptedThroughTheSameRules()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        SubmitVoorstel.Command Inzet(long partner, int jaar = 2026, decimal euro = 5000m) =>
            new(o.P.ProgrammaId, Voorstelveld.Inzet, o.Project, NieuwGetal: euro, NieuweUren: 40m, Jaar: jaar, Soort: "eigen middelen",
                PartnerId: partner);

        var ander = Assert.ThrowsAsync<RefusedException>(() => o.Civic.SendAsync(Inzet(o.P.Dock)));
        Assert.That(ander!.Message, Is.EqualTo(SubmitVoorstel.AnderePartner));
        var buiten = Assert.ThrowsAsync<ValidationException>(() => o.Civic.SendAsync(Inzet(o.P.Civic, jaar: 2031)));
        Assert.That(buiten!.Errors.Keys, Is.EqualTo(new[] { "Jaar" }));
        var negatief = Assert.ThrowsAsync<ValidationException>(() => o.Civic.SendAsync(Inzet(o.P.Civic, euro: -1m)));
        Assert.That(negatief!.Errors.Keys, Does.Contain("NieuwGetal"));
        Assert.That(await app.CountAsync("voorstel"), Is.Zero);

        var id = (await o.Civic.SendAsync(Inzet(o.P.Civic))).VoorstelId;
        var v = (await o.Fac.SendAsync(new ListVoorstellen.Query(o.P.ProgrammaId))).Open.Single();
        Assert.That((v.VeldOmschrijving, v.Oud, v.Nieuw), Is.EqualTo(("Inzet 2026 (eigen middelen) van Civic Amsterdam", $"{Opmaak.Euro(0)} en 0 uur",
            $"{Opmaak.Euro(5000)} en 40 uur")));
        await o.Fac.SendAsync(new AcceptVoorstel.Command(o.P.ProgrammaId, id));
        var inzet = (await app.SendAsync(new GetProject.Query(o.P.ProgrammaId, o.Project))).Inzet.Single();
        Assert.That((inzet.PartnerId, inzet.Jaar, inzet.Soort, inzet.Euro, inzet.Uren), Is.EqualTo((o.P.Civic, 2026, "eigen middelen", 5000m, 40m)));
    }

    [Test]
    public async Task Accept_ChecksTheRulesAgain_PartnerNoLongerInTheProject_RefusedAndStillOpen()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var id = (await o.Civic.SendAsync(new SubmitVoorstel.Command(o.P.ProgrammaId, Voorstelveld.Inzet, o.Project, NieuwGetal: 100m, Jaar: 2027,
            Soort: "in natura", PartnerId: o.P.Civic))).VoorstelId;
        var p = await app.SendAsync(new GetProject.Query(o.P.ProgrammaId, o.Project));
        await app.SendAsync(new UpdateProject.Command(o.P.ProgrammaId, o.Project, p.Version, p.Naam, p.Doel, p.Doorbraak, o.P.Dock, [o.P.Dock], [],
            p.Startdatum, p.Einddatum, p.Status));

        var e = Assert.ThrowsAsync<ValidationException>(() => o.Fac.SendAsync(new AcceptVoorstel.Command(o.P.ProgrammaId, id)));
        Assert.That(e!.Errors["PartnerId"][0], Does.Contain("neemt niet deel"));
        Assert.That(await app.CountAsync("inzet"), Is.Zero);
        Assert.That((await o.Fac.SendAsync(new ListVoorstellen.Query(o.P.ProgrammaId))).Open.Single().Id, Is.EqualTo(id));
    }

    [Test]
    public async Task FieldChangedSinceProposal_Conflict_ShowsNowAndProposed_AcceptAnywayApplies()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var id = (await o.Civic.SendAsync(new SubmitVoorstel.Command(o.P.ProgrammaId, Voorstelveld.Streefwaarde, o.P.Doelstelling,
            NieuwGetal: 15m, Jaar: 2027))).VoorstelId;
        var d = await app.SendAsync(new GetDoelstelling.Query(o.P.ProgrammaId, o.P.Doelstelling));
        await app.SendAsync(new UpdateDoelstelling.Command(o.P.ProgrammaId, d.Id, d.Version, d.SpeerpuntId, d.Naam, d.Omschrijving, d.IndicatorNaam,
            d.IndicatorEenheid, d.IndicatorBron, d.HogerIsBeter, d.Meetfrequentie, d.NulmetingWaarde, d.NulmetingJaar,
            [.. d.Streefwaarden, new Streefwaarde(2027, 16.8m)]));

        var v = (await o.Fac.SendAsync(new ListVoorstellen.Query(o.P.ProgrammaId))).Open.Single();
        Assert.That((v.GewijzigdSindsVoorstel, v.Oud, v.Huidig, v.Nieuw), Is.EqualTo((true, "(geen streefwaarde)", "16,8", "15")));
        var e = Assert.ThrowsAsync<ConflictException>(() => o.Fac.SendAsync(new AcceptVoorstel.Command(o.P.ProgrammaId, id)));
        Assert.That(e!.Message, Does.Contain("Nu: “16,8”").And.Contain("Voorgesteld: “15”"));
        Assert.That((await app.SendAsync(new GetDoelstelling.Query(o.P.ProgrammaId, o.P.Doelstelling))).Streefwaarden
            .Single(s => s.Jaar == 2027).Waarde, Is.EqualTo(16.8m), "refused: nothing applied");

        await o.Fac.SendAsync(new AcceptVoorstel.Command(o.P.ProgrammaId, id, OndanksWijziging: true));
        Assert.That((await app.SendAsync(new GetDoelstelling.Query(o.P.ProgrammaId, o.P.Doelstelling))).Streefwaarden
            .Single(s => s.Jaar == 2027).Waarde, Is.EqualTo(15m));
    }

    [Test]
    public async Task Decline_NeedsAReason_ProposerReadsIt_NothingApplied()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var id = (await o.Civic.SendAsync(new SubmitVoorstel.Command(o.P.ProgrammaId, Voorstelveld.DoelstellingOmschrijving, o.P.Doelstelling,
            NieuweTekst: "Iedereen rijk"))).VoorstelId;
        var leeg = Assert.ThrowsAsync<ValidationException>(() => o.Fac.SendAsync(new RejectVoorstel.Command(o.P.ProgrammaId, id, "  ")));
        Assert.That(leeg!.Errors["Reden"][0], Does.StartWith("Geef een reden"));

        await o.Fac.SendAsync(new RejectVoorstel.Command(o.P.ProgrammaId, id, "Niet meetbaar.", "Iets anders"));
        Assert.That(System.Text.Json.JsonDocument.Parse(await ScalarAsync(app, "SELECT samenvatting FROM audit ORDER BY id DESC LIMIT 1"))
            .RootElement.GetProperty("Titel").GetString(),
            Is.EqualTo("Voorstel van Civic Amsterdam afgewezen: omschrijving van de doelstelling 'Minder huishoudens in armoede'"),
            "the handler writes the origin; a sent one is replaced");
        var eigen = (await o.Civic.SendAsync(new ListVoorstellen.Query(o.P.ProgrammaId))).Voorstellen.Single();
        Assert.That((eigen.Status, eigen.Reden), Is.EqualTo((VoorstelStatus.Afgewezen, "Niet meetbaar.")));
        Assert.That((await app.SendAsync(new GetDoelstelling.Query(o.P.ProgrammaId, o.P.Doelstelling))).Omschrijving, Does.StartWith("SMART"));
        Assert.ThrowsAsync<RefusedException>(() => o.Fac.SendAsync(new AcceptVoorstel.Command(o.P.ProgrammaId, id)));
    }

    [Test]
    public async Task Proposal_IsCleaned_AndLimited_AndNotTheSameAsNow()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var te = Assert.ThrowsAsync<ValidationException>(() => o.Civic.SendAsync(Doel(o, new string('x', Tekstgrenzen.Tekst + 1))));
        Assert.That(te!.Errors["NieuweTekst"][0], Is.EqualTo(Tekstgrenzen.TeLang("De voorgestelde tekst", Tekstgrenzen.Tekst)));
        var zelfde = Assert.ThrowsAsync<ValidationException>(() => o.Civic.SendAsync(Doel(o, "  ")));
        Assert.That(zelfde!.Errors["NieuweTekst"][0], Does.StartWith("Dit is de huidige waarde al"));

        await o.Civic.SendAsync(Doel(o, "  Zwemmen\u202E voor\u0007 iedereen \r\n"));
        Assert.That(await ScalarAsync(app, "SELECT nieuwe_waarde FROM voorstel"), Is.EqualTo("Zwemmen voor iedereen"));
    }

    [Test]
    public void Woordverschil_MarksWordsTakenOutAndPutIn()
    {
        var delen = Woordverschil.Tussen("Alle kinderen leren zwemmen", "Alle kinderen in Noord leren zwemmen vóór 2028");
        Assert.That(delen.Select(d => (d.Soort, d.Tekst)), Is.EqualTo(new[]
        {
            (Woordverschil.Soort.Gelijk, "Alle kinderen "), (Woordverschil.Soort.Erbij, "in Noord "), (Woordverschil.Soort.Gelijk, "leren zwemmen "),
            (Woordverschil.Soort.Erbij, "vóór 2028"),
        }));
        Assert.That(Woordverschil.Tussen("een twee", "een drie").Select(d => d.Soort),
            Is.EqualTo(new[] { Woordverschil.Soort.Gelijk, Woordverschil.Soort.Weg, Woordverschil.Soort.Erbij }), "taken out before put in");
    }
}
