using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>
/// Finishes a PDF Chromium printed to PDF/UA-1 level. Chromium writes the tags, the outline (from the headings), /Lang,
/// /MarkInfo and /DisplayDocTitle; this adds what it leaves out:
/// <list type="bullet">
/// <item>a complete Info dictionary (title, author, subject) and the same in an XMP metadata stream with the PDF/UA
/// identifier (pdfuaid:part 1), referenced from the catalog;</item>
/// <item>every drawing outside the tags (running footer, watermark, backgrounds, lines, cover band) marked as an
/// artifact (<see cref="Artefacten"/>), so it is in no tagged text;</item>
/// <item>a description (/Contents) on every link annotation: for a link within the document, the text of its
/// destination (<paramref name="linkTekst"/> of the destination's name, the HTML id).</item>
/// </list>
/// The file is written anew from Chromium's objects (same numbers), packed into object streams (<see cref="Schrijf"/>).
/// Anything not laid out as Chromium writes it is returned unchanged.
/// </summary>
public static partial class PdfInfo
{
    public static byte[] VulAan(byte[] pdf, string titel, string auteur, string onderwerp, DateTimeOffset tijdstip,
        Func<string, string?>? linkTekst = null)
    {
        var bron = Bron.Lees(pdf);
        if (bron is null) return pdf;
        var tekst = bron.Tekst;

        var nieuw = new Dictionary<int, byte[]>();
        // Only the objects this looks at: pages, links, forms and the catalog (not the thousands of structure elements).
        var koppen = bron.Objecten.Where(o => o.Key == bron.Root || TeBekijken(tekst, o.Value)).ToDictionary(o => o.Key, o => Kop(tekst, o.Value));
        var getagdeVormen = koppen.Where(k => VormMetTags().IsMatch(k.Value)).Select(k => k.Key).ToHashSet();

        // Artifacts: each page's content stream, and each form XObject with tags of its own.
        foreach (var (nummer, kop) in koppen)
        {
            if (!PaginaType().IsMatch(kop)) continue;
            var xobjecten = XObjecten(kop);
            bool Getagd(string naam) => xobjecten.TryGetValue(naam, out var x) && getagdeVormen.Contains(x);
            foreach (var inhoud in Inhoud(kop))
                if (HerschrijfStroom(pdf, tekst, bron, inhoud, Getagd) is { } s) nieuw[inhoud] = s;
            foreach (var vorm in xobjecten.Values.Where(getagdeVormen.Contains))
            {
                var binnen = koppen.TryGetValue(vorm, out var vormKop) ? XObjecten(vormKop) : [];
                bool GetagdBinnen(string naam) => binnen.TryGetValue(naam, out var x) && getagdeVormen.Contains(x);
                if (!nieuw.ContainsKey(vorm) && HerschrijfStroom(pdf, tekst, bron, vorm, GetagdBinnen) is { } s)
                    nieuw[vorm] = s;
            }
        }

        // Links: a description for each.
        foreach (var (nummer, kop) in koppen.Where(k => LinkType().IsMatch(k.Value)))
        {
            var beschrijving = Beschrijving(kop, linkTekst);
            var (start, einde) = bron.Objecten[nummer];
            var lijf = tekst[start..einde];
            var sluit = lijf.LastIndexOf(">>", StringComparison.Ordinal);
            if (sluit < 0 || kop.Contains("/Contents", StringComparison.Ordinal)) continue;
            nieuw[nummer] = Encoding.Latin1.GetBytes(string.Concat(lijf.AsSpan(0, sluit), $"\n/Contents {PdfTekst(beschrijving)}", lijf.AsSpan(sluit)));
        }

        // Metadata: XMP (new object) referenced from the catalog, and the Info dictionary in place of Chromium's.
        var metadata = bron.Grootte;
        var taal = Taal().Match(koppen.GetValueOrDefault(bron.Root, "")) is { Success: true } t ? t.Groups[1].Value : "nl";
        {
            var (start, einde) = bron.Objecten[bron.Root];
            var lijf = tekst[start..einde];
            var sluit = lijf.LastIndexOf(">>", StringComparison.Ordinal);
            if (sluit < 0 || lijf.Contains("/Metadata", StringComparison.Ordinal)) return pdf;
            nieuw[bron.Root] = Encoding.Latin1.GetBytes(string.Concat(lijf.AsSpan(0, sluit), $"\n/Metadata {metadata} 0 R", lijf.AsSpan(sluit)));
        }
        var datum = $"D:{tijdstip.UtcDateTime:yyyyMMddHHmmss}Z";
        var info = Encoding.Latin1.GetBytes(
            $"{bron.Info} 0 obj\n<</Title {PdfTekst(titel)} /Author {PdfTekst(auteur)} /Subject {PdfTekst(onderwerp)} " +
            $"/Creator {PdfTekst("ProgrammaPlanner")} /Producer {PdfTekst(Producent)} /CreationDate ({datum}) /ModDate ({datum})>>\nendobj\n");
        if (bron.Info > 0) nieuw[bron.Info] = info;
        var xmp = Encoding.UTF8.GetBytes(Xmp(titel, auteur, onderwerp, taal, tijdstip));
        var metadataObject = Encoding.Latin1.GetBytes($"{metadata} 0 obj\n<</Type /Metadata /Subtype /XML /Length {xmp.Length}>>\nstream\n")
            .Concat(xmp).Concat(Encoding.Latin1.GetBytes("\nendstream\nendobj\n")).ToArray();

        return Schrijf(pdf, bron, nieuw, metadataObject);
    }

