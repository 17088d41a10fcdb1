using System.Reflection;
using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Documents;

/// <summary>
/// The print stylesheet and the Noto Sans faces as embedded resources. The fonts go into the HTML as base64
/// data: URIs, so Chromium embeds exactly these fonts in the PDF and printing needs no web server.
/// </summary>
internal static partial class Bronnen
{
    private static readonly Assembly Assembly = typeof(Bronnen).Assembly;

    public static string Css { get; } = Lees("Programmaplan.css");

    public static string Lettertypen { get; } = FontUrl().Replace(Lees("wwwroot.fonts.fonts.css"),
        m => $"url(data:font/woff2;base64,{Convert.ToBase64String(Bytes("fonts/" + m.Groups[1].Value))})");

    private static string Lees(string naam) => System.Text.Encoding.UTF8.GetString(Bytes(naam));

    private static byte[] Bytes(string naam)
    {
        using var stream = Assembly.GetManifestResourceStream(naam)
            ?? throw new InvalidOperationException($"Ingebedde bron '{naam}' ontbreekt in {Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    [GeneratedRegex(@"url\(\./([\w.-]+\.woff2)\)")]
    private static partial Regex FontUrl();
}
