using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Tests.Planversies;

/// <summary>The scanned signed page of a paper approval: kept with the decision, served to members, refused when it is no scan.</summary>
public class BesluitscanTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8];

    [Test]
    public async Task PaperApproval_WithItsScan_KeptWithTheDecisionAndReadableByMembers()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        await app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Zorgpunt, "Z. Orgpunt", VersieFixture.Vandaag, "",
            new Besluitscan(@"C:\Scans\besluit zorgpunt.pdf", Pdf)));
        await using var bestuurder = await app.BestuurderAsync(p.ProgrammaId, p.Buurtwerk, "B. Buurtwerk");

        var scan = await bestuurder.SendAsync(new GetBesluitscan.Query(p.ProgrammaId, 1, p.Zorgpunt));
        var versie = await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, 1));
        Assert.That((scan.Bestandsnaam, scan.Mediatype, scan.Inhoud), Is.EqualTo(("besluit zorgpunt.pdf", "application/pdf", Pdf)));
        Assert.That(versie.Versie.Partners.ToDictionary(x => x.PartnerId, x => x.Scan),
            Is.EqualTo(new Dictionary<long, string?> { [p.Buurtwerk] = null, [p.Zorgpunt] = "besluit zorgpunt.pdf" }));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetBesluitscan.Query(p.ProgrammaId, 1, p.Buurtwerk)));
    }

    [Test]
    public async Task PaperApprovalOfAVoortgangsrapportage_ItsScanIsThatYearsVersions_NotThePlans()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        await app.SendAsync(new Core.Voortgang.FreezeVoortgangsversie.Command(p.ProgrammaId, 2026, ""));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        await app.SendAsync(new Core.Voortgang.RecordPapierenVoortgangsgoedkeuring.Command(p.ProgrammaId, 2026, 1, p.Zorgpunt, "Z. Orgpunt",
            VersieFixture.Vandaag, "", new Besluitscan("handtekening.png", png)));

        var scan = await app.SendAsync(new GetBesluitscan.Query(p.ProgrammaId, 1, p.Zorgpunt, 2026));
        Assert.That((scan.Bestandsnaam, scan.Mediatype, scan.Inhoud), Is.EqualTo(("handtekening.png", "image/png", png)));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetBesluitscan.Query(p.ProgrammaId, 1, p.Zorgpunt)), "not the plan version's");
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetBesluitscan.Query(p.ProgrammaId, 1, p.Zorgpunt, 2027)), "not another year's");
    }

    private static IEnumerable<TestCaseData> GeenScan()
    {
        yield return new TestCaseData(Array.Empty<byte>(), "leeg").SetName("PaperApproval_EmptyFile_Refused");
        yield return new TestCaseData("Dit is een Word-bestand"u8.ToArray(), "Kies een PDF, PNG of JPEG").SetName("PaperApproval_NotAPdfOrImage_Refused");
        yield return new TestCaseData(new byte[Tekstgrenzen.ScanBytes + 1], "te groot").SetName("PaperApproval_ScanTooLarge_Refused");
    }

    [TestCaseSource(nameof(GeenScan))]
    public async Task PaperApproval_BadScan_RefusedAtTheFieldAndNoDecisionRecorded(byte[] inhoud, string melding)
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new RecordPapierenGoedkeuring.Command(p.ProgrammaId, 1, p.Zorgpunt,
            "Z. Orgpunt", VersieFixture.Vandaag, "", new Besluitscan("scan.pdf", inhoud))));

        Assert.That(e!.Errors["Scan.Inhoud"], Has.Some.Contains(melding));
        Assert.That(await app.BesluitenAsync(), Is.Zero);
        Assert.That(await app.CountAsync("planversie_scan"), Is.Zero);
    }

    [Test]
    public void Mediatype_KnownByTheFirstBytes()
    {
        Assert.That(Besluitscan.Mediatype([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]), Is.EqualTo("image/png"));
        Assert.That(Besluitscan.Mediatype([0xFF, 0xD8, 0xFF, 0xE0]), Is.EqualTo("image/jpeg"));
        Assert.That(Besluitscan.Mediatype([.. "GIF89a"u8]), Is.Null);
    }
}
