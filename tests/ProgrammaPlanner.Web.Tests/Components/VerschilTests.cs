using Bunit;
using MudBlazor.Services;
using ProgrammaPlanner.Web.Components.Pages.Projecten;

namespace ProgrammaPlanner.Web.Tests.Components;

public class VerschilTests
{
    [TestCase(1000, 1200.5, "€ 200,50 boven begroting")]
    [TestCase(1000, 800, "€ 200,00 onder begroting")]
    [TestCase(1000, 1000, "volgens begroting")]
    [TestCase(1000, 0, "nog niets besteed")]
    [TestCase(0, 0, "–")]
    [TestCase(0, 1500, "€ 1.500,00 boven begroting")]
    public void Euro_InWords(decimal begroot, decimal besteed, string tekst) => Assert.That(Verschil.Euro(begroot, besteed), Is.EqualTo(tekst));

    [TestCase(900, 850, "50 uur onder begroting")]
    [TestCase(10, 12.5, "2,5 uur boven begroting")]
    public void Uren_InWords(decimal begroot, decimal besteed, string tekst) => Assert.That(Verschil.Uren(begroot, besteed), Is.EqualTo(tekst));

    [TestCase(100, 150, true)]
    [TestCase(100, 50, false)]
    public void VerschilTekst_OverBudget_MarkedInWordsAndWithAnIcon(decimal begroot, decimal besteed, bool over)
    {
        using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;

        var cut = ctx.Render<VerschilTekst>(p => p.Add(x => x.Begroot, begroot).Add(x => x.Besteed, besteed).Add(x => x.Euro, true));

        Assert.That(cut.FindAll("[data-testid=over-budget]"), Has.Count.EqualTo(over ? 1 : 0));
        Assert.That(cut.Markup, Does.Contain(over ? "boven begroting" : "onder begroting"));
    }
}
