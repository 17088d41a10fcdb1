using System.Globalization;
using System.Net;
using System.Text;
using ProgrammaPlanner.Core.Doelstellingen;

namespace ProgrammaPlanner.Core.Stand;

/// <summary>
/// A small chart of one indicator as self-contained SVG markup (no script, no outside fonts): the nulmeting as a diamond, the
/// streefwaarden as a dashed line with squares, the realisaties as dots with their value, nl-NL axis labels, a legend, and a
/// &lt;title&gt;/&lt;desc&gt; that says the same in words. Pure geometry, so the screen and the voortgangsrapportage draw the same chart.
/// </summary>
public static class StandGrafiek
{
    public sealed record Punt(int Jaar, decimal Waarde);

    public const int Breedte = 480, Hoogte = 250;
    private const double Links = 64, Rechts = 20, Boven = 26, Onder = 62;
    /// <summary>A white outline behind a value label, so a line through it does not hide it.</summary>
    private const string Halo = """stroke="#fff" stroke-width="3" paint-order="stroke" """;
    private const string KleurDoel = "#1565c0", KleurRealisatie = "#1b1b1b", KleurNul = "#6d4c41", KleurRaster = "#d0d7de";

    /// <summary>The chart of a doelstelling from <see cref="GetStand"/>; <paramref name="id"/> keeps title and desc ids unique on a page.</summary>
    public static string Svg(GetStand.Doelstelling d, IReadOnlyList<int> jaren, string id) =>
        Svg(d.IndicatorNaam, d.Eenheid,
            d.NulmetingWaarde is { } n && d.NulmetingJaar is { } nj ? new Punt(nj, n) : null,
            d.Streefwaarden.Select(s => new Punt(s.Jaar, s.Waarde)).ToList(),
            d.Jaren.Where(j => j.Realisatie is not null).Select(j => new Punt(j.Jaar, j.Realisatie!.Value)).ToList(),
            jaren, id);

