using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Tests.Planversies;

/// <summary>The printed copy of a frozen version is kept once and never replaced: what a board signed stays what it signed.</summary>
public class VersiedocumentTests
{
    private static readonly byte[] Afdruk = [.. "%PDF-1.7 het exemplaar ter besluitvorming"u8];

    [Test]
    public async Task Record_KeepsTheFirstPrint_ASecondPrintDoesNotReplaceIt()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        Assert.That((await app.SendAsync(new GetPlanversieDocument.Query(p.ProgrammaId, 1, Versiedocument.Pdf))).Bewaard, Is.False);

        var eerste = await app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.TerBesluitvorming, Afdruk));
        var tweede = await app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.TerBesluitvorming, [.. "%PDF-1.7 een latere afdruk"u8]));
        var gelezen = await app.SendAsync(new GetPlanversieDocument.Query(p.ProgrammaId, 1, Versiedocument.Pdf));

        Assert.That(eerste.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Afdruk))));
        Assert.That(tweede.Inhoud, Is.EqualTo(Afdruk), "the kept copy stays");
        Assert.That((gelezen.Inhoud, gelezen.Sha256, gelezen.Status), Is.EqualTo((Afdruk, eerste.Sha256, PlanversieStatus.TerBesluitvorming)));
        var versie = await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));
        Assert.That(versie.Documenten.Select(d => (d.Status, d.Formaat, d.Grootte, d.Inhoud)),
            Is.EqualTo(new[] { (PlanversieStatus.TerBesluitvorming, Versiedocument.Pdf, (long)Afdruk.Length, (byte[]?)null) }));
    }

    [Test]
    public async Task TheDatabase_RefusesToChangeAKeptDocument()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.TerBesluitvorming, Afdruk));

        await using var c = await app.Db.OpenAsync();
        var e = Assert.CatchAsync<DbException>(() => c.ExecuteAsync("UPDATE planversie_document SET inhoud = @leeg", new { leeg = new byte[] { 0 } }));
        Assert.That(e!.Message, Does.Contain("verandert nooit"));
    }

    [Test]
    public async Task AVastgesteldCopy_OnlyOnceTheVersionIsVastgesteld_ThenItIsTheOneHandedOut()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        var e = Assert.ThrowsAsync<RefusedException>(() => app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.Vastgesteld, Afdruk)));
        Assert.That(e!.Message, Does.Contain("nog geen vastgesteld exemplaar"));
        Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(new GetPlanversieDocument.Query(p.ProgrammaId, 1, Versiedocument.Pdf, PlanversieStatus.Vastgesteld)));

        await app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.TerBesluitvorming, Afdruk));
        foreach (var partner in new[] { p.Buurtwerk, p.Zorgpunt })
            await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, partner, "Voorzitter", VersieFixture.Vandaag, ""));
        var nu = await app.SendAsync(new GetPlanversieDocument.Query(p.ProgrammaId, 1, Versiedocument.Pdf));
        Assert.That((nu.Status, nu.Bewaard), Is.EqualTo((PlanversieStatus.Vastgesteld, false)),
            "vastgesteld: the vastgesteld copy is handed out, once printed");

        byte[] vastgesteld = [.. "%PDF-1.7 het vastgestelde exemplaar"u8];
        await app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.Vastgesteld, vastgesteld));
        Assert.That((await app.SendAsync(new GetPlanversieDocument.Query(p.ProgrammaId, 1, Versiedocument.Pdf))).Inhoud, Is.EqualTo(vastgesteld));
        Assert.That((await app.SendAsync(new GetPlanversieDocument.Query(p.ProgrammaId, 1, Versiedocument.Pdf, PlanversieStatus.TerBesluitvorming))).Inhoud,
            Is.EqualTo(Afdruk), "the copy the boards received stays available");
    }

    [Test]
    public async Task ForeignBytes_AreNotKept()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        var e = Assert.ThrowsAsync<ValidationException>(() =>
            app.SendAsync(Record(p.ProgrammaId, PlanversieStatus.TerBesluitvorming, [.. "<html>geen pdf</html>"u8])));
        Assert.That(e!.Errors["Inhoud"], Is.EqualTo(new[] { "Het afgedrukte document is onleesbaar." }));
        Assert.That(await app.CountAsync("planversie_document"), Is.Zero);
    }

    [Test]
    public async Task ALezerMayCauseTheFirstPrint_TheLogboekNamesItWithoutTheBytes()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await using var lezer = await app.LidAsync("L. Ezer", p.ProgrammaId, ProgrammaRol.Lezer);

        await lezer.SendAsync(Record(p.ProgrammaId, PlanversieStatus.TerBesluitvorming, Afdruk));

        await using var c = await app.Db.OpenAsync();
        var samenvatting = await c.QuerySingleAsync<string>("SELECT samenvatting FROM audit WHERE opdracht = 'RecordPlanversieDocument'");
        Assert.That(samenvatting, Does.Contain("\"Formaat\":\"pdf\"").And.Not.Contain("Inhoud"));
    }

    private static RecordPlanversieDocument.Command Record(long programmaId, string status, byte[] inhoud) =>
        new(programmaId, 1, status, Versiedocument.Pdf, "Programmaplan versie 1.pdf", inhoud);
}
