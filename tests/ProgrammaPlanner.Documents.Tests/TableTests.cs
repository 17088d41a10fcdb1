using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Documents.Docx;
using ProgrammaPlanner.Documents.Pdf;
using ProgrammaPlanner.Documents.Sections;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The plan's tables: zebra rows, one set of column widths per kind of table, no streefwaarde column that only repeats the nulmeting.</summary>
public partial class TableTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    /// <summary>Laid out by Chromium as it prints: the row header of a zebra row is shaded like its cells, and tables of one kind line up.</summary>
    [Category("Browser")]
    [Test]
    public async Task Html_ZebraRowsShadeTheRowHeader_TablesOfOneKindShareColumnWidths()
    {
        Chromium.Require();
        var plan = await Samples.PlanAsync("samen-noord.json");
        var html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFinder.Zoek(null) });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 900, Height = 1200 } });
        await page.SetContentAsync(html);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var zebra = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('table:not(.wijzigingen):not(.telling) tbody tr:nth-child(even)')]
            .filter(r => r.querySelector('th') && r.querySelector('td'))
            .filter(r => getComputedStyle(r.querySelector('th')).backgroundColor !== getComputedStyle(r.querySelector('td')).backgroundColor)
            .map(r => r.textContent.trim().slice(0, 40))");
        var rijen = await page.EvaluateAsync<int>(@"() => [...document.querySelectorAll('table:not(.wijzigingen):not(.telling) tbody tr:nth-child(even)')]
            .filter(r => r.querySelector('th') && r.querySelector('td')).length");
        Assert.That(rijen, Is.GreaterThan(0), "er zijn zebrarijen met een rijkop");
        Assert.That(zebra, Is.Empty, "de rijkop van een zebrarij is gearceerd als de rest van de rij");

        foreach (var soort in new[] { "doelen", "mijlpalen", "risicos", "leden" })
        {
            var kolommen = soort == "doelen" ? 3 : 9; // doelstelling tables: the years may differ, the first three columns may not
            var breedtes = await page.EvaluateAsync<double[][]>($@"() => [...document.querySelectorAll('table.{soort}')]
                .map(t => [...t.querySelectorAll('thead th')].slice(0, {kolommen}).map(th => Math.round(th.getBoundingClientRect().width)))");
            Assert.That(breedtes, Has.Length.GreaterThan(1), $"meer dan één tabel '{soort}'");
            foreach (var b in breedtes) Assert.That(b, Is.EqualTo(breedtes[0]), $"tabellen '{soort}' hebben dezelfde kolombreedtes");
        }
    }

    [Test]
    public void Streefjaren_FirstYearDroppedOnlyWhenItRepeatsTheNulmeting()
    {
        int[] jaren = [2017, 2018, 2019];
        Core.Programmaplan.GetProgrammaplan.Doelstelling Doel(int? nulJaar, decimal nul, params (int Jaar, decimal Waarde)[] streef) => new()
        {
            NulmetingJaar = nulJaar, NulmetingWaarde = nul, Streefwaarden = streef.Select(s => new Core.Programmaplan.GetProgrammaplan.Jaarwaarde
            { Jaar = s.Jaar, Waarde = s.Waarde }).ToList(),
        };

        Assert.That(Planteksten.Streefjaren([Doel(2017, 10, (2018, 12)), Doel(2017, 5, (2017, 5), (2018, 6))], jaren), Is.EqualTo(new[] { 2018, 2019 }));
        Assert.That(Planteksten.Streefjaren([Doel(2017, 10, (2017, 11))], jaren), Is.EqualTo(jaren), "another target in the first year");
        Assert.That(Planteksten.Streefjaren([Doel(2016, 10, (2017, 10))], jaren), Is.EqualTo(jaren), "nulmeting of another year");
        Assert.That(Planteksten.Streefjaren([Doel(2017, 10), Doel(null, 3, (2018, 4))], jaren), Is.EqualTo(jaren), "one without that nulmeting");
    }

    /// <summary>Samen Noord measured its nulmeting in 2017, the first year: the 2017 column would only say "–"; HTML and DOCX both leave it out.</summary>
    [Test]
    public async Task FirstStreefwaardeColumn_LeftOutWhenItOnlyRepeatsTheNulmeting_InHtmlAndDocx()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");
        Assert.That(plan.Speerpunten.SelectMany(s => s.Doelstellingen).All(d => d.NulmetingJaar == 2017), Is.True);
        var html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept);
        var docx = PlanTekst.Docx(PlanDocx.Maak(plan, Concept));
        var kop = new Indeling(plan).Speerpunten.Tekst;

        var doelen = Doelen().Matches(html).Select(m => m.Value).ToList();
        Assert.That(doelen, Has.Count.EqualTo(plan.Speerpunten.Count));
        Assert.That(doelen, Has.All.Contain(">2018</th>").And.All.Not.Contain(">2017</th>"));
        Assert.That(docx[kop], Does.Contain("Nulmeting 2018 2019 2020").And.Not.Contain("2017 2018"));

        // A target in 2017 other than the nulmeting: the column stays, in both.
        var eerste = plan.Speerpunten[0];
        var anders = plan with
        {
            Speerpunten = [eerste with { Doelstellingen = [eerste.Doelstellingen[0] with
                { Streefwaarden = [new() { Jaar = 2017, Waarde = 1900 }, .. eerste.Doelstellingen[0].Streefwaarden] }] }, .. plan.Speerpunten.Skip(1)],
        };
        html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(anders, Concept);
        Assert.That(Doelen().Matches(html).First().Value, Does.Contain(">2017</th>").And.Contain("1.900"));
        Assert.That(PlanTekst.Docx(PlanDocx.Maak(anders, Concept))[kop], Does.Contain("Nulmeting 2017 2018 2019 2020"));
    }

    [GeneratedRegex(@"<table class=""doelen"">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Doelen();
}
