using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Core;

/// <summary>
/// Reads numbers, dates and times as Dutch users type them, independent of the thread's culture. Empty text is a valid
/// "nothing" (null); whether a value is required is the form's and the core's concern. Text that cannot be read with
/// certainty is refused with a Dutch message that says what is expected, never guessed at or turned into 0.
/// </summary>
public static partial class InputParser
{
    public const string GetalVerwacht = "Vul een getal in, bijv. 1.234,5";
    public const string HeelGetalVerwacht = "Vul een heel getal in, bijv. 2026";
    public const string DatumVerwacht = "Vul een datum in, bijv. 1 maart 2026 of 01-03-2026";
    public const string TijdVerwacht = "Vul een tijd in, bijv. 9:30";

    /// <summary>
    /// 35, 35%, 35 %, € 1.234,50, 1234,5, 1,234.5 (when both separators occur the last one is the decimal one), -2.
    /// A single point followed by three digits is a thousands separator (1.234 is 1234), as on every Dutch screen.
    /// </summary>
    public static bool TryParseNumber(string? text, out decimal? value, out string? error)
    {
        value = null;
        error = null;
        var s = Normalize(text);
        if (s.Length == 0) return true;
        if (s.StartsWith('€')) s = s[1..].TrimStart();
        if (s.EndsWith('%')) s = s[..^1].TrimEnd();
        var m = Number().Match(s);
        if (!m.Success || !TryDigits(m.Groups["body"].Value, out var digits))
        {
            error = GetalVerwacht;
            return false;
        }
        if (!decimal.TryParse(m.Groups["sign"].Value + digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var d))
        {
            error = "Dit getal is te groot.";
            return false;
        }
        value = d;
        return true;
    }

    /// <summary>A whole number such as a year: 2026, 1.500; 2026,5 or 20x6 is refused.</summary>
    public static bool TryParseWholeNumber(string? text, out int? value, out string? error)
    {
        value = null;
        if (!TryParseNumber(text, out var d, out error)) { error = HeelGetalVerwacht; return false; }
        if (d is null) return true;
        if (d != decimal.Truncate(d.Value) || d < int.MinValue || d > int.MaxValue) { error = HeelGetalVerwacht; return false; }
        value = (int)d.Value;
        return true;
    }

    private static readonly string[] DateFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "dddd d MMMM yyyy", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-M-d",
    ];

    /// <summary>1 maart 2026, 1 mrt 2026, zondag 1 maart 2026, 01-03-2026, 1-3-2026, 1/3/2026, 2026-03-01.</summary>
    public static bool TryParseDate(string? text, out DateOnly? value, out string? error)
    {
        value = null;
        error = null;
        var s = Whitespace().Replace(Normalize(text), " ").Replace(" ,", ",").Replace(",", "").ToLowerInvariant();
        if (s.Length == 0) return true;
        if (DateOnly.TryParseExact(s, DateFormats, Opmaak.Nl, DateTimeStyles.None, out var d)
            || DateOnly.TryParseExact(s.Replace(".", ""), DateFormats, Opmaak.Nl, DateTimeStyles.None, out d)) // "1 mrt. 2026"
        {
            value = d;
            return true;
        }
        error = DatumVerwacht;
        return false;
    }

    /// <summary>9:30, 09.30, 9 (a whole hour), 9u30.</summary>
    public static bool TryParseTime(string? text, out TimeOnly? value, out string? error)
    {
        value = null;
        error = null;
        var s = Normalize(text).ToLowerInvariant();
        if (s.Length == 0) return true;
        var m = Time().Match(s);
        if (m.Success && int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) is var h and < 24
            && (m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0) is var min and < 60)
        {
            value = new TimeOnly(h, min);
            return true;
        }
        error = TijdVerwacht;
        return false;
    }

    private static string Normalize(string? text) => (text ?? "").Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();

    /// <summary>The digits with the grouping removed and '.' as the decimal point; false when the grouping is ambiguous.</summary>
    private static bool TryDigits(string body, out string digits)
    {
        digits = "";
        var lastPoint = body.LastIndexOf('.');
        var lastComma = body.LastIndexOf(',');
        char? dec;
        if (lastPoint >= 0 && lastComma >= 0) dec = lastPoint > lastComma ? '.' : ',';
        else if (lastComma >= 0) dec = body.Count(c => c == ',') == 1 ? ',' : null;
        else if (lastPoint >= 0) dec = body.Count(c => c == '.') == 1 && body.Length - lastPoint - 1 != 3 ? '.' : null;
        else dec = null;

        var whole = dec is { } dc ? body[..body.LastIndexOf(dc)] : body;
        var fraction = dec is { } dc2 ? body[(body.LastIndexOf(dc2) + 1)..] : "";
        if (dec is not null && fraction.Length == 0) return false;
        var groups = whole.Split('.', ',');
        if (groups.Length > 1)
        {
            // Grouped: one kind of separator, 1–3 digits first, then groups of exactly three.
            var sep = whole.First(c => c is '.' or ',');
            if (sep == dec || whole.Contains(sep == '.' ? ',' : '.')) return false;
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3)) return false;
        }
        else if (whole.Length == 0) return false;
        digits = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : "");
        return true;
    }

    [GeneratedRegex(@"^(?<sign>[-+]?)\s*(?<body>[0-9][0-9.,]*)$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(?:\s*(?:[:.u]|uur)\s*(?<m>[0-9]{2}))?(?:\s*uur)?$")]
    private static partial Regex Time();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
