using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Ontwikkelopgaven;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Documents.Ontwikkelopgaven;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>
/// The findings of an ontwikkelopgave, as the gemeente reads them: question, the stories that informed it (title and
/// text), findings and recommendation, in the PDF and in the DOCX, with the prose markup rendered (no asterisks left).
/// </summary>
public class BevindingenDocumentTests
{
    private const string Verhaal = "Mevrouw durfde de blauwe enveloppen niet meer open te maken. Pas bij de huisuitzetting kwam iemand langs.";

    private static async Task<(long Programma, long Opgave)> OpgaveAsync()
    {
        using var scope = DocumentsSetup.Services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var programma = (await mediator.Send(new CreateProgramma.Command($"Verbond {Guid.NewGuid():N}"[..20], "Samen sterker", "Amsterdam-Noord",
            2026, 2028, Fase.Ontwikkelfase, "", ""))).ProgrammaId;
        long groep, verhaal;
        await using (var c = await scope.ServiceProvider.GetRequiredService<Db>().OpenAsync())
        {
            groep = await c.ExecuteScalarAsync<long>("INSERT INTO verbondsgroep (programma_id, naam) VALUES (@programma, 'Groep Banne') RETURNING id",
                new { programma });
            verhaal = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO verhaal (programma_id, titel, tekst, verteller, opgetekend_op)
                VALUES (@programma, 'De stapel brieven', @Verhaal, 'bewoner', '2026-03-02') RETURNING id
                """, new { programma, Verhaal });
            await c.ExecuteAsync("INSERT INTO verhaal_bestaanszekerheid VALUES (@verhaal, 'schulden')", new { verhaal });
        }
        var opgave = await mediator.Send(new CreateOntwikkelopgave.Command(programma, "Post die dicht blijft",
            "Wat kan het wijkteam van morgen doen als mensen hun *post* niet meer openen?", "schulden", groep));
        await mediator.Send(new LinkVerhaal.Command(programma, opgave, verhaal));
        var v = await mediator.Send(new UpdateOntwikkelopgave.Command(programma, opgave, 1, "Post die dicht blijft",
            "Wat kan het wijkteam van morgen doen als mensen hun *post* niet meer openen?", "schulden", groep,
            "- Schulden blijven **maanden** verborgen\n- Een huisbezoek opent de deur", "Geef elk wijkteam een vast aanspreekpunt voor geldzorgen."));
        await mediator.Send(new SetOntwikkelopgaveStatus.Command(programma, opgave, v, OntwikkelopgaveStatus.Geagendeerd));
        return (programma, opgave);
    }

    private static void AssertInhoud(string tekst, string naam)
    {
        Assert.That(tekst, Does.Contain("Bevindingen ontwikkelopgave Post die dicht blijft"), naam);
        Assert.That(tekst, Does.Contain("Verbondsgroep Groep Banne").And.Contain("Status geagendeerd bij de gemeente"), naam);
        Assert.That(tekst, Does.Contain("Wat kan het wijkteam van morgen doen als mensen hun post niet meer openen?"), naam);
        Assert.That(tekst, Does.Contain("De stapel brieven").And.Contain(Verhaal), naam);
        Assert.That(tekst, Does.Contain("Verteld door een bewoner, opgetekend op 2 maart 2026 · schulden"), naam);
        Assert.That(tekst, Does.Contain("Schulden blijven maanden verborgen").And.Contain("Een huisbezoek opent de deur"), naam);
        Assert.That(tekst, Does.Contain("Geef elk wijkteam een vast aanspreekpunt voor geldzorgen."), naam);
        Assert.That(tekst, Does.Not.Contain("*"), naam + ": the markup is rendered, not shown");
    }

    private static string DocxTekst(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return PlanTekst.Normaal(string.Join(" ", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))));
    }

    [Test]
    public async Task Docx_CarriesQuestionStoriesFindingsAndRecommendation()
    {
        var (programma, opgave) = await OpgaveAsync();
        using var scope = DocumentsSetup.Services.CreateScope();

        var docx = await scope.ServiceProvider.GetRequiredService<BevindingenExport>().DocxAsync(programma, opgave);

        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, "bevindingen.docx"), docx.Inhoud);
        Assert.That(docx.Bestandsnaam, Does.StartWith("Bevindingen ontwikkelopgave Post die dicht blijft ").And.EndWith(".docx"));
        var tekst = DocxTekst(docx.Inhoud);
        AssertInhoud(tekst, "DOCX");
        Assert.That(tekst, Does.Contain($"Datum {Opmaak.Datum(Tijd.Vandaag(TimeProvider.System))}"));
    }

    [Test]
    [Category("Browser")]
    public async Task Pdf_CarriesQuestionStoriesFindingsAndRecommendation()
    {
        Chromium.Require();
        var (programma, opgave) = await OpgaveAsync();
        using var scope = DocumentsSetup.Services.CreateScope();

        var pdf = await scope.ServiceProvider.GetRequiredService<BevindingenExport>().PdfAsync(programma, opgave);

        await File.WriteAllBytesAsync(Path.Combine(DocumentsSetup.Uitvoer, "bevindingen.pdf"), pdf.Inhoud);
        var lezer = new PdfReader(pdf.Inhoud);
        AssertInhoud(lezer.AlleWoorden, "PDF");
        Assert.That(lezer.PaginasMetRegel("Bevindingen ontwikkelopgave", minGrootte: 14), Does.Contain(1), "the title, large, on the first page");
        Assert.That(lezer.Tekst(lezer.Paginas), Does.Contain($"Pagina {lezer.Paginas} van {lezer.Paginas}"));
    }
}
