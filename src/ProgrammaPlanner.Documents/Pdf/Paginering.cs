using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>
/// Finds the page of every heading in a printed PDF through its outline (Chromium writes one bookmark per
/// heading, with the page it stands on). Headings are matched in document order by their text, so extra
/// bookmarks (unnumbered sub-headings) are skipped and equal titles in different chapters can't be confused.
/// </summary>
public static class Paginering
{
    public static IReadOnlyDictionary<string, int> Lees(byte[] pdf, IReadOnlyList<Kop> koppen)
    {
        using var document = PdfDocument.Open(pdf);
        var paginas = new Dictionary<string, int>();
        if (!document.TryGetBookmarks(out var bookmarks)) return paginas;

        var volgorde = Plat(bookmarks.Roots).ToList();
        var i = 0;
        foreach (var kop in koppen)
        {
            var tekst = Normaal(kop.Tekst);
            var j = i;
            while (j < volgorde.Count && Normaal(volgorde[j].Title) != tekst) j++;
            if (j == volgorde.Count) continue; // not found: leave this one out, keep looking for the next
            if (volgorde[j] is DocumentBookmarkNode node) paginas[kop.Id] = node.PageNumber;
            i = j + 1;
        }
        return paginas;
    }

    private static IEnumerable<BookmarkNode> Plat(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => Plat(n.Children).Prepend(n));

    /// <summary>
    /// Compared without any white space: where a long heading wraps, Chromium's bookmark joins the lines without the
    /// space ("…het plan in" / "werking" becomes "plan inwerking").
    /// </summary>
    private static string Normaal(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
