using Microsoft.Playwright;
using ProgrammaPlanner.Core.Stand;
using ProgrammaPlanner.Core.Voortgang;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Documents.Voortgang;

/// <summary>
/// The charts of a voortgangsrapportage as PNG for the DOCX (Word shows SVG only with a bitmap beside it): every chart on one
/// page of the shared warm Chromium, one element screenshot each, at twice the size they are shown so they print sharp.
/// </summary>
public static class Grafiekbeelden
{
    /// <summary>The shown width in the DOCX, in pixels at 96 dpi (about 13 cm).</summary>
    public const int Breedte = 490;

    /// <summary>Per doelstelling id its chart as PNG; empty when the report has no doelstellingen.</summary>
    public static async Task<IReadOnlyDictionary<long, byte[]>> MaakAsync(PdfPrinter printer, GetVoortgangsrapportage.Rapportage r,
        CancellationToken ct)
    {
        var doelen = r.Stand.Speerpunten.SelectMany(s => s.Doelstellingen).ToList();
        if (doelen.Count == 0) return new Dictionary<long, byte[]>();
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#fff} div{width:" + 2 * Breedte +
                   "px} svg{width:100%;height:auto;display:block}</style></head><body>" +
                   string.Concat(doelen.Select(d => $"<div id=\"g{d.Id}\">{StandGrafiek.Svg(d, r.Stand.Jaren, $"g{d.Id}")}</div>")) + "</body></html>";
        return await printer.MetPaginaAsync(html, async page =>
        {
            var beelden = new Dictionary<long, byte[]>();
            foreach (var d in doelen)
                beelden[d.Id] = await page.Locator($"#g{d.Id}").ScreenshotAsync(new() { Type = ScreenshotType.Png });
            return beelden;
        }, ct);
    }
}
