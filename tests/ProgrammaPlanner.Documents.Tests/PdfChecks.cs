using System.Globalization;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>Checks on a printed plan, shared by the tiny plan and the samples.</summary>
public static class PdfChecks
{
    /// <summary>Each inhoudsopgave entry's page number is the page where that heading stands (found by its text, large type).</summary>
    public static void AssertInhoudsopgave(PdfReader pdf, Indeling indeling)
    {
        var tocPaginas = Enumerable.Range(2, pdf.Paginas - 1).TakeWhile(p => p == 2 || !pdf.PaginasMetRegel("1 ", 16).Contains(p)).ToList();
        Assert.That(pdf.Tekst(2), Does.StartWith("Inhoudsopgave"), "pagina 2 is de inhoudsopgave");
        foreach (var kop in indeling.Alle)
        {
            // A number and the first word are unique; an appendix has no number, so its first two words ("Bijlage: wijzigingen").
            var begin = kop.Nummer.Length > 0 ? $"{kop.Nummer} {kop.Titel.Split(' ')[0]}" : string.Join(' ', kop.Titel.Split(' ').Take(2));
            var inToc = TocPagina(pdf, tocPaginas, begin);
            Assert.That(inToc, Is.Not.Null, $"'{kop.Tekst}' staat niet met een paginanummer in de inhoudsopgave");
            var echt = pdf.PaginasMetRegel(begin, 13).Where(p => !tocPaginas.Contains(p)).ToList();
            Assert.That(echt, Is.Not.Empty, $"kop '{kop.Tekst}' niet gevonden in de PDF");
            Assert.That(inToc, Is.EqualTo(echt[0]), $"inhoudsopgave zegt pagina {inToc} voor '{kop.Tekst}', de kop staat op pagina {echt[0]}");
        }
    }

    private static int? TocPagina(PdfReader pdf, IEnumerable<int> paginas, string begin)
    {
        foreach (var p in paginas)
        {
            var regels = pdf.Regels(p);
            for (var i = 0; i < regels.Count; i++)
            {
                if (!PdfReader.Normalize(string.Join(" ", regels[i])).StartsWith(begin, StringComparison.Ordinal)) continue;
                for (var j = i; j < Math.Min(regels.Count, i + 3); j++) // a long title may wrap: the number ends the entry
                    if (int.TryParse(regels[j][^1], NumberStyles.None, CultureInfo.InvariantCulture, out var pagina)) return pagina;
            }
        }
        return null;
    }

    /// <summary>Every page but the cover ends with "Pagina N van M" with the right N and M; the cover has none.</summary>
    public static void AssertVoettekst(PdfReader pdf)
    {
        Assert.That(pdf.Tekst(1), Does.Not.Contain("Pagina"), "geen voettekst op de omslag");
        for (var p = 2; p <= pdf.Paginas; p++)
            Assert.That(PdfReader.Normalize(pdf.Tekst(p)), Does.Contain($"Pagina {p} van {pdf.Paginas}"), $"voettekst op pagina {p}");
    }

    public static void Watermerk(PdfReader pdf, bool aanwezig)
    {
        var met = Enumerable.Range(1, pdf.Paginas).Where(p => pdf.Letters(p).Contains("CONCEPT", StringComparison.Ordinal)).ToList();
        if (aanwezig) Assert.That(met, Is.EqualTo(Enumerable.Range(1, pdf.Paginas)), "CONCEPT op elke pagina");
        else Assert.That(met, Is.Empty, "geen CONCEPT-watermerk na vaststelling");
    }
}
