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

    /// <summary>What an operator does, as far as this is concerned.</summary>
    private enum Soort { Anders, Operand, BeginMarkering, EindMarkering, BeginTekst, EindTekst, Do, Tekst, Pad, Verf, PadEinde, BeeldBegin }

    /// <summary>The operator's kind without making a string of it (a large plan's content streams hold a few hundred thousand).</summary>
    private static Soort Bepaal(ReadOnlySpan<byte> op) => op.Length switch
    {
        1 => op[0] switch
        {
            (byte)'f' or (byte)'F' or (byte)'B' or (byte)'b' or (byte)'S' or (byte)'s' => Soort.Verf,
            (byte)'n' => Soort.PadEinde,
            (byte)'m' or (byte)'l' or (byte)'c' or (byte)'v' or (byte)'y' or (byte)'h' => Soort.Pad,
            (byte)'\'' or (byte)'"' => Soort.Tekst,
            _ => Soort.Anders,
        },
        2 when op[1] == '*' && op[0] is (byte)'f' or (byte)'B' or (byte)'b' => Soort.Verf,
        2 when op.SequenceEqual("Tj"u8) || op.SequenceEqual("TJ"u8) => Soort.Tekst,
        2 when op.SequenceEqual("re"u8) => Soort.Pad,
        2 when op.SequenceEqual("sh"u8) => Soort.Verf,
        2 when op.SequenceEqual("BT"u8) => Soort.BeginTekst,
        2 when op.SequenceEqual("ET"u8) => Soort.EindTekst,
        2 when op.SequenceEqual("Do"u8) => Soort.Do,
        2 when op.SequenceEqual("BI"u8) => Soort.BeeldBegin,
        3 when op.SequenceEqual("BDC"u8) || op.SequenceEqual("BMC"u8) => Soort.BeginMarkering,
        3 when op.SequenceEqual("EMC"u8) => Soort.EindMarkering,
        4 when op.SequenceEqual("true"u8) || op.SequenceEqual("null"u8) => Soort.Operand,
        5 when op.SequenceEqual("false"u8) => Soort.Operand,
        _ => Soort.Anders,
    };

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
        var (naamBegin, naamLengte) = (-1, 0);

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
                naamBegin = ++i;
                while (i < n && !IsWit(inhoud[i]) && !IsScheiding(inhoud[i])) i++;
                naamLengte = i - naamBegin;
                continue;
            }
            var begin = i;
            while (i < n && !IsWit(inhoud[i]) && !IsScheiding(inhoud[i])) i++;
            if (i == begin) { i++; continue; }
            var eerste = inhoud[begin];
            if (eerste is (byte)'+' or (byte)'-' or (byte)'.' || eerste is >= (byte)'0' and <= (byte)'9') continue; // a number
            var soort = Bepaal(inhoud.AsSpan(begin, i - begin));
            if (soort == Soort.Operand) continue;

            if (soort == Soort.BeeldBegin)
            {
                // An inline image: its data runs to "EI" after white space; Chromium writes none, but don't trip over one.
                var einde = ZoekEi(inhoud, i);
                if (einde < 0) return null;
                i = einde;
                soort = Soort.Verf;
            }

            switch (soort)
            {
                case Soort.BeginMarkering:
                    if (diepte == 0 && open >= 0)
                    {
                        if (!Veilig()) return null;
                        Sluit(statementBegin);
                    }
                    diepte++;
                    break;
                case Soort.EindMarkering:
                    if (--diepte < 0) return null;
                    break;
                case Soort.BeginTekst: inTekst = true; break;
                case Soort.EindTekst: inTekst = false; break;
                case Soort.Do when diepte == 0 && naamBegin >= 0 && getagdeVorm(Encoding.Latin1.GetString(inhoud, naamBegin, naamLengte)):
                    // Tagged content of its own: never inside an artifact.
                    if (open >= 0)
                    {
                        if (!Veilig()) return null;
                        Sluit(statementBegin);
                    }
                    break;
                case Soort.Pad:
                    inPad = true;
                    break;
                case Soort.Tekst or Soort.Verf or Soort.Do:
                    if (diepte == 0 && open < 0) open = laatsteVeilig;
                    if (soort == Soort.Verf) inPad = false;
                    break;
                case Soort.PadEinde:
                    inPad = false;
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
