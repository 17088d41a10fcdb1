using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Prioritering;

namespace ProgrammaPlanner.Core.Tests.Planversies;

/// <summary>
/// A version keeps the herkomst and prioritering of its moment with its snapshot (its printed appendix), and the copies still to print are
/// listed for the app to print at once.
/// </summary>
public class VersiebijlageTests
{
    [Test]
    public async Task Freeze_KeepsTheHerkomstAndRankingOfThatMoment_LaterChangesLeaveIt()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(Sessie(p.ProgrammaId, "Werksessie in maart"));
        var k = await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, null, 0, "Impact", 2));
        var project = (await app.SendAsync(new GetPrioritering.Query(p.ProgrammaId))).Projecten.Single().Id;
        await app.SendAsync(new SetScores.Command(p.ProgrammaId, p.Buurtwerk, [new(project, k.CriteriumId, 4)]));
        await app.SendAsync(new SetScores.Command(p.ProgrammaId, p.Zorgpunt, [new(project, k.CriteriumId, 2)]));
        var nummer = await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        await app.SendAsync(Sessie(p.ProgrammaId, "Nagekomen sessie"));
        await app.SendAsync(new SaveCriterium.Command(p.ProgrammaId, k.CriteriumId, k.Version, "Bereik", 3));
        var bijlage = (await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, nummer))).Bijlage;

        Assert.That(bijlage, Is.Not.Null);
        Assert.That(bijlage!.Herkomst.Sessies.Select(s => s.Titel), Is.EqualTo(new[] { "Werksessie in maart" }));
        Assert.That(bijlage.Prioritering.Criteria.Select(c => (c.Naam, c.Gewicht)), Is.EqualTo(new[] { ("Impact", 2m) }));
        var rang = bijlage.Prioritering.Ranking.Single();
        Assert.That((rang.Gewogen, rang.Spreiding), Is.EqualTo(((decimal?)3m, (decimal?)2m)));
        Assert.That(rang.PerPartner.Select(x => (x.Partner, x.Score)), Is.EqualTo(new[] { ("Buurtwerk", 4m), ("Zorgpunt", 2m) }),
            "the scores per partner read back too");

        await using var c = await app.Db.OpenAsync();
        var e = Assert.CatchAsync<DbException>(() => c.ExecuteAsync("UPDATE planversie SET bijlage = '{}'"));
        Assert.That(e!.Message, Does.Contain("verandert nooit"));
    }

    [Test]
    public async Task ListOngedrukteVersies_TheCopyTheBoardsReceive_UntilBothFormatsAreKept_ThenTheVastgesteldCopy()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        Assert.That(await app.SendAsync(new ListOngedrukteVersies.Query()), Is.Empty);
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        var tb = new ListOngedrukteVersies.Afdruk(p.ProgrammaId, null, 1, PlanversieStatus.TerBesluitvorming);
        Assert.That(await app.SendAsync(new ListOngedrukteVersies.Query()), Is.EqualTo(new[] { tb }));

        await app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.TerBesluitvorming, Versiedocument.Pdf));
        Assert.That(await app.SendAsync(new ListOngedrukteVersies.Query()), Is.EqualTo(new[] { tb }), "the DOCX is still missing");
        await app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.TerBesluitvorming, Versiedocument.Docx));
        Assert.That(await app.SendAsync(new ListOngedrukteVersies.Query()), Is.Empty);

        foreach (var partner in new[] { p.Buurtwerk, p.Zorgpunt })
            await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, partner, "Voorzitter", VersieFixture.Vandaag, ""));
        Assert.That(await app.SendAsync(new ListOngedrukteVersies.Query()),
            Is.EqualTo(new[] { tb with { Exemplaar = PlanversieStatus.Vastgesteld } }));
    }

    [Test]
    public async Task ListOngedrukteVersies_OnlyForTheInstallationItself()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var facilitator = await app.FacilitatorAsync(p.ProgrammaId);
        Assert.ThrowsAsync<Core.Pipeline.GeenToegangException>(() => facilitator.SendAsync(new ListOngedrukteVersies.Query()));
    }

    private static CreateBijeenkomst.Command Sessie(long programmaId, string titel) =>
        new(programmaId, BijeenkomstSoort.Werkbijeenkomst, titel, new(2026, 3, 2), new(9, 0), new(11, 0), "", "", "", [], []);

    private static RecordPlanversieDocument.Command Record(long programmaId, string status, string formaat) =>
        new(programmaId, 1, status, formaat, $"plan.{formaat}", formaat == Versiedocument.Pdf ? [.. "%PDF-1.7 afdruk"u8] : [.. "PK afdruk"u8]);
}
