using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The monitoring chapter carries the realisaties so far once the programme is carried out.</summary>
public class MonitoringTests
{
    private static readonly PlanOpties Concept = new("concept 2026-11-23", PlanStatus.Concept, new(2026, 11, 23));

    [Test]
    public async Task InImplementatiefase_RealisatiesAgainstTargetsAndTheLatestStand()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");
        Assert.That(plan.Programma.Fase, Is.EqualTo(Fase.Implementatiefase));

        var html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept);

        var tabel = html[html.IndexOf("data-testid=\"realisaties-tot-nu\"", StringComparison.Ordinal)..];
        Assert.That(tabel, Does.Contain("Realisaties tot nu toe").And.Contain("2.380 kinderen (doel&#xA0;2.400)").And.Contain("op koers (2019)"));
    }

    /// <summary>Where the realisaties are measured per wijk, the plan in implementation shows each doelstelling's latest figure per wijk.</summary>
    [Test]
    public async Task InImplementatiefase_TheLatestFiguresPerWijk_InHtmlAndDocx()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");

        var html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(plan, Concept);
        var docx = PlanTekst.Docx(Docx.PlanDocx.Maak(plan, Concept))[new Indeling(plan).Monitoring.Tekst];

        var tabel = html[html.IndexOf("data-testid=\"realisaties-per-wijk\"", StringComparison.Ordinal)..];
        tabel = tabel[..tabel.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.That(tabel, Does.Contain(">Oud-Noord</th>").And.Contain(">Noord-Oost</th>").And.Contain(">Noord-West</th>"));
        Assert.That(PlanTekst.Normaal(System.Text.RegularExpressions.Regex.Replace(tabel, "<[^>]+>", " ")),
            Does.Contain("Meer kinderen doen mee aan naschoolse activiteiten 2019 900 kinderen 680 kinderen 800 kinderen"));
        Assert.That(docx, Does.Contain("Realisaties per wijk")
            .And.Contain("Meer kinderen doen mee aan naschoolse activiteiten 2019 900 kinderen 680 kinderen 800 kinderen"));
    }

    [Test]
    public async Task InOntwikkelfase_NoRealisatiesTable()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");

        var html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(
            plan with { Programma = plan.Programma with { Fase = Fase.Ontwikkelfase } }, Concept);

        Assert.That(html, Does.Not.Contain("realisaties-tot-nu").And.Not.Contain("realisaties-per-wijk"));
        var docx = PlanTekst.Docx(Docx.PlanDocx.Maak(plan with { Programma = plan.Programma with { Fase = Fase.Ontwikkelfase } }, Concept));
        Assert.That(docx.Values, Has.None.Contain("Realisaties tot nu toe").And.None.Contain("Realisaties per wijk"));
    }
}
