using Dapper;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Logboek;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Prioritering;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Core.Tests.Prioritering;

/// <summary>Partners score for themselves in a round, on their account or through a personal link.</summary>
public class PrioriteringsrondeTests
{
    private sealed record Opzet(TestApp App, PlanningFixture.Plan P, long Zwem, long Kamer, long Impact, long Haalbaar)
    {
        public IReadOnlyList<SetScores.Score> Alles(int waarde) =>
            [new(Zwem, Impact, waarde), new(Zwem, Haalbaar, waarde), new(Kamer, Impact, waarde), new(Kamer, Haalbaar, waarde)];
    }

    private static async Task<Opzet> OpzetAsync(TestApp app)
    {
        var p = await app.CreatePlanAsync();
        CreateProject.Command Project(string naam) =>
            new(p.ProgrammaId, naam, "", false, p.Civic, [p.Dock], [], new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), "idee");
        var zwem = await app.SendAsync(Project("Zwemles"));
        var kamer = await app.SendAsync(Project("Buurtkamer"));
        var impact = await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, "Impact", 2m));
        var haalbaar = await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, "Haalbaarheid", 1m));
        return new Opzet(app, p, zwem, kamer, impact.CriteriumId, haalbaar.CriteriumId);
    }

    [Test]
    public async Task PartnerMember_ScoresOwnPartner_InOpenRound_RefusedForAnotherOrWhenClosed()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var civic = await app.LidAsync("Carla Civic", o.P.ProgrammaId, ProgrammaRol.Lezer, o.P.Civic);

        var dicht = Assert.ThrowsAsync<RefusedException>(() => civic.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(4))));
        Assert.That(dicht!.Message, Is.EqualTo(Scorerecht.RondeNietOpen), "no round opened yet");

        await app.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId));
        await civic.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(4)));
        var ander = Assert.ThrowsAsync<RefusedException>(() => civic.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Dock, o.Alles(1))));
        Assert.That(ander!.Message, Is.EqualTo(Scorerecht.AndereHeeftPartner));
        var buiten = Assert.ThrowsAsync<ValidationException>(() => civic.SendAsync(
            new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, [new(o.Zwem, o.Impact, 6)])));
        Assert.That(buiten!.Errors.Values.Single()[0], Does.Contain("1 tot en met 5"));
        Assert.ThrowsAsync<ValidationException>(() => civic.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, [new(o.Zwem, o.Impact, 0)])));

        await app.SendAsync(new ClosePrioriteringsronde.Command(o.P.ProgrammaId));
        Assert.ThrowsAsync<RefusedException>(() => civic.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(2))));

        var alle = await app.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId));
        Assert.That(alle.Scores.Select(s => (s.PartnerId, s.Waarde)).Distinct(), Is.EqualTo(new[] { (o.P.Civic, 4) }),
            "only the open-round entry counts; the refused ones changed nothing");
    }

    [Test]
    public async Task LezerWithoutPartner_Refused_RedacteurMayNotUseOwnScoring_ButEntersOnBehalf()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        await app.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId));
        var lezer = await app.LidAsync("Lex Lezer", o.P.ProgrammaId, ProgrammaRol.Lezer);
        var e = Assert.ThrowsAsync<RefusedException>(() => lezer.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(3))));
        Assert.That(e!.Message, Is.EqualTo(Scorerecht.NietGekoppeld));
        Assert.ThrowsAsync<GeenToegangException>(() => lezer.SendAsync(new SetScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(3))),
            "a lezer cannot enter on a partner's behalf");
        var buitenstaander = await app.AccountAsync("Bo Buiten");
        Assert.ThrowsAsync<GeenToegangException>(() => buitenstaander.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(3))));
        Assert.That(await app.CountAsync("score"), Is.Zero);

        var redacteur = await app.LidAsync("Rita Redacteur", o.P.ProgrammaId, ProgrammaRol.Redacteur);
        await redacteur.SendAsync(new SetScores.Command(o.P.ProgrammaId, o.P.Dock, o.Alles(3)));
        Assert.That(await app.CountAsync("score"), Is.EqualTo(4));
    }

    [Test]
    public async Task OpenRound_PartnerSeesOnlyOwnScores_NoRanking_AllAfterClosing_FacilitatorSeesWhoHasNotScored()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var fac = await app.FacilitatorAsync(o.P.ProgrammaId);
        await fac.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId));
        var civic = await app.LidAsync("Carla Civic", o.P.ProgrammaId, ProgrammaRol.Bestuurder, o.P.Civic);
        var dock = await app.LidAsync("Dirk Dock", o.P.ProgrammaId, ProgrammaRol.Lezer, o.P.Dock);
        var lezer = await app.LidAsync("Lex Lezer", o.P.ProgrammaId, ProgrammaRol.Lezer);
        await civic.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(5)));
        await dock.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Dock, [new(o.Zwem, o.Impact, 1)]));

        var eigen = await civic.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId));
        Assert.That((eigen.Verborgen, eigen.MijnPartnerId, eigen.Ranking.Count, eigen.Voortgang.Count), Is.EqualTo((true, (long?)o.P.Civic, 0, 0)));
        Assert.That(eigen.Scores.Select(s => s.PartnerId).Distinct(), Is.EqualTo(new[] { o.P.Civic }), "no other partner's scores are sent");
        Assert.That(eigen.Partners.Select(p => p.Id), Is.EqualTo(new[] { o.P.Civic }));
        var niemand = await lezer.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId));
        Assert.That((niemand.Scores.Count, niemand.Partners.Count, niemand.Ranking.Count), Is.EqualTo((0, 0, 0)));

        var overzicht = await fac.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId));
        Assert.That(overzicht.Verborgen, Is.False);
        Assert.That(overzicht.Voortgang.Select(v => (v.Partner, v.Gescoord, v.Totaal, v.Status)), Is.EquivalentTo(new[]
        {
            ("Civic Amsterdam", 4, 4, "klaar"), ("Stichting DOCK", 1, 4, "deels"), ("Stichting Prisma", 0, 4, "nog niet gescoord"),
        }));

        await fac.SendAsync(new ClosePrioriteringsronde.Command(o.P.ProgrammaId));
        var na = await dock.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId));
        Assert.That((na.Verborgen, na.Ronde!.Open, na.Ranking.Count), Is.EqualTo((false, false, 2)));
        Assert.That(na.Scores.Select(s => s.PartnerId).Distinct(), Is.EquivalentTo(new[] { o.P.Civic, o.P.Dock }));
        Assert.That(na.Voortgang, Is.Empty, "progress per partner is for the facilitator");
    }

    [Test]
    public async Task RoundOpenClose_OnlyFacilitator_TwiceRefused()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var redacteur = await app.LidAsync("Rita Redacteur", o.P.ProgrammaId, ProgrammaRol.Redacteur);
        Assert.ThrowsAsync<GeenToegangException>(() => redacteur.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId)));
        Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new ClosePrioriteringsronde.Command(o.P.ProgrammaId)));
        await app.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId));
        Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId)));
        Assert.ThrowsAsync<GeenToegangException>(() => redacteur.SendAsync(new ClosePrioriteringsronde.Command(o.P.ProgrammaId)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ClosePrioriteringsronde.Command(999)));
        await app.SendAsync(new ClosePrioriteringsronde.Command(o.P.ProgrammaId));
        var ronde = (await app.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId))).Ronde;
        Assert.That((ronde!.Open, ronde.GeslotenOp is not null), Is.EqualTo((false, true)));
        await app.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId));
        Assert.That((await app.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId))).Ronde, Is.EqualTo(ronde with { Open = true, GeslotenOp = null })
            .Using<Scorerecht.Ronde>((a, b) => a.Open == b.Open && a.GeslotenOp == b.GeslotenOp), "opened again: a new round");
    }

    [Test]
    public async Task ProxyEntry_LoggedOnBehalf_OwnEntry_LoggedAsThePartners()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var fac = await app.FacilitatorAsync(o.P.ProgrammaId);
        await fac.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId));
        var civic = await app.LidAsync("Carla Civic", o.P.ProgrammaId, ProgrammaRol.Lezer, o.P.Civic);
        await civic.SendAsync(new SetMijnScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(4)));
        await fac.SendAsync(new ClosePrioriteringsronde.Command(o.P.ProgrammaId));
        await fac.SendAsync(new SetScores.Command(o.P.ProgrammaId, o.P.Dock, o.Alles(2)));

        var log = await fac.SendAsync(new ListAuditLog.Query(o.P.ProgrammaId, null, null, null, 1, 50));
        var regels = log.Rows.Where(r => r.Opdracht is "SetScores" or "SetMijnScores").Select(r => (r.Gebruiker, r.Label)).ToList();
        Assert.That(regels, Is.EquivalentTo(new[]
        {
            ("Carla Civic", "Scores gegeven door partner"), ("F. Acilitator", "Scores namens partner ingevoerd"),
        }));
        Assert.That((await app.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId))).Score(o.P.Dock, o.Zwem, o.Impact), Is.EqualTo(2),
            "the facilitator may still correct after closing");
    }

    [Test]
    public async Task PersonalLink_ScoresForItsPartnerOnly_RenewedKillsOld_NoDetailsForUnknown()
    {
        await using var app = TestApp.Create();
        var o = await OpzetAsync(app);
        var oud = (await app.SendAsync(new CreateScorelink.Command(o.P.ProgrammaId, o.P.Dock))).Token;
        var anoniem = app.Als(new Anoniem());

        var zicht = await anoniem.SendAsync(new GetScorelink.Query(oud));
        Assert.That((zicht!.Partner, zicht.Open, zicht.Projecten.Count, zicht.Criteria.Count), Is.EqualTo(("Stichting DOCK", false, 2, 2)));
        Assert.ThrowsAsync<RefusedException>(() => anoniem.SendAsync(new SetScoresViaLink.Command(oud, o.P.Dock, o.Alles(3))), "round not open");

        await app.SendAsync(new OpenPrioriteringsronde.Command(o.P.ProgrammaId));
        await app.SendAsync(new SetScores.Command(o.P.ProgrammaId, o.P.Civic, o.Alles(5)));
        await anoniem.SendAsync(new SetScoresViaLink.Command(oud, o.P.Dock, o.Alles(3)));
        var ander = Assert.ThrowsAsync<RefusedException>(() => anoniem.SendAsync(new SetScoresViaLink.Command(oud, o.P.Civic, o.Alles(1))));
        Assert.That(ander!.Message, Is.EqualTo(Scorerecht.AndereHeeftPartner));
        Assert.ThrowsAsync<ValidationException>(() => anoniem.SendAsync(new SetScoresViaLink.Command(oud, o.P.Dock, [new(o.Zwem, o.Impact, 9)])));
        var eigen = await anoniem.SendAsync(new GetScorelink.Query(oud));
        Assert.That(eigen!.Scores.Select(s => (s.PartnerId, s.Waarde)).Distinct(), Is.EqualTo(new[] { (o.P.Dock, 3) }), "never another partner's scores");

        var nieuw = (await app.SendAsync(new CreateScorelink.Command(o.P.ProgrammaId, o.P.Dock))).Token;
        Assert.That(await anoniem.SendAsync(new GetScorelink.Query(oud)), Is.Null);
        Assert.That(await anoniem.SendAsync(new GetScorelink.Query("verzonnen")), Is.Null);
        var dood = Assert.ThrowsAsync<RefusedException>(() => anoniem.SendAsync(new SetScoresViaLink.Command(oud, o.P.Dock, o.Alles(1))));
        Assert.That(dood!.Message, Is.EqualTo(SetScoresViaLink.Onbekend));
        await anoniem.SendAsync(new SetScoresViaLink.Command(nieuw, o.P.Dock, [new(o.Zwem, o.Impact, 2)]));
        Assert.That((await app.SendAsync(new GetPrioritering.Query(o.P.ProgrammaId))).Score(o.P.Dock, o.Zwem, o.Impact), Is.EqualTo(2));
        await using (var c = await app.Db.OpenAsync(CancellationToken.None))
            Assert.That(await c.ExecuteScalarAsync<string>("SELECT token_hash FROM scorelink"), Is.EqualTo(Links.Hash(nieuw)), "only the hash is stored");

        var log = await app.SendAsync(new ListAuditLog.Query(o.P.ProgrammaId, null, null, null, 1, 50));
        var viaLink = log.Rows.Where(r => r.Opdracht == "SetScoresViaLink").ToList();
        Assert.That(viaLink.Select(r => r.Label), Is.EqualTo(new[] { "Scores gegeven via persoonlijke link", "Scores gegeven via persoonlijke link" }));
        Assert.That(viaLink.Select(r => r.Samenvatting), Has.All.Not.Contain(nieuw).And.All.Not.Contain(oud).And.All.Contain($"\"PartnerId\":{o.P.Dock}"),
            "the log names the partner, never the token");
    }

    private sealed class Anoniem : ICurrentUser
    {
        public long? GebruikerId => null;
        public string? SessieId => null;
        public string Naam => "Anoniem";
        public bool IsSysteem => false;
    }
}
