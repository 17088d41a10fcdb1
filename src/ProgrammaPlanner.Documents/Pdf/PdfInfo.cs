using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>
/// Chromium writes the title (from &lt;title&gt;) and /Lang (from html lang) but no author. This appends a PDF
/// incremental update with a complete Info dictionary (title, author, subject), leaving every byte Chromium
/// wrote (tags, outline, fonts) untouched.
/// </summary>
public static partial class PdfInfo
{
    public static byte[] VulAan(byte[] pdf, string titel, string auteur, string onderwerp, DateTimeOffset tijdstip)
    {
        var staart = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 2048), Math.Min(2048, pdf.Length));
        var trailer = Trailer().Match(staart);
        var start = StartXref().Matches(staart).LastOrDefault();
        if (!trailer.Success || start is null) return pdf; // not the classic layout Chromium writes: leave it as is

        var grootte = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var root = trailer.Groups["root"].Value;
        var datum = $"D:{tijdstip.UtcDateTime:yyyyMMddHHmmss}Z";
        var update = new StringBuilder("\n");
        var objectStart = pdf.Length + 1;
        update.Append(CultureInfo.InvariantCulture, $"{grootte} 0 obj\n<</Title {Tekst(titel)} /Author {Tekst(auteur)} /Subject {Tekst(onderwerp)} ")
              .Append(CultureInfo.InvariantCulture,
                  $"/Creator {Tekst("ProgrammaPlanner")} /Producer {Tekst("Chromium (Skia/PDF)")} /CreationDate ({datum}) /ModDate ({datum})>>\nendobj\n");
        var xref = objectStart + Encoding.Latin1.GetByteCount(update.ToString()) - 1;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{grootte} 1\n{objectStart:D10} 00000 n \n")
              .Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {grootte + 1} /Root {root} /Info {grootte} 0 R /Prev {start.Groups[1].Value}>>\n")
              .Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>A PDF text string in UTF-16BE with BOM, as hex: any character survives (é, ë, €).</summary>
    private static string Tekst(string s) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";

    [GeneratedRegex(@"trailer\s*<<(?=[^>]*?/Size\s+(?<size>\d+))(?=[^>]*?/Root\s+(?<root>\d+\s+\d+\s+R))", RegexOptions.RightToLeft)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
