using System.Globalization;
using System.Text;

namespace ProgrammaPlanner.Core;

/// <summary>
/// Dutch display of money, numbers, dates and moments: the one home for the core, documents and screens, independent of
/// the thread's culture (CLI, tests, server).
/// </summary>
public static class Opmaak
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>€ 12.500,00 in a document — a no-break space keeps the sign with the amount.</summary>
    public static string Geld(decimal bedrag) => "€\u00A0" + bedrag.ToString("#,##0.00", Nl);

    /// <summary>€ 12.500,00 on screen (the culture's own currency format, with an ordinary space).</summary>
    public static string Euro(decimal bedrag) => bedrag.ToString("C2", Nl);

    /// <summary>
    /// € 12.500 in a document: whole euros, the cents only when the amount has any (€ 12.500,50); a no-break space as in
    /// <see cref="Geld"/>.
    /// </summary>
    public static string Bedrag(decimal bedrag) => Bedrag(bedrag, HeeftCenten(bedrag));

    /// <summary>
    /// With cents (€ 12.500,00) or without (€ 12.500), one choice for all amounts of a table so its columns line up: pass
    /// <c>true</c> when any amount of the table <see cref="HeeftCenten"/>. Never rounds: an amount with cents always shows them.
    /// </summary>
    public static string Bedrag(decimal bedrag, bool metCenten) =>
        "€\u00A0" + bedrag.ToString(metCenten || HeeftCenten(bedrag) ? "#,##0.00" : "#,##0", Nl);

    public static bool HeeftCenten(decimal bedrag) => decimal.Truncate(bedrag) != bedrag;

    /// <summary>1.250,5 — at most two decimals, for hours and figures on screen.</summary>
    public static string GetalAfgerond(decimal waarde) => waarde.ToString("#,##0.##", Nl);

    public static string Uren(decimal uren) => GetalAfgerond(uren);

    /// <summary>Every decimal the value has: a document shows a target exactly as it was entered.</summary>
    public static string Getal(decimal waarde) => waarde.ToString("#,##0.##########", Nl);

    public static string Getal(decimal? waarde) => waarde is { } w ? Getal(w) : "–";

    /// <summary>1 oktober 2017</summary>
    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    /// <summary>zondag 1 oktober 2017</summary>
    public static string DatumMetDag(DateOnly datum) => datum.ToString("dddd d MMMM yyyy", Nl);

    public static string DatumKort(DateOnly datum) => datum.ToString("dd-MM-yyyy", Nl);

    /// <summary>1 oktober 2017 – 31 december 2018</summary>
    public static string Periode(DateOnly start, DateOnly eind) => $"{Datum(start)} – {Datum(eind)}";

    /// <summary>23 november 2026 19:05, in Dutch local time whatever the server's zone.</summary>
    public static string Tijdstip(DateTimeOffset moment) => Tijd.NaarLokaal(moment).ToString("d MMMM yyyy HH:mm", Nl);

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
