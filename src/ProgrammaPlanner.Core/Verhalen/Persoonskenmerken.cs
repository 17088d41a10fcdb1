using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Core.Verhalen;

/// <summary>
/// Finds obvious identifiers of a person in a story's text: a BSN (nine digits that pass the elfproef), a phone number,
/// an e-mail address, or a postcode with a house number. A story must not make anyone recognisable, so a text with
/// any of these is refused; the message names the part, so the writer knows what to leave out. Names cannot be found
/// this way: the form asks for none, and the facilitator reads what is recorded.
/// </summary>
public static partial class Persoonskenmerken
{
    public sealed record Vondst(string Soort, string Fragment);

    public static IReadOnlyList<Vondst> Vind(string? tekst)
    {
        if (string.IsNullOrEmpty(tekst)) return [];
        var vondsten = new List<Vondst>();
        foreach (Match m in Email().Matches(tekst)) vondsten.Add(new("een e-mailadres", m.Value));
        foreach (Match m in Postcode().Matches(tekst)) vondsten.Add(new("een postcode met huisnummer", m.Value.Trim()));
        foreach (Match m in Negen().Matches(tekst))
            if (IsBsn(Cijfers(m.Value))) vondsten.Add(new("een burgerservicenummer", m.Value));
        foreach (Match m in Telefoon().Matches(tekst))
            if (!vondsten.Any(v => v.Fragment.Contains(m.Value.Trim(), StringComparison.Ordinal)))
                vondsten.Add(new("een telefoonnummer", m.Value.Trim()));
        return vondsten;
    }

    /// <summary>
    /// The Dutch message for the first finding, or null when the text names nobody this way. <paramref name="wat"/> names the
    /// field ("De titel"), so the writer knows which part to change.
    /// </summary>
    public static string? Melding(string? tekst, string wat = "De tekst") => Vind(tekst) is [var v, ..]
        ? $"{wat} bevat {v.Soort} ('{v.Fragment}'). Een verhaal mag niemand herkenbaar maken: laat dit weg."
        : null;

    /// <summary>The elfproef of a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not all zeros).</summary>
    public static bool IsBsn(string negenCijfers)
    {
        if (negenCijfers.Length != 9 || !negenCijfers.All(char.IsAsciiDigit) || negenCijfers.All(c => c == '0')) return false;
        var som = 0;
        for (var i = 0; i < 8; i++) som += (9 - i) * (negenCijfers[i] - '0');
        som -= negenCijfers[8] - '0';
        return som % 11 == 0;
    }

    private static string Cijfers(string s) => new(s.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    // 1234 AB 12, 1234AB, 12a (letters in capitals: "2019 en 3" is no postcode) or "Straat 12, 1234 AB".
    [GeneratedRegex(@"\b[1-9]\d{3} ?[A-Z]{2}\b\s*,?\s*\d{1,5}[a-zA-Z]?\b|\b\d{1,5}[a-zA-Z]?\s*,\s*[1-9]\d{3} ?[A-Z]{2}\b")]
    private static partial Regex Postcode();

    // Nine digits, possibly grouped by dots or spaces (123.456.782, 1234 56 782), not part of a longer number.
    [GeneratedRegex(@"(?<![\d.,])\d(?:[ .]?\d){8}(?![\d]|[.,]\d)")]
    private static partial Regex Negen();

    // 06-12345678, 020 123 4567, (020) 1234567, +31 6 1234 5678, 0031 20 1234567: ten digits from the trunk 0.
    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|00)31[ \-]?(?:\(0\)[ \-]?)?|\(?0)[1-9](?:[ \-)]{0,2}\d){8}(?!\d)")]
    private static partial Regex Telefoon();
}
