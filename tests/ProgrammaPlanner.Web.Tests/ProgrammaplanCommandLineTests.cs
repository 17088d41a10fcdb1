using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ProgrammaPlanner.Web.Tests.Browser;
using UglyToad.PdfPig;

namespace ProgrammaPlanner.Web.Tests;

[Category("Browser")]
public class ProgrammaplanCommandLineTests
{
    private static string Sample(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", name);

    [Test]
    public async Task ExportPdfAndDocx_Sample_WritesAValidPlan()
    {
        if (BrowserFixture.FindChromium() is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("Geen Chromium gevonden; installeer het pakket 'chromium'.");
            Assert.Ignore("Geen Chromium gevonden; installeer het pakket 'chromium'.");
        }
        var db = AppProcess.NewDatabaseFile();
        var (pdf, docx) = (Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf"), Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.docx"));
        await AppProcess.RunVerbAsync(db, "import", "--file", Sample("samen-noord.json"));

        var metPdf = await AppProcess.RunVerbAsync(db, "export", "--programma", "Samen Noord", "--format", "pdf", "--out", pdf);
        var metDocx = await AppProcess.RunVerbAsync(db, "export", "--programma", "Samen Noord", "--format", "docx", "--out", docx);

        Assert.That(metPdf.ExitCode, Is.Zero, metPdf.Error);
        Assert.That(metDocx.ExitCode, Is.Zero, metDocx.Error);
        using (var document = PdfDocument.Open(pdf))
            Assert.That(document.Information.Title, Is.EqualTo("Programmaplan Samen Noord"));
        using var word = WordprocessingDocument.Open(docx, false);
        Assert.That(new OpenXmlValidator().Validate(word), Is.Empty);
    }

    [Test]
    public async Task ExportPdf_NoBrowser_NonZeroExitWithDutchMessage()
    {
        var db = AppProcess.NewDatabaseFile();
        await AppProcess.RunVerbAsync(db, "import", "--file", Sample("samen-noord.json"));

        var export = await AppProcess.RunVerbAsync(db, "export", "--programma", "Samen Noord", "--format", "pdf", "--out", "x.pdf",
            "--Pdf:BrowserPath=/bestaat/niet/chromium");

        Assert.That(export.ExitCode, Is.Not.Zero);
        Assert.That(export.Error, Does.Contain("De PDF kan niet worden gemaakt"));
    }
}