    private const string Producent = "Chromium (Skia/PDF)";

    /// <summary>A PDF text string in UTF-16BE with BOM, as hex: any character survives (é, ë, €).</summary>
    private static string PdfTekst(string s) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";

    /// <summary>What a screen reader says for a link: the destination's text, or where a web or mail link goes.</summary>
    private static string Beschrijving(string kop, Func<string, string?>? linkTekst)
    {
        if (NaamBestemming().Match(kop) is { Success: true } naam)
        {
            var id = Regex.Replace(naam.Groups[1].Value, "#([0-9A-Fa-f]{2})", m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString());
            return linkTekst?.Invoke(id) ?? "Ga naar een andere plaats in dit document";
        }
        if (Uri().Match(kop) is { Success: true } uri)
        {
            var adres = Regex.Unescape(uri.Groups[1].Value.Replace("\\(", "(").Replace("\\)", ")"));
            return adres.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? $"E-mail aan {adres[7..]}" : $"Link naar {adres}";
        }
        return "Ga naar een andere plaats in dit document";
    }

    private static byte[]? HerschrijfStroom(byte[] pdf, string tekst, Bron bron, int nummer, Func<string, bool> getagdeVorm)
    {
        if (!bron.Objecten.TryGetValue(nummer, out var plaats)) return null;
        var lijf = tekst.AsSpan(plaats.Start, plaats.Einde - plaats.Start);
        var streamAt = lijf.IndexOf("stream", StringComparison.Ordinal);
        if (streamAt < 0) return null;
        var kop = lijf[..streamAt].ToString();
        var data = streamAt + 6;
        if (lijf[data] == '\r') data++;
        if (lijf[data] == '\n') data++;
        if (Lengte().Match(kop) is not { Success: true } l) return null;
        var lengte = int.Parse(l.Groups[1].Value, CultureInfo.InvariantCulture);
        var flate = kop.Contains("/FlateDecode", StringComparison.Ordinal);
        if (!flate && kop.Contains("/Filter", StringComparison.Ordinal)) return null;

        byte[] inhoud;
        var ruw = new ReadOnlySpan<byte>(pdf, plaats.Start + data, lengte);
        if (flate)
        {
            using var zlib = new ZLibStream(new MemoryStream(ruw.ToArray()), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            zlib.CopyTo(buffer);
            inhoud = buffer.ToArray();
        }
        else inhoud = ruw.ToArray();

        if (Artefacten.Markeer(inhoud, getagdeVorm) is not { } gemarkeerd) return null;
        using var uit = new MemoryStream();
        using (var zlib = new ZLibStream(uit, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(gemarkeerd);
        var nieuweKop = Lengte().Replace(kop, $"/Length {uit.Length}", 1);
        if (!flate) nieuweKop = nieuweKop.Replace("/Length", "/Filter /FlateDecode /Length", StringComparison.Ordinal);
        return [.. Encoding.Latin1.GetBytes(nieuweKop.TrimEnd() + "\nstream\n"), .. uit.ToArray(), .. "\nendstream\nendobj\n"u8];
    }

    private static bool TeBekijken(string tekst, (int Start, int Einde) plaats)
    {
        var lijf = tekst.AsSpan(plaats.Start, plaats.Einde - plaats.Start);
        var stream = lijf.IndexOf("stream", StringComparison.Ordinal);
        var kop = stream < 0 ? lijf : lijf[..stream];
        return kop.Contains("/Page", StringComparison.Ordinal) || kop.Contains("/Link", StringComparison.Ordinal)
            || kop.Contains("/Form", StringComparison.Ordinal);
    }

    /// <summary>The object's text before its stream (or all of it): the dictionary to look at.</summary>
    private static string Kop(string tekst, (int Start, int Einde) plaats)
    {
        var lijf = tekst.AsSpan(plaats.Start, plaats.Einde - plaats.Start);
        var stream = lijf.IndexOf("stream", StringComparison.Ordinal);
        return (stream < 0 ? lijf : lijf[..stream]).ToString();
    }

    private static IEnumerable<int> Inhoud(string kop)
    {
        if (Contents().Match(kop) is not { Success: true } m) yield break;
        foreach (Match r in Referentie().Matches(m.Groups[1].Value)) yield return int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, int> XObjecten(string kop)
    {
        var uit = new Dictionary<string, int>();
        if (XObjectDict().Match(kop) is not { Success: true } m) return uit;
        foreach (Match r in NaamReferentie().Matches(m.Groups[1].Value))
            uit[r.Groups[1].Value] = int.Parse(r.Groups[2].Value, CultureInfo.InvariantCulture);
        return uit;
    }

    private static string Xmp(string titel, string auteur, string onderwerp, string taal, DateTimeOffset tijdstip)
    {
        static string X(string s) => SecurityElement.Escape(s);
        var datum = tijdstip.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                  <dc:format>application/pdf</dc:format>
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(titel)}</rdf:li></rdf:Alt></dc:title>
                  <dc:creator><rdf:Seq><rdf:li>{X(auteur)}</rdf:li></rdf:Seq></dc:creator>
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{X(onderwerp)}</rdf:li></rdf:Alt></dc:description>
                  <dc:language><rdf:Bag><rdf:li>{X(taal)}</rdf:li></rdf:Bag></dc:language>
                  <pdf:Producer>{Producent}</pdf:Producer>
                  <xmp:CreatorTool>ProgrammaPlanner</xmp:CreatorTool>
                  <xmp:CreateDate>{datum}</xmp:CreateDate>
                  <xmp:ModifyDate>{datum}</xmp:ModifyDate>
                  <xmp:MetadataDate>{datum}</xmp:MetadataDate>
                  <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }

    /// <summary>Objects per object stream: small enough that a reader unpacks one quickly, large enough to compress well.</summary>
    private const int PerObjectStroom = 500;

    /// <summary>
    /// The file anew (PDF 1.7): the streams (pages' contents, fonts, images, XMP) as objects of their own, every other
    /// object (the thousands of structure elements, the outline, annotations, dictionaries) packed into compressed
    /// object streams, and a compressed cross-reference stream: about a third of the bytes Chromium writes.
    /// </summary>
    private static byte[] Schrijf(byte[] pdf, Bron bron, Dictionary<int, byte[]> nieuw, byte[] metadataObject)
    {
        using var uit = new MemoryStream(pdf.Length);
        var eerste = bron.Objecten.Values.Min(o => o.Start);
        var kop = pdf.AsSpan(0, eerste).ToArray();
        if (kop.AsSpan().StartsWith("%PDF-1."u8) && kop.Length > 8 && kop[7] < (byte)'7') kop[7] = (byte)'7'; // object streams: PDF 1.5 or later
        uit.Write(kop);

        var soort = new Dictionary<int, (byte Soort, long Waarde, int Index)>(); // 1: at offset; 2: in object stream Waarde, at Index
        var los = new List<(int Nummer, ReadOnlyMemory<byte> Lijf)>();
        foreach (var (nummer, (start, einde)) in bron.Objecten.OrderBy(o => o.Value.Start))
        {
            var bytes = nieuw.TryGetValue(nummer, out var vervanging) ? vervanging : pdf.AsMemory(start, einde - start).ToArray();
            var lijf = Lijf(bytes, nummer);
            if (lijf is null || EindigtMetStream(lijf.Value.Span))
            {
                soort[nummer] = (1, uit.Position, 0);
                uit.Write(bytes);
            }
            else los.Add((nummer, lijf.Value));
        }
        var volgende = bron.Grootte;
        soort[volgende] = (1, uit.Position, 0);
        uit.Write(metadataObject);
        volgende++;

        foreach (var groep in los.Chunk(PerObjectStroom))
        {
            var stroom = volgende++;
            var inhoud = new MemoryStream();
            var index = new StringBuilder();
            for (var k = 0; k < groep.Length; k++)
            {
                index.Append(CultureInfo.InvariantCulture, $"{groep[k].Nummer} {inhoud.Length} ");
                inhoud.Write(groep[k].Lijf.Span);
                inhoud.WriteByte((byte)'\n');
                soort[groep[k].Nummer] = (2, stroom, k);
            }
            var indexBytes = Encoding.Latin1.GetBytes(index.Append('\n').ToString());
            var gepakt = Pak([.. indexBytes, .. inhoud.ToArray()]);
            soort[stroom] = (1, uit.Position, 0);
            uit.Write(Encoding.Latin1.GetBytes(
                $"{stroom} 0 obj\n<</Type /ObjStm /N {groep.Length} /First {indexBytes.Length} /Filter /FlateDecode /Length {gepakt.Length}>>\nstream\n"));
            uit.Write(gepakt);
            uit.Write("\nendstream\nendobj\n"u8);
        }

        // The cross-reference stream, itself the last object: type, offset or object stream (4 bytes), generation or index (2 bytes).
        var xrefNummer = volgende++;
        var grootte = volgende;
        var xrefOffset = uit.Position;
        soort[xrefNummer] = (1, xrefOffset, 0);
        var rijen = new byte[grootte * 7];
        for (var n = 0; n < grootte; n++)
        {
            var (s, waarde, index) = soort.TryGetValue(n, out var x) ? x : ((byte)0, 0L, n == 0 ? 65535 : 0);
            var r = rijen.AsSpan(n * 7);
            r[0] = s;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(r[1..], (uint)waarde);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(r[5..], (ushort)index);
        }
        var xref = Pak(rijen);
        var info = bron.Info > 0 ? $" /Info {bron.Info} 0 R" : "";
        uit.Write(Encoding.Latin1.GetBytes($"{xrefNummer} 0 obj\n<</Type /XRef /Size {grootte} /Root {bron.Root} 0 R{info} /W [1 4 2] " +
                                           $"/Filter /FlateDecode /Length {xref.Length}>>\nstream\n"));
        uit.Write(xref);
        uit.Write(Encoding.Latin1.GetBytes($"\nendstream\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n"));
        return uit.ToArray();
    }

    /// <summary>What is between "N 0 obj" and "endobj", trimmed; null when the object is not laid out like that.</summary>
    private static ReadOnlyMemory<byte>? Lijf(byte[] bytes, int nummer)
    {
        var span = bytes.AsSpan();
        var kop = Encoding.Latin1.GetBytes($"{nummer} 0 obj");
        if (!span.StartsWith(kop)) return null;
        var einde = span.TrimEnd(" \r\n\t"u8);
        if (!einde.EndsWith("endobj"u8)) return null;
        var rest = span[kop.Length..(einde.Length - 6)];
        var voor = rest.Length - rest.TrimStart(" \r\n\t"u8).Length;
        return bytes.AsMemory(kop.Length + voor, rest.Trim(" \r\n\t"u8).Length);
    }

    private static bool EindigtMetStream(ReadOnlySpan<byte> lijf) => lijf.EndsWith("endstream"u8);

    private static byte[] Pak(ReadOnlySpan<byte> data)
    {
        using var uit = new MemoryStream();
        using (var zlib = new ZLibStream(uit, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return uit.ToArray();
    }

    /// <summary>Chromium's file: one xref table, every object at generation 0, found by its offset; an object ends where the next begins.</summary>
    private sealed record Bron(string Tekst, Dictionary<int, (int Start, int Einde)> Objecten, int Grootte, int Root, int Info)
    {
        public static Bron? Lees(byte[] pdf)
        {
            var tekst = Encoding.Latin1.GetString(pdf);
            var trailerAt = tekst.LastIndexOf("trailer", StringComparison.Ordinal);
            var start = StartXref().Matches(tekst, Math.Max(0, tekst.Length - 1024)).LastOrDefault();
            if (trailerAt < 0 || start is null) return null;
            var trailer = tekst[trailerAt..start.Index];
            if (trailer.Contains("/Prev", StringComparison.Ordinal) || TrailerGetal("Size").Match(trailer) is not { Success: true } size
                || TrailerGetal("Root").Match(trailer) is not { Success: true } root) return null;
            var xref = int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
            if (xref <= 0 || xref >= trailerAt || !tekst.AsSpan(xref).StartsWith("xref")) return null;

            var grootte = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
            var wortel = int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture);
            var info = TrailerGetal("Info").Match(trailer) is { Success: true } i ? int.Parse(i.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var plaatsen = new List<(int Nummer, int Start)>();
            var pos = xref + 4;
            foreach (Match sectie in Subsectie().Matches(tekst[pos..trailerAt]))
            {
                var eerste = int.Parse(sectie.Groups[1].Value, CultureInfo.InvariantCulture);
                var regels = Regex.Matches(sectie.Groups[3].Value, @"(\d{10}) (\d{5}) ([nf])");
                for (var k = 0; k < regels.Count; k++)
                {
                    if (regels[k].Groups[3].Value != "n") continue;
                    if (regels[k].Groups[2].Value != "00000") return null;
                    plaatsen.Add((eerste + k, int.Parse(regels[k].Groups[1].Value, CultureInfo.InvariantCulture)));
                }
            }
            if (plaatsen.Count == 0) return null;
            plaatsen.Sort((a, b) => a.Start.CompareTo(b.Start));
            var objecten = new Dictionary<int, (int, int)>();
            for (var k = 0; k < plaatsen.Count; k++)
            {
                var einde = k + 1 < plaatsen.Count ? plaatsen[k + 1].Start : xref;
                if (einde > xref) return null;
                if (!tekst.AsSpan(plaatsen[k].Start).StartsWith($"{plaatsen[k].Nummer} 0 obj")) return null;
                objecten[plaatsen[k].Nummer] = (plaatsen[k].Start, einde);
            }
            return objecten.ContainsKey(wortel) && (info == 0 || objecten.ContainsKey(info)) ? new Bron(tekst, objecten, grootte, wortel, info) : null;
        }
    }

    private static Regex TrailerGetal(string sleutel) => sleutel switch
    {
        "Size" => TrailerSize(),
        "Root" => TrailerRoot(),
        _ => TrailerInfo(),
    };

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex TrailerSize();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex TrailerRoot();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex TrailerInfo();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d+) (\d+)\s*\n((?:\d{10} \d{5} [nf]\s*\r?\n?)*)")]
    private static partial Regex Subsectie();

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PaginaType();

    [GeneratedRegex(@"/Subtype\s*/Link\b")]
    private static partial Regex LinkType();

    [GeneratedRegex(@"/Subtype\s*/Form\b[\s\S]*/StructParents?\b|/StructParents?\b[\s\S]*/Subtype\s*/Form\b")]
    private static partial Regex VormMetTags();

    [GeneratedRegex(@"/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)")]
    private static partial Regex Contents();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex Referentie();

    [GeneratedRegex(@"/XObject\s*<<([^>]*)>>")]
    private static partial Regex XObjectDict();

    [GeneratedRegex(@"/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R")]
    private static partial Regex NaamReferentie();

    [GeneratedRegex(@"/Length\s+(\d+)")]
    private static partial Regex Lengte();

    [GeneratedRegex(@"/Dest\s*/([^\s/<>\[\]()]+)")]
    private static partial Regex NaamBestemming();

    [GeneratedRegex(@"/URI\s*\(((?:\\.|[^\\)])*)\)")]
    private static partial Regex Uri();

    [GeneratedRegex(@"/Lang\s*\(([^)]*)\)")]
    private static partial Regex Taal();
}
