using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>Prose in its small markup prints the same in the HTML (screen and PDF) and the DOCX, and never as raw HTML.</summary>
public class OpmaaktekstDocumentTests
{
    private static readonly PlanOpties Concept = PlanOpties.ConceptVan(new(2026, 12, 5));

    private const string Ambitie = """
        Wij willen drie dingen:
        - **meer** bewoners die meedoen
        - *minder* wachtlijsten

        1. eerst de buurtkamers
        2. dan de [Noordse aanpak](https://www.amsterdam.nl/noord)

        Geen <b>HTML</b> en geen [link](javascript:alert(1)).
        """;

    private static Core.Programmaplan.GetProgrammaplan.Programmaplan Plan()
    {
        var plan = KleinPlan.Create();
        return plan with { Programma = plan.Programma with { Ambitie = Ambitie } };
    }

    [Test]
    public async Task Html_ListsEmphasisAndLinks_NoRawHtml()
    {
        var html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(Plan(), Concept);

        Assert.That(html, Does.Contain("<p>Wij willen drie dingen:</p>"));
        Assert.That(html, Does.Contain("<ul><li><strong>meer</strong> bewoners die meedoen</li><li><em>minder</em> wachtlijsten</li></ul>"));
        Assert.That(html, Does.Contain("<ol><li>eerst de buurtkamers</li><li>dan de <a href=\"https://www.amsterdam.nl/noord\">Noordse aanpak</a></li></ol>"));
        Assert.That(html, Does.Contain("Geen &lt;b&gt;HTML&lt;/b&gt; en geen [link](javascript:alert(1)).").And.Not.Contain("<b>HTML"));
    }

    [Test]
    public void Docx_TheSameBlocksAsWordListsRunsAndAHyperlink()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx.PlanDocx.Maak(Plan(), Concept)), false);
        var alineas = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        var start = alineas.FindIndex(p => p.InnerText == "Wij willen drie dingen:");
        var stuk = alineas.Skip(start).Take(6).ToList();

        Assert.That(stuk.Select(p => p.InnerText), Is.EqualTo(new[]
        {
            "Wij willen drie dingen:", "meer bewoners die meedoen", "minder wachtlijsten", "eerst de buurtkamers", "dan de Noordse aanpak",
            "Geen <b>HTML</b> en geen [link](javascript:alert(1)).",
        }));
        var nummers = stuk.Skip(1).Take(4).Select(p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value).ToList();
        Assert.That(nummers, Has.All.Not.Null, "real Word lists");
        Assert.That(nummers[0], Is.EqualTo(nummers[1]).And.Not.EqualTo(nummers[2]), "an opsomming, then a numbered list of its own");
        Assert.That(stuk[1].Descendants<Run>().First().RunProperties?.Bold, Is.Not.Null, "**meer** is bold");
        Assert.That(stuk[2].Descendants<Run>().First().RunProperties?.Italic, Is.Not.Null, "*minder* is italic");
        var link = stuk[4].Descendants<Hyperlink>().Single();
        Assert.That(document.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri,
            Is.EqualTo(new Uri("https://www.amsterdam.nl/noord")));
        Assert.That(WebUtility.HtmlDecode(stuk[5].InnerText), Does.Contain("<b>HTML</b>"), "the tag is text");
    }
}