    public static string Svg(string titel, string eenheid, Punt? nulmeting, IReadOnlyList<Punt> streefwaarden, IReadOnlyList<Punt> realisaties,
        IReadOnlyList<int> jaren, string id)
    {
        var alleJaren = jaren.Concat(streefwaarden.Select(p => p.Jaar)).Concat(realisaties.Select(p => p.Jaar))
            .Concat(nulmeting is null ? [] : [nulmeting.Jaar]).Distinct().Order().ToList();
        var waarden = streefwaarden.Concat(realisaties).Concat(nulmeting is null ? [] : [nulmeting]).Select(p => p.Waarde).ToList();
        var (min, max, stap) = Schaal(waarden);

        var x0 = alleJaren.Count > 0 ? alleJaren[0] : 0;
        var x1 = alleJaren.Count > 0 ? alleJaren[^1] : 1;
        double X(int jaar) => x0 == x1 ? Links + (Breedte - Links - Rechts) / 2 : Links + (jaar - x0) * (Breedte - Links - Rechts) / (x1 - x0);
        double Y(decimal w) => Boven + (double)((max - w) / (max - min)) * (Hoogte - Boven - Onder);
        var tId = Attr(id + "-titel");
        var dId = Attr(id + "-desc");

        var svg = new StringBuilder();
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Breedte} {Hoogte}" role="img" aria-labelledby="{tId} {dId}" """)
           .Append("""class="stand-grafiek" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="11">""")
           .Append($"""<title id="{tId}">{Tekst("Grafiek: " + titel)}</title>""")
           .Append($"""<desc id="{dId}">{Tekst(Beschrijving(eenheid, nulmeting, streefwaarden, realisaties))}</desc>""");

        // Raster and y-axis labels.
        if (eenheid.Trim().Length > 0)
            svg.Append($"""<text x="{F(Links - 8)}" y="{F(Boven - 12)}" text-anchor="end" fill="#333">{Tekst(eenheid.Trim())}</text>""");
        for (var w = min; w <= max; w += stap)
            svg.Append($"""<line x1="{F(Links)}" y1="{F(Y(w))}" x2="{F(Breedte - Rechts)}" y2="{F(Y(w))}" stroke="{KleurRaster}" stroke-width="1"/>""")
               .Append($"""<text x="{F(Links - 8)}" y="{F(Y(w) + 4)}" text-anchor="end" fill="#333">{Tekst(Opmaak.GetalAfgerond(w))}</text>""");
        foreach (var j in alleJaren)
            svg.Append($"""<text x="{F(X(j))}" y="{F(Hoogte - Onder + 16)}" text-anchor="middle" fill="#333">{j}</text>""");
        svg.Append($"""<line x1="{F(Links)}" y1="{F(Hoogte - Onder)}" x2="{F(Breedte - Rechts)}" y2="{F(Hoogte - Onder)}" stroke="#555" stroke-width="1"/>""");

        if (waarden.Count == 0)
            svg.Append($"""<text x="{F((Links + Breedte - Rechts) / 2)}" y="{F((Boven + Hoogte - Onder) / 2)}" text-anchor="middle" fill="#333">""")
               .Append("Nog geen nulmeting, streefwaarden of realisaties</text>");

        // Streefwaarden: a dashed line with squares.
        var doel = streefwaarden.OrderBy(p => p.Jaar).ToList();
        if (doel.Count > 1)
            svg.Append($"""<polyline points="{string.Join(" ", doel.Select(p => $"{F(X(p.Jaar))},{F(Y(p.Waarde))}"))}" fill="none" """)
               .Append($"""stroke="{KleurDoel}" stroke-width="2" stroke-dasharray="6 4"/>""");
        foreach (var p in doel)
            svg.Append($"""<rect x="{F(X(p.Jaar) - 4)}" y="{F(Y(p.Waarde) - 4)}" width="8" height="8" fill="#fff" stroke="{KleurDoel}" stroke-width="2"/>""");

        if (nulmeting is not null)
        {
            var (nx, ny) = (X(nulmeting.Jaar), Y(nulmeting.Waarde));
            svg.Append($"""<polygon points="{F(nx)},{F(ny - 6)} {F(nx + 6)},{F(ny)} {F(nx)},{F(ny + 6)} {F(nx - 6)},{F(ny)}" fill="{KleurNul}"/>""")
               .Append($"""<text x="{F(nx + 10)}" y="{F(ny + 4)}" {Halo} fill="{KleurNul}">{Tekst(Opmaak.GetalAfgerond(nulmeting.Waarde))}</text>""");
        }

        // Realisaties: dots with their value above.
        foreach (var p in realisaties.OrderBy(p => p.Jaar))
            svg.Append($"""<circle cx="{F(X(p.Jaar))}" cy="{F(Y(p.Waarde))}" r="5" fill="{KleurRealisatie}"/>""")
               .Append($"""<text x="{F(X(p.Jaar))}" y="{F(Y(p.Waarde) - 9)}" text-anchor="middle" fill="{KleurRealisatie}" font-weight="bold" {Halo}>""")
               .Append($"{Tekst(Opmaak.GetalAfgerond(p.Waarde))}</text>");

        // Legend.
        var ly = Hoogte - 16.0;
        svg.Append($"""<polygon points="{F(Links)},{F(ly - 6)} {F(Links + 6)},{F(ly)} {F(Links)},{F(ly + 6)} {F(Links - 6)},{F(ly)}" fill="{KleurNul}"/>""")
           .Append($"""<text x="{F(Links + 12)}" y="{F(ly + 4)}" fill="#333">Nulmeting</text>""")
           .Append($"""<line x1="{F(Links + 100)}" y1="{F(ly)}" x2="{F(Links + 128)}" y2="{F(ly)}" """)
           .Append($"""stroke="{KleurDoel}" stroke-width="2" stroke-dasharray="6 4"/>""")
           .Append($"""<rect x="{F(Links + 110)}" y="{F(ly - 4)}" width="8" height="8" fill="#fff" stroke="{KleurDoel}" stroke-width="2"/>""")
           .Append($"""<text x="{F(Links + 134)}" y="{F(ly + 4)}" fill="#333">Streefwaarde</text>""")
           .Append($"""<circle cx="{F(Links + 240)}" cy="{F(ly)}" r="5" fill="{KleurRealisatie}"/>""")
           .Append($"""<text x="{F(Links + 250)}" y="{F(ly + 4)}" fill="#333">Realisatie</text>""")
           .Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The chart of a doelstelling from <see cref="GetStand"/> in words.</summary>
    public static string Beschrijving(GetStand.Doelstelling d) =>
        Beschrijving(d.Eenheid, d.NulmetingWaarde is { } n && d.NulmetingJaar is { } nj ? new Punt(nj, n) : null,
            d.Streefwaarden.Select(s => new Punt(s.Jaar, s.Waarde)).ToList(),
            d.Jaren.Where(j => j.Realisatie is not null).Select(j => new Punt(j.Jaar, j.Realisatie!.Value)).ToList());

    /// <summary>The chart in words, for screen readers and as the text alternative next to it.</summary>
    public static string Beschrijving(string eenheid, Punt? nulmeting, IReadOnlyList<Punt> streefwaarden, IReadOnlyList<Punt> realisaties)
    {
        string Lijst(IEnumerable<Punt> punten) =>
            string.Join(", ", punten.OrderBy(p => p.Jaar).Select(p => $"{p.Jaar}: {Standregel.Waarde(p.Waarde, eenheid)}"));
        var delen = new List<string>
        {
            nulmeting is null ? "Geen nulmeting." : $"Nulmeting {nulmeting.Jaar}: {Standregel.Waarde(nulmeting.Waarde, eenheid)}.",
            streefwaarden.Count == 0 ? "Geen streefwaarden." : $"Streefwaarden {Lijst(streefwaarden)}.",
            realisaties.Count == 0 ? "Nog geen realisaties." : $"Realisaties {Lijst(realisaties)}.",
        };
        return string.Join(" ", delen);
    }

    /// <summary>A y-scale with round steps (1, 2, 2,5 or 5 × 10ⁿ) that holds every value, four or five lines.</summary>
    internal static (decimal Min, decimal Max, decimal Stap) Schaal(IReadOnlyList<decimal> waarden)
    {
        if (waarden.Count == 0) return (0, 100, 25);
        decimal lo = waarden.Min(), hi = waarden.Max();
        if (lo == hi)
        {
            var marge = lo == 0 ? 1 : Math.Abs(lo) * 0.1m;
            (lo, hi) = (lo - marge, hi + marge);
        }
        var ruw = (double)(hi - lo) / 4;
        var macht = Math.Pow(10, Math.Floor(Math.Log10(ruw)));
        var stap = (decimal)(new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * macht).First(s => s >= ruw));
        var min = Math.Floor(lo / stap) * stap;
        var max = Math.Ceiling(hi / stap) * stap;
        if (min == max) max = min + stap;
        // A point on the bottom axis would hide behind it and its label behind the years: one step of room, but not below zero.
        if (lo - min < stap / 4 && (lo < 0 || min - stap >= 0)) min -= stap;
        return (min, max, stap);
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    private static string Tekst(string s) => WebUtility.HtmlEncode(s);
    private static string Attr(string s) => WebUtility.HtmlEncode(s);
}
