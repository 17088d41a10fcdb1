using DocumentFormat.OpenXml.Packaging;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The herkomst appendix of a version's kept copy is the one frozen with it, not the live herkomst at print time.</summary>
public class VersiebijlageTests
{
    [Test]
    public async Task KeptCopy_PrintedAfterTheHerkomstChanged_CarriesTheAppendixAsFrozen()
    {
        using var scope = DocumentsSetup.Services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        // A programma of its own (the samples are shared by the other tests), under a name of its own.
        var json = System.Text.Json.Nodes.JsonNode.Parse(
            await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "verbond-van-100.json")))!;
        json["programma"]!["naam"] = "Verbond van 100 (herkomst)";
        var id = (await mediator.Send(new ImportProgramma.Command(json.ToJsonString(), "verbond-van-100.json"))).ProgrammaId;
        var sessie = await mediator.Send(Bijeenkomst(id, "Werksessie voor het vastleggen", new(2026, 3, 2)));
        var nummer = await mediator.Send(new FreezePlanversie.Command(id, "Voor de besturen"));

        // After the freeze: a new session, and the first one renamed.
        await mediator.Send(Bijeenkomst(id, "Nagekomen sessie na het vastleggen", new(2026, 4, 6)));
        var b = await mediator.Send(new GetBijeenkomst.Query(id, sessie));
        await mediator.Send(new UpdateBijeenkomst.Command(id, sessie, b.Version, b.Soort, "Hernoemde werksessie", b.Datum, b.BegintijdAlsTijd,
            b.EindtijdAlsTijd, b.Locatie, b.Vraagstelling, b.Agenda, [], []));

        var kopie = await scope.ServiceProvider.GetRequiredService<Versiedocumenten>().HaalAsync(id, nummer, Versiedocument.Docx);
        var tekst = Tekst(kopie.Inhoud);

        Assert.That(tekst, Does.Contain("Bijlage: herkomst en prioritering"), "the concept had an appendix, so the kept copy has it");
        Assert.That(tekst, Does.Contain("Werksessie voor het vastleggen"), "the session as it was when the version was frozen");
        Assert.That(tekst, Does.Not.Contain("Nagekomen sessie").And.Not.Contain("Hernoemde werksessie"), "nothing of the live herkomst");
        var html = await scope.ServiceProvider.GetRequiredService<ProgrammaplanExport>().HtmlAsync(id);
        Assert.That(html, Does.Contain("Nagekomen sessie na het vastleggen"), "the live plan shows the live herkomst");
    }

    private static CreateBijeenkomst.Command Bijeenkomst(long programmaId, string titel, DateOnly datum) =>
        new(programmaId, BijeenkomstSoort.Werkbijeenkomst, titel, datum, new(9, 0), new(11, 0), "Buurthuis", "", "", [], []);

    private static string Tekst(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }
}
