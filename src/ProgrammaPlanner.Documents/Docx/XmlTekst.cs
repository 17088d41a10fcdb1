using System.Text;
using System.Xml;

namespace ProgrammaPlanner.Documents.Docx;

/// <summary>
/// Text as XML 1.0 accepts it. Old data or an import can hold characters no XML file may contain (U+000B, NUL,
/// U+FFFE, a lone surrogate); OpenXML refuses to write them, so every text the DOCX writers put in a part goes
/// through here and those characters are left out. Tab and line breaks stay.
/// </summary>
internal static class XmlTekst
{
    public static string Schoon(string? tekst)
    {
        if (string.IsNullOrEmpty(tekst)) return "";
        if (IsSchoon(tekst)) return tekst;
        var b = new StringBuilder(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (i + 1 < tekst.Length && XmlConvert.IsXmlSurrogatePair(tekst[i + 1], c)) b.Append(c).Append(tekst[++i]);
            else if (XmlConvert.IsXmlChar(c)) b.Append(c);
        }
        return b.ToString();
    }

    private static bool IsSchoon(string tekst)
    {
        for (var i = 0; i < tekst.Length; i++)
        {
            if (XmlConvert.IsXmlChar(tekst[i])) continue;
            if (i + 1 < tekst.Length && XmlConvert.IsXmlSurrogatePair(tekst[i + 1], tekst[i])) { i++; continue; }
            return false;
        }
        return true;
    }
}
