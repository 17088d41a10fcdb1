using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Documents.Verslag;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The verslag of a session carries its points rounds and statements, in the HTML (so the PDF) and in the DOCX.</summary>
public class BeslisuitslagVerslagTests
{
    private static GetVerslag.Verslag Verslag() => new()
    {
        Programma = "Samen Noord",
        Bijeenkomst = new GetBijeenkomst.Bijeenkomst
        {
            Titel = "Dialoogtafel beslissen", Soort = "dialoogtafel", Datum = new(2026, 3, 12), Begintijd = "19:30", Eindtijd = "21:30",
        },
        Beslisuitslag = new GetBeslisuitslag.Uitslag
        {
            Puntenrondes =
            [
                new GetBeslisuitslag.Puntenronde
                {
                    Id = 1, Nummer = 1, Soort = "idee", Deelnemers = 2,
                    PerBijdrage =
                    [
                        new() { BijdrageId = 7, Tekst = "Huiswerkklas in de bibliotheek", Soort = "idee", Partner = "Stichting DOCK", Punten = 130,
                            Van = [new("Stichting DOCK", 100), new("Bewoner", 30)] },
                        new() { BijdrageId = 8, Tekst = "Een loket voor geldzorgen", Soort = "idee", Partner = "Civic Amsterdam", Punten = 70,
                            Van = [new("Bewoner", 70)] },
                    ],
                    PerPartner = [new("Stichting DOCK", 130), new("Civic Amsterdam", 70)],
                },
            ],
            Stellingen =
            [
                new GetBeslisuitslag.Stelling
                {
                    Id = 3, Nummer = 1, Tekst = "Elke wijk krijgt een buurtkamer",
                    PerPartner = [new() { Partner = "Civic Amsterdam", Eens = 2 }, new() { Partner = "Stichting DOCK", Oneens = 1, Neutraal = 1 }],
                },
            ],
        },
    };

    [Test]
    public async Task Verslag_ShowsPointsPerBijdrageAndStatementSpread_InHtmlAndDocx()
    {
        var verslag = Verslag();
        Assert.That(verslag.Beslisuitslag.Stellingen[0].Verdeeld, Is.False, "DOCK is split, not mostly oneens");
        var services = DocumentsSetup.Services;
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = WebUtility.HtmlDecode(await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<VerslagDocument>(
            ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(VerslagDocument.Verslag)] = verslag }))).ToHtmlString()));
        var docx = string.Join(" ", PlanTekst.Docx(VerslagDocx.Maak(verslag)).Values);

        foreach (var (naam, tekst) in new[] { ("HTML", PlanTekst.Normaal(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "))), ("DOCX", docx) })
        {
            Assert.That(tekst, Does.Contain("Puntenronde 1"), naam);
            Assert.That(tekst, Does.Contain("2 deelnemers verdeelden elk 100 punten over alleen bijdragen van de soort idee."), naam);
            Assert.That(tekst, Does.Contain("Huiswerkklas in de bibliotheek (Stichting DOCK) 130 Stichting DOCK 100 · Bewoner 30"), naam);
            Assert.That(tekst, Does.Contain("Civic Amsterdam 70"), naam);
            Assert.That(tekst, Does.Contain("1. Elke wijk krijgt een buurtkamer 2 1 1"), naam);
            Assert.That(tekst, Does.Contain("Civic Amsterdam: 100% eens, 0% oneens (2); Stichting DOCK: 0% eens, 50% oneens (2)"), naam);
            Assert.That(tekst, Does.Not.Contain("(verdeeld)"), naam);
        }

        var verdeeld = verslag with
        {
            Beslisuitslag = verslag.Beslisuitslag with
            {
                Stellingen = [verslag.Beslisuitslag.Stellingen[0] with
                    { PerPartner = [new() { Partner = "Civic Amsterdam", Eens = 2 }, new() { Partner = "Stichting DOCK", Oneens = 2 }] }],
            },
        };
        Assert.That(string.Join(" ", PlanTekst.Docx(VerslagDocx.Maak(verdeeld)).Values), Does.Contain("Elke wijk krijgt een buurtkamer (verdeeld)"));
    }
}
