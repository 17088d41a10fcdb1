using static ProgrammaPlanner.Core.Opmaaktekst;

namespace ProgrammaPlanner.Core.Tests;

/// <summary>The small markup of plan prose: what a facilitator types, read into blocks the three formats print alike.</summary>
public class OpmaaktekstTests
{
    [Test]
    public void EmptyLine_NewAlinea_SingleLineBreak_Kept()
    {
        var blokken = Lees("Eerste regel\ntweede regel\n\nNieuwe alinea");

        Assert.That(blokken, Has.Count.EqualTo(2));
        Assert.That(blokken[0], Is.TypeOf<Alinea>());
        Assert.That(blokken[0].Regels.Select(Tekst), Is.EqualTo(new[] { "Eerste regel", "tweede regel" }));
        Assert.That(blokken[1].Regels.Select(Tekst), Is.EqualTo(new[] { "Nieuwe alinea" }));
    }

    [Test]
    public void DashOrStarLines_AreAnOpsomming_NumberedLines_AGenummerdeLijst()
    {
        var blokken = Lees("Wij doen drie dingen:\n- ontmoeten\n* meedoen\n\n1. eerst dit\n2) dan dat");

        Assert.That(blokken.Select(b => b.GetType().Name), Is.EqualTo(new[] { "Alinea", "Opsomming", "Opsomming" }));
        Assert.That(((Opsomming)blokken[1]).Genummerd, Is.False);
        Assert.That(blokken[1].Regels.Select(Tekst), Is.EqualTo(new[] { "ontmoeten", "meedoen" }));
        Assert.That(((Opsomming)blokken[2]).Genummerd, Is.True);
        Assert.That(blokken[2].Regels.Select(Tekst), Is.EqualTo(new[] { "eerst dit", "dan dat" }));
    }

    [Test]
    public void BoldItalicAndLinks_InsideALine()
    {
        var regel = Lees("Dit is **belangrijk**, dit *zacht* en [de gemeente](https://www.amsterdam.nl/noord).")[0].Regels[0];

        Assert.That(regel, Is.EqualTo(new[]
        {
            new Stuk("Dit is "), new Stuk("belangrijk", Vet: true), new Stuk(", dit "), new Stuk("zacht", Cursief: true), new Stuk(" en "),
            new Stuk("de gemeente", Link: "https://www.amsterdam.nl/noord"), new Stuk("."),
        }));
    }

    [TestCase("[klik](javascript:alert(1))")]
    [TestCase("[bestand](file:///etc/passwd)")]
    [TestCase("<script>alert(1)</script>")]
    [TestCase("5 * 3 = 15 en 2*4")]
    public void NoHtmlAndNoUnsafeLink_TheTextStaysText(string tekst)
    {
        var stukken = Lees(tekst).Single().Regels.Single();

        Assert.That(stukken.All(s => s.Link is null && !s.Vet && !s.Cursief), $"{tekst}: {string.Join(" | ", stukken)}");
        Assert.That(string.Concat(stukken.Select(s => s.Tekst)), Is.EqualTo(tekst));
    }

    private static string Tekst(IReadOnlyList<Stuk> regel) => string.Concat(regel.Select(s => s.Tekst));
}
