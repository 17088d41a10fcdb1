using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>What the board reads: the words of each page, grouped into lines (PdfPig's GetWords, by baseline).</summary>
public sealed partial class PdfReader
{
    public IReadOnlyList<IReadOnlyList<string>> Regels(int pagina) => _regels[pagina - 1];
    public int Paginas => _regels.Count;
    public string Tekst(int pagina) => string.Join("\n", Regels(pagina).Select(r => string.Join(" ", r)));
    public string AlleTekst => string.Join("\n", Enumerable.Range(1, Paginas).Select(Tekst));
    public IReadOnlyList<double> GrootsteLetter { get; }
    private readonly List<IReadOnlyList<IReadOnlyList<string>>> _regels = [];
    private readonly List<string> _letters = [];

    /// <summary>The words of a page in drawing order (a table cell's wrapped lines stay together), spaces normalised.</summary>
    public string Woorden(int pagina) => _woorden[pagina - 1];
    public string AlleWoorden => string.Join(" ", _woorden);
    private readonly List<string> _woorden = [];

    /// <summary>All letters of a page in drawing order (rotated text such as the watermark is not split into words).</summary>
    public string Letters(int pagina) => _letters[pagina - 1];
    private readonly List<List<(string Tekst, double Grootte)>> _regelGrootte = [];

    public PdfReader(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var grootste = new List<double>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            _letters.Add(string.Concat(page.Letters.Select(l => l.Value)));
            _woorden.Add(Normalize(string.Join(" ", words.Select(w => w.Text))));
            var regels = words.Where(w => w.Letters.Count > 0).GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
                .OrderByDescending(g => g.Key)
                .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();
            _regels.Add(regels.Select(r => (IReadOnlyList<string>)r.Select(w => w.Text).ToList()).ToList());
            _regelGrootte.Add(regels.Select(r => (string.Join(" ", r.Select(w => w.Text)), r.Max(Grootte))).ToList());
            grootste.Add(words.Count == 0 ? 0 : words.Max(Grootte));
        }
        GrootsteLetter = grootste;
    }

    private static double Grootte(Word w) => w.Letters.Count == 0 ? 0 : w.Letters.Max(l => l.PointSize);

    /// <summary>Pages (1-based) with a line that starts with the text, in a font at least this size (headings).</summary>
    public IEnumerable<int> PaginasMetRegel(string begin, double minGrootte = 0) =>
        Enumerable.Range(1, Paginas).Where(p =>
            _regelGrootte[p - 1].Any(r => Normalize(r.Tekst).StartsWith(Normalize(begin), StringComparison.Ordinal) && r.Grootte >= minGrootte));

    public static string Normalize(string s) => Spaties().Replace(s.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaties();
}
