using System.Globalization;
using System.Text;

namespace ProgrammaPlanner.Documents;

/// <summary>nl-NL formatting for the document, independent of the thread's culture (CLI, tests, server).</summary>
public static class Opmaak
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>€ 12.500,00 — a no-break space keeps the sign with the amount.</summary>
    public static string Geld(decimal bedrag) => "€\u00A0" + bedrag.ToString("#,##0.00", Nl);

    public static string Uren(decimal uren) => uren.ToString("#,##0.##", Nl);

    public static string Getal(decimal waarde) => waarde.ToString("#,##0.##########", Nl);

    public static string Getal(decimal? waarde) => waarde is { } w ? Getal(w) : "–";

    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    public static string DatumKort(DateOnly datum) => datum.ToString("dd-MM-yyyy", Nl);

    public static string Hoofdletter(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Nl) + s[1..];

    /// <summary>
    /// A CSS string literal (for generated content such as the running footer). Every character but ASCII letters and
    /// digits becomes a six-digit CSS escape, so no user text can close the style element it is written into. Spaces
    /// too: CSS swallows one space after an escape.
    /// </summary>
    public static string CssTekst(string s) =>
        "\"" + string.Concat(s.Replace("\r", "").Replace('\n', ' ').EnumerateRunes().Select(r =>
            Rune.IsLetterOrDigit(r) && r.IsAscii ? r.ToString() : $"\\{r.Value:X6}")) + "\"";

    /// <summary>Splits a stored text into paragraphs on blank lines (single newlines stay inside a paragraph).</summary>
    public static IReadOnlyList<string> Alineas(string tekst) =>
        tekst.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
