using Dapper;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Samenwerking;
using static ProgrammaPlanner.Core.Tests.Programmas.SampleFiles;

namespace ProgrammaPlanner.Core.Tests.Pipeline;

/// <summary>
/// Text is cleaned once at the edge: what a command or an import stores has no control or bidi-override characters, one
/// kind of line break, NFC and no surrounding spaces — so no exporter ever meets them in new data.
/// </summary>
public class CleanTextTests
{
    // U+000B (vertical tab) breaks XML; U+202E (right-to-left override) turns a file name around; é written as e + accent.
    private const string Vies = " \u202ESamen\u000B Noord\u0007 ";
    private const string Regels = "Regel 1\r\nRegel 2\rRegel 3\tmet tab\u0085\u2066x\u2069 cafe\u0301 ";

    [Test]
    public async Task Command_ControlBidiCrlfAndDecomposedText_StoredClean()
    {
        await using var app = TestApp.Create();

        var id = (await app.SendAsync(new CreateProgramma.Command(Vies, "", "Noord", 2026, 2028, Fase.Ontwikkelfase, Regels, "\u000B"))).ProgrammaId;

        await using var c = await app.Db.OpenAsync();
        var p = await c.QuerySingleAsync<(string Naam, string Aanleiding, string Ambitie)>(
            "SELECT naam, aanleiding, ambitie FROM programma WHERE id = @id", new { id });
        Assert.That(p.Naam, Is.EqualTo("Samen Noord"));
        Assert.That(p.Aanleiding, Is.EqualTo("Regel 1\nRegel 2\nRegel 3 met tabx café"));
        Assert.That(p.Aanleiding.IsNormalized(System.Text.NormalizationForm.FormC), Is.True);
        Assert.That(p.Ambitie, Is.EqualTo(""));
        var audit = await c.QuerySingleAsync<string>("SELECT samenvatting FROM audit");
        Assert.That(audit, Does.Not.Contain("\\u000B").And.Not.Contain("\\u202E"), "the audit log stores the cleaned command");
    }

    [Test]
    public async Task Command_DirtyTextInNestedList_StoredClean()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync();

        await app.SendAsync(new SaveOrgaan.Command(id, null, 0, "Stuur\u000Bgroep", "Besluit\r\nover geld",
            [new SaveOrgaan.Lid(" A.\u202E Jansen ", "voor\u0000zitter", null)]));

        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QuerySingleAsync<string>("SELECT naam || '|' || mandaat FROM orgaan"), Is.EqualTo("Stuurgroep|Besluit\nover geld"));
        Assert.That(await c.QuerySingleAsync<string>("SELECT naam || '|' || functie FROM orgaan_lid"), Is.EqualTo("A. Jansen|voorzitter"));
    }

    [Test]
    public async Task Command_OnlyControlCharacters_RefusedAsEmpty()
    {
        await using var app = TestApp.Create();

        var e = Assert.ThrowsAsync<Core.Pipeline.ValidationException>(() =>
            app.SendAsync(new CreateProgramma.Command("\u000B\u202E\t", "", "", 2026, 2028, Fase.Ontwikkelfase, "", "")));

        Assert.That(e!.Errors.Keys, Is.EqualTo(new[] { "Naam" }));
        Assert.That(await app.CountAsync("programma"), Is.Zero);
    }

    [Test]
    public async Task SubmitBijdrage_FromThePhoneWithControlCharacters_StoredClean()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var code = await app.OpenAsync(s);
        var sleutel = await app.JoinAsync(code, s.Plan.Dock, "Fa\u000Btima\u202E");

        var r = await app.SubmitAsync(code, sleutel, "Elk kind\u000B een\r\nzwemdiploma\u202E");

        var b = await app.BijdrageAsync(s, r.BijdrageId);
        Assert.That((b.Tekst, b.Naam), Is.EqualTo(("Elk kind een\nzwemdiploma", "Fatima")));
    }

    [Test]
    public async Task Import_DirtyTextIncludingJsonEscapes_StoredClean()
    {
        await using var app = TestApp.Create();
        var json = KleinMet(b =>
        {
            b["programma"]!["naam"] = " Proef\u000B Oost\u202E ";
            b["programma"]!["aanleiding"] = "Eerst\r\ndan";
            b["partners"]![0]!["naam"] = "Buurt\u0000werk";
            b.Project()["trekker"] = "Buurtwerk\u2067";
            b["wijken"]![0] = "Oo\u0007st";
            b["basisvoorwaarden"]![0] = "Klein\tbeginnen\u0085";
        });
        Assert.That(json, Does.Contain("\\u000B"), "the dirt arrives as JSON escapes, so only the parsed file can be cleaned");

        var id = await app.ImportAsync(json);

        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.QuerySingleAsync<string>("SELECT naam || '|' || aanleiding FROM programma WHERE id = @id", new { id }),
            Is.EqualTo("Proef Oost|Eerst\ndan"));
        Assert.That(await c.QueryAsync<string>("SELECT naam FROM partner ORDER BY naam"), Is.EqualTo(new[] { "Buurtwerk", "Zorgpunt" }));
        Assert.That(await c.QueryAsync<string>("SELECT naam FROM wijk ORDER BY naam"), Is.EqualTo(new[] { "Oost", "West" }));
        Assert.That(await c.QuerySingleAsync<string>("SELECT tekst FROM basisvoorwaarde"), Is.EqualTo("Klein beginnen"));
    }
}
