using System.Text;
using Dapper;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Core.Tests.Programmas;

public class SampleTests
{
    private static IEnumerable<string> Samples => SampleFiles.Samples;

    [TestCaseSource(nameof(Samples))]
    public async Task ImportThenExport_EqualsSampleFileByteForByte(string naam)
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Sample(naam), naam);

        var export = await app.SendAsync(new ExportProgramma.Query(id));

        Assert.That(new UTF8Encoding(false).GetBytes(export), Is.EqualTo(File.ReadAllBytes(SampleFiles.SamplePad(naam))));
    }

    [TestCaseSource(nameof(Samples))]
    public async Task ExportThenImportIntoFreshDatabase_ExportsTheSameText(string naam)
    {
        await using var eerste = TestApp.Create();
        var export = await eerste.SendAsync(new ExportProgramma.Query(await eerste.ImportAsync(SampleFiles.Sample(naam))));
        await using var tweede = TestApp.Create();
        await tweede.CreateProgrammaAsync("Ander programma"); // other ids than in the first database

        var opnieuw = await tweede.SendAsync(new ExportProgramma.Query(await tweede.ImportAsync(export)));

        Assert.That(opnieuw, Is.EqualTo(export));
    }

    [Test]
    public void Samples_MarkFiguresAsIllustrativeAndUseDutchCharacters()
    {
        var alles = string.Concat(SampleFiles.Samples.Select(SampleFiles.Sample));
        foreach (var naam in SampleFiles.Samples)
            Assert.That(SampleFiles.Sample(naam), Does.Contain("Bedragen, indicatorwaarden en namen van personen in dit voorbeeld zijn illustratief."), naam);
        foreach (var teken in new[] { "é", "ë", "ï", "ü", "€" })
            Assert.That(alles, Does.Contain(teken));
    }

    [Test]
    public async Task Import_AuditKeepsTheFileNameNotTheFile()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Sample("samen-noord.json"), "samen-noord.json");

        await using var c = await app.Db.OpenAsync();
        var audit = await c.QuerySingleAsync<(string Opdracht, long ProgrammaId,
            string Samenvatting)>("SELECT opdracht, programma_id, samenvatting FROM audit");
        Assert.That(audit.Opdracht, Is.EqualTo("ImportProgramma"));
        Assert.That(audit.ProgrammaId, Is.EqualTo(id));
        Assert.That(audit.Samenvatting, Is.EqualTo("""{"Bron":"samen-noord.json"}"""));
    }

    [Test]
    public async Task Import_TrekkerNotListedAsPartner_IsAddedAsProjectPartner()
    {
        await using var app = TestApp.Create();
        var id = await app.ImportAsync(SampleFiles.Klein);

        await using var c = await app.Db.OpenAsync();
        var namen = await c.QueryAsync<string>(
            "SELECT pa.naam FROM project_partner pp JOIN partner pa ON pa.id = pp.partner_id WHERE pa.programma_id = @id ORDER BY pa.naam", new { id });
        Assert.That(namen, Is.EqualTo(new[] { "Buurtwerk", "Zorgpunt" }));
    }

    [Test]
    public async Task Export_UnknownProgramma_NotFound()
    {
        await using var app = TestApp.Create();
        Assert.ThrowsAsync<ProgrammaPlanner.Core.Pipeline.NotFoundException>(() => app.SendAsync(new ExportProgramma.Query(42)));
    }
}
