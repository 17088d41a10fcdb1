using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>
/// The text of the plan per chapter, read from the HTML (what the PDF prints) and from the DOCX, with whitespace
/// normalised, so the two can be compared chapter by chapter.
/// </summary>
public static partial class PlanTekst
{
    /// <summary>
    /// The text pieces of the HTML per chapter (key: the id of its chapter heading, class kop-1). Left out, as a reader does not read them: the
    /// head, elements hidden from assistive technology (aria-hidden, sr-only) and the drawing of the roadmap (its
    /// &lt;title&gt; elements, the names and mijlpalen it shows, do count).
    /// </summary>
    public static Dictionary<string, List<string>> Html(string html)
    {
        html = Head().Replace(html, "");
        html = Svg().Replace(html, m => string.Concat(Titel().Matches(m.Value).Select(t => $"<span>{t.Groups[1].Value}</span>")));
        var result = new Dictionary<string, List<string>>();
        List<string>? huidig = null;
        var stapel = new Stack<(string Tag, bool Verborgen)>();
        foreach (Match m in Token().Matches(html))
        {
            if (m.Groups["tekst"].Success)
            {
                var t = Normaal(WebUtility.HtmlDecode(m.Groups["tekst"].Value));
                if (t.Length > 0 && huidig is not null && !stapel.Any(s => s.Verborgen)) huidig.Add(t);
                continue;
            }
            var tag = m.Groups["tag"].Value.ToLowerInvariant();
            if (tag.StartsWith('!')) continue;
            if (m.Groups["sluit"].Value == "/")
            {
                while (stapel.Count > 0 && stapel.Pop().Tag != tag) { }
                continue;
            }
            var attributen = m.Groups["attr"].Value;
            // A chapter heading (KopTekst: class kop-1) starts a chapter.
            if (Klasse().Match(attributen) is { Success: true } kop && kop.Groups[1].Value.Split(' ').Contains("kop-1")
                && Id().Match(attributen) is { Success: true } id)
                result[id.Groups[1].Value] = huidig = [];
            if (m.Groups["leeg"].Value == "/" || tag is "meta" or "br" or "col" or "img" or "link" or "hr" or "input") continue;
            var verborgen = attributen.Contains("aria-hidden=\"true\"", StringComparison.Ordinal) || Klasse().Match(attributen) is { Success: true } k
                && k.Groups[1].Value.Split(' ').Contains("sr-only");
            stapel.Push((tag, verborgen));
        }
        return result;
    }

    /// <summary>The text of the DOCX per chapter (key: the text of its Heading1), paragraphs joined by a space.</summary>
    public static Dictionary<string, string> Docx(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var result = new Dictionary<string, string>();
        string? huidig = null;
        var tekst = new List<string>();
        foreach (var p in document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
        {
            var t = Normaal(string.Concat(p.Descendants().Select(e => e switch { Text x => x.Text, TabChar => " ", Break => " ", _ => "" })));
            if (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            {
                if (huidig is not null) result[huidig] = string.Join(" ", tekst);
                (huidig, tekst) = (t, [t]);
            }
            else if (t.Length > 0) tekst.Add(t);
        }
        if (huidig is not null) result[huidig] = string.Join(" ", tekst);
        return result;
    }

    public static string Normaal(string s) => Witruimte().Replace(s.Replace('\u00A0', ' ').Replace('\u202F', ' '), " ").Trim();

    [GeneratedRegex(@"<head>.*?</head>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Titel();

    [GeneratedRegex(@"<(?<sluit>/?)(?<tag>!?[A-Za-z0-9-]*)(?<attr>[^>]*?)(?<leeg>/?)>|(?<tekst>[^<]+)", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex(@"\bid=""([^""]*)""")]
    private static partial Regex Id();

    [GeneratedRegex(@"\bclass=""([^""]*)""")]
    private static partial Regex Klasse();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
