using System.Text;

namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>
/// Marks everything Chromium draws outside its tags as an artifact (PDF/UA 7.1: content is either real content in the
/// structure tree or an artifact). Chromium tags all real content (marked content with an MCID) and leaves the rest
/// unmarked: the running footer (CSS page margin boxes), the CONCEPT watermark (aria-hidden), backgrounds, borders,
/// table lines, the cover's band and the roadmap legend's signs. This wraps each stretch of such drawing at the top
/// level of a content stream in <c>/Artifact BMC … EMC</c>, starting and ending only where no text object or path is
/// open (marked content may not cut through those). A form XObject that carries tags of its own (StructParents) is
/// left outside the artifacts and wrapped on its own.
/// </summary>
internal static class Artefacten
{
    private static readonly byte[] Begin = "\n/Artifact BMC\n"u8.ToArray();
    private static readonly byte[] Eind = "\nEMC\n"u8.ToArray();

    private static readonly HashSet<string> Tekenen = ["Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "EI"];
    private static readonly HashSet<string> Pad = ["m", "l", "c", "v", "y", "h", "re"];
    private static readonly HashSet<string> PadEinde = ["f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "n"];

    /// <summary>
    /// The stream with its untagged drawing wrapped, or null when it has none (or when it is laid out in a way this does not
    /// expect: then it is left as it is). <paramref name="getagdeVorm"/> tells whether an XObject name is a form with tags.
    /// </summary>
    public static byte[]? Markeer(byte[] inhoud, Func<string, bool> getagdeVorm)
    {
        var invoegingen = new List<(int Plek, bool IsBegin)>();
        var diepte = 0;
        bool inTekst = false, inPad = false;
        var laatsteVeilig = 0; // a place at depth 0 with no text object or path open: where an artifact may start or end
        var open = -1; // where the open artifact starts
        var statementBegin = 0; // just after the previous operator: where this operator's operands start
        string? laatsteNaam = null;

        bool Veilig() => !inTekst && !inPad;

        void Sluit(int plek)
        {
            invoegingen.Add((open, true));
            invoegingen.Add((plek, false));
            open = -1;
        }

        var i = 0;
        var n = inhoud.Length;
        while (i < n)
        {
            var c = inhoud[i];
            if (IsWit(c)) { i++; continue; }
            if (c == '%') { while (i < n && inhoud[i] != '\n' && inhoud[i] != '\r') i++; continue; }
            if (c == '(') { i = NaString(inhoud, i); continue; }
            if (c == '<')
            {
                if (i + 1 < n && inhoud[i + 1] == '<') { i += 2; continue; }
                while (i < n && inhoud[i] != '>') i++;
                i++;
                continue;
            }
            if (c is (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}') { i++; continue; }
            if (c == '/')
            {
                var start = ++i;
                while (i < n && !IsWit(inhoud[i]) && !IsScheiding(inhoud[i])) i++;
                laatsteNaam = Encoding.Latin1.GetString(inhoud, start, i - start);
                continue;
            }
            var begin = i;
            while (i < n && !IsWit(inhoud[i]) && !IsScheiding(inhoud[i])) i++;
            if (i == begin) { i++; continue; }
            var eerste = inhoud[begin];
            if (eerste is (byte)'+' or (byte)'-' or (byte)'.' || eerste is >= (byte)'0' and <= (byte)'9') continue; // a number
            var op = Encoding.Latin1.GetString(inhoud, begin, i - begin);
            if (op is "true" or "false" or "null") continue;

            if (op == "BI")
            {
                // An inline image: its data runs to "EI" after white space; Chromium writes none, but don't trip over one.
                var einde = ZoekEi(inhoud, i);
                if (einde < 0) return null;
                i = einde;
                op = "EI";
            }

            switch (op)
            {
                case "BDC" or "BMC":
                    if (diepte == 0 && open >= 0)
                    {
                        if (!Veilig()) return null;
                        Sluit(statementBegin);
                    }
                    diepte++;
                    break;
                case "EMC":
                    if (--diepte < 0) return null;
                    break;
                case "BT": inTekst = true; break;
                case "ET": inTekst = false; break;
                case "Do" when diepte == 0 && laatsteNaam is not null && getagdeVorm(laatsteNaam):
                    // Tagged content of its own: never inside an artifact.
                    if (open >= 0)
                    {
                        if (!Veilig()) return null;
                        Sluit(statementBegin);
                    }
                    break;
                default:
                    if (Pad.Contains(op)) inPad = true;
                    if (diepte == 0 && open < 0 && (Tekenen.Contains(op) || op == "Do")) open = laatsteVeilig;
                    if (PadEinde.Contains(op)) inPad = false;
                    break;
            }
            statementBegin = i;
            if (diepte == 0 && Veilig()) laatsteVeilig = i;
        }
        if (diepte != 0) return null;
        if (open >= 0)
        {
            if (!Veilig()) return null;
            Sluit(n);
        }
        if (invoegingen.Count == 0) return null;

        var uit = new MemoryStream(n + invoegingen.Count * 8);
        var vanaf = 0;
        foreach (var (plek, isBegin) in invoegingen)
        {
            uit.Write(inhoud, vanaf, plek - vanaf);
            uit.Write(isBegin ? Begin : Eind);
            vanaf = plek;
        }
        uit.Write(inhoud, vanaf, n - vanaf);
        return uit.ToArray();
    }

    private static bool IsWit(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsScheiding(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Just past a literal string: nested parentheses and backslash escapes.</summary>
    private static int NaString(byte[] s, int i)
    {
        var diepte = 0;
        for (; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '(') diepte++;
            else if (s[i] == ')' && --diepte == 0) return i + 1;
        }
        return s.Length;
    }

    private static int ZoekEi(byte[] s, int i)
    {
        for (; i + 2 < s.Length; i++)
            if (IsWit(s[i]) && s[i + 1] == 'E' && s[i + 2] == 'I' && (i + 3 == s.Length || IsWit(s[i + 3]))) return i + 3;
        return -1;
    }
}
