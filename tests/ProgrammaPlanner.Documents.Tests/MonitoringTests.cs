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

    [Test]
    public async Task InOntwikkelfase_NoRealisatiesTable()
    {
        var plan = await Samples.PlanAsync("samen-noord.json");

        var html = await DocumentsSetup.Services.GetRequiredService<PlanHtml>().RenderAsync(
            plan with { Programma = plan.Programma with { Fase = Fase.Ontwikkelfase } }, Concept);

        Assert.That(html, Does.Not.Contain("realisaties-tot-nu"));
    }
}
