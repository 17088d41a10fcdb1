using System.IO.Compression;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Data.Sqlite;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>
/// The downloads over HTTP from the real app: the live plan never claims a status, anything already stored (old data
/// with control characters, bidi overrides) still gives a valid file, and files with names of people are not cached.
/// </summary>
[Category("Browser")]
public class DownloadsTests
{
    /// <summary>Text as old data could hold it: a vertical tab, NUL, ESC, a non-character, an RTL override and a bidi isolate.</summary>
    private const string Vuil = "Vuil\u000Bwerk\u0000 en\u001B meer\uFFFE \u202Egpj.exe\u2066x\u2069";

    [Test]
    public async Task LivePlan_StatusAndVersieInUrl_StillConceptWithWatermark()
    {
        await using var app = await AppProcess.StartAsync();
        using var http = await app.ClientAsync(Demo.Lezer);

        var html = await http.GetStringAsync("/programmas/1/plan.html?status=vastgesteld&versie=versie%202");
        using var docx = await http.GetAsync("/programmas/1/plan.docx?status=vastgesteld&versie=versie%202");
        var docxTekst = DocxTekst(await docx.Content.ReadAsByteArrayAsync());

        Assert.That(html, Does.Contain("<span class=\"status\">Concept</span>").And.Contain("class=\"watermerk\""));
        Assert.That(html, Does.Not.Contain("Vastgesteld").And.Not.Contain("versie 2"));
        Assert.That(docxTekst, Does.Contain("CONCEPT").And.Not.Contain("Vastgesteld").And.Not.Contain("versie 2"));
    }

    [Test]
    public async Task ControlAndBidiCharactersStored_EveryExport_200ValidAndClean()
    {
        await using var app = await AppProcess.StartAsync();
        var bijeenkomst = await VervuilAsync(app.DatabaseFile);
        using var http = await app.ClientAsync();
        var sessie = $"/programmas/1/bijeenkomsten/{bijeenkomst}";

        var voortgang = "/programmas/1/voortgang/2016/rapportage";
        foreach (var pad in new[] { "/programmas/1/plan.docx", $"{sessie}/verslag.docx", $"{voortgang}.docx" })
            AssertValidDocx(pad, await DownloadAsync(http, app, pad));
        foreach (var pad in new[] { "/programmas/1/plan.html", "/programmas/1/plan.pdf", $"{sessie}/verslag.html", $"{sessie}/verslag.pdf",
                     $"{voortgang}.html", $"{voortgang}.pdf", "/programmas/1/export.json" })
            await DownloadAsync(http, app, pad);

        var ics = Encoding.UTF8.GetString(await DownloadAsync(http, app, $"{sessie}/agenda.ics"));
        Assert.That(ics.Where(c => char.IsControl(c) && c is not '\r' and not '\n'), Is.Empty, "no raw control characters in the .ics");
        Assert.That(ics.Replace("\r\n", "").Contains('\n') || ics.Replace("\r\n", "").Contains('\r'), Is.False, "lines end in CRLF only");
        Assert.That(ics, Does.Contain("Vuilwerk en meer"));
        Assert.That(ics.Split("\r\n").Select(r => Encoding.UTF8.GetByteCount(r)), Is.All.LessThanOrEqualTo(75), "folded at 75 octets");
        Assert.That(app.Log, Does.Not.Contain("fail:").And.Not.Contain("Exception"), app.Log);
    }

    [Test]
    public async Task ControlCharactersFrozenInAVersion_VersionDocuments_200AndValid()
    {
        await using var app = await AppProcess.StartAsync();
        await VervuilAsync(app.DatabaseFile);
        var page = await BrowserFixture.NewPageAsync();
        await new PlanversiesPage(page, app, 1).FreezeAsync(1);
        using var http = await app.ClientAsync();

        AssertValidDocx("/programmas/1/versies/1/plan.docx", await DownloadAsync(http, app, "/programmas/1/versies/1/plan.docx"));
        await DownloadAsync(http, app, "/programmas/1/versies/1/plan.pdf");
        var html = Encoding.UTF8.GetString(await DownloadAsync(http, app, "/programmas/1/versies/1/plan.html"));
        Assert.That(html, Does.Contain("<span class=\"status status-besluit\">Ter besluitvorming</span>"), "a frozen version prints its own status");
        Assert.That(app.Log, Does.Not.Contain("fail:"), app.Log);
    }

    [Test]
    public async Task PersonalDataDownloads_NoStore_FileNameWithoutBidiOrControlCharacters()
    {
        await using var app = await AppProcess.StartAsync();
        var bijeenkomst = await VervuilAsync(app.DatabaseFile);
        using var http = await app.ClientAsync();
        var sessie = $"/programmas/1/bijeenkomsten/{bijeenkomst}";
        var gebruiker = await GebruikerIdAsync(app.DatabaseFile, Demo.Beheerder);

        foreach (var pad in new[] { "/programmas/1/plan.html", "/programmas/1/plan.docx", "/programmas/1/export.json", $"{sessie}/verslag.docx",
                     $"{sessie}/verslag.html", $"{sessie}/agenda.ics", $"/gebruikers/{gebruiker}/gegevens.json", "/programmas/999/plan.docx" })
        {
            using var antwoord = await http.GetAsync(pad);
            Assert.That(antwoord.Headers.CacheControl?.NoStore, Is.True, $"{pad}: Cache-Control {antwoord.Headers.CacheControl}");
            var naam = Uri.UnescapeDataString(antwoord.Content.Headers.TryGetValues("Content-Disposition", out var v) ? string.Join("", v) : "");
            Assert.That(naam.Where(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F'),
                Is.Empty, $"{pad}: {naam}");
            if (pad.EndsWith(".docx") && antwoord.IsSuccessStatusCode)
                Assert.That(naam, Does.Contain("gpj.exe").And.Contain("Vuilwerk"), "the name keeps its letters");
        }
    }

    /// <summary>Writes the dirty text straight into the file, as old data would be: programme, project, partner, a session and a bijdrage.</summary>
    private static async Task<long> VervuilAsync(string databaseFile)
    {
        await using var c = new SqliteConnection($"Data Source={databaseFile}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText =
            """
            UPDATE programma SET naam = naam || @vuil, motto = @vuil, ambitie = @vuil WHERE id = 1;
            UPDATE project SET naam = naam || @vuil WHERE programma_id = 1;
            UPDATE partner SET naam = naam || @vuil WHERE id = (SELECT MIN(id) FROM partner WHERE programma_id = 1);
            INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd, locatie, vraagstelling, agenda)
            VALUES (1, 'dialoogtafel', @vuil, '2026-03-01', '19:00', '21:00', @vuil, @vuil, @lang);
            INSERT INTO bijdrage (programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, ingediend_op)
            VALUES (1, last_insert_rowid(), 'idee', @vuil, (SELECT MIN(id) FROM partner WHERE programma_id = 1), @vuil, '2026-03-01T19:30:00.000Z');
            SELECT bijeenkomst_id FROM bijdrage WHERE id = last_insert_rowid();
            """;
        cmd.Parameters.AddWithValue("@vuil", Vuil);
        cmd.Parameters.AddWithValue("@lang", string.Concat(Enumerable.Repeat("Een lange agenda met ë en \u000B erin. ", 8)));
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<long> GebruikerIdAsync(string databaseFile, string email)
    {
        await using var c = new SqliteConnection($"Data Source={databaseFile}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id FROM gebruiker WHERE lower(email) = lower(@email)";
        cmd.Parameters.AddWithValue("@email", email);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<byte[]> DownloadAsync(HttpClient http, AppProcess app, string pad)
    {
        using var antwoord = await http.GetAsync(pad);
        var inhoud = await antwoord.Content.ReadAsByteArrayAsync();
        Assert.That(antwoord.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{pad}: {Encoding.UTF8.GetString(inhoud.Take(500).ToArray())}\n{app.Log}");
        return inhoud;
    }

    private static void AssertValidDocx(string pad, byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var fouten = new OpenXmlValidator().Validate(document).ToList();
        Assert.That(fouten, Is.Empty, pad + ": " + string.Join("\n", fouten.Take(10).Select(f => $"{f.Path?.XPath}: {f.Description}")));
        Assert.That(document.MainDocumentPart!.Document.Body!.InnerText, Does.Contain("Vuilwerk en meer"), pad);
        using var zip = new ZipArchive(new MemoryStream(docx));
        foreach (var deel in zip.Entries.Where(e => e.FullName.EndsWith(".xml")))
        {
            using var reader = new StreamReader(deel.Open());
            var xml = reader.ReadToEnd();
            Assert.That(xml.Where(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t'), Is.Empty, $"{pad} {deel.FullName}");
        }
    }

    private static string DocxTekst(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }
}
