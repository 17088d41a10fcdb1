using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ProgrammaPlanner.Documents.Pdf;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents;

/// <summary>
/// The programmaplan as PDF with a correct inhoudsopgave. Chromium cannot count pages for us, so: a quick print with
/// placeholder page numbers ("00") and nothing painted (<see cref="PdfPrinter.ProefAsync"/>) to find the page of each
/// heading, write the numbers into the inhoudsopgave of the same open page, and print the real (tagged) PDF; if a
/// number moved the layout, once more. The pages found are kept for the same HTML: the same plan exported again (a
/// second download, the version page) needs no measuring print, and the real print is checked all the same (its
/// headings are read back, and a difference prints again), so a kept number can never end up wrong in a PDF.
/// </summary>
public sealed class PlanPdf(PlanHtml html, PdfPrinter printer)
{
    /// <summary>Real prints at most: a second one only when filling in the numbers moved a heading to another page.</summary>
    private const int MaxAfdrukken = 2;

    /// <summary>Heading pages per HTML (SHA-256): a few dozen plans' worth, emptied when full.</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> _bekend = new();
    private const int MaxBekend = 64;

    private const string VulIn = """
        paginas => document.querySelectorAll('.toc .pagina[data-kop]').forEach(el => {
            el.textContent = paginas[el.dataset.kop] ?? '–';
        })
        """;

    public async Task<byte[]> MaakAsync(Plan.Programmaplan plan, PlanOpties opties, CancellationToken ct = default, Verslag.PlanBijlage? bijlage = null,
        Wijzigingen.WijzigingenBijlage? wijzigingen = null)
    {
        var koppen = Indeling.Van(plan, wijzigingen, bijlage).Alle;
        var document = await html.RenderAsync(plan, opties, bijlage, wijzigingen);
        var sleutel = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
        IReadOnlyDictionary<string, int> paginas = new Dictionary<string, int>();
        var pdf = await printer.MetPaginaAsync(document, async page =>
        {
            paginas = _bekend.TryGetValue(sleutel, out var bekend) ? bekend : Pagination.Lees(await PdfPrinter.ProefAsync(page), koppen);
            byte[] afdruk = [];
            for (var keer = 0; keer < MaxAfdrukken; keer++)
            {
                ct.ThrowIfCancellationRequested();
                await page.EvaluateAsync(VulIn, paginas);
                afdruk = await PdfPrinter.PdfAsync(page);
                var nu = Pagination.Lees(afdruk, koppen);
                if (Gelijk(nu, paginas)) break; // the numbers stayed put
                paginas = nu;
            }
            return afdruk;
        }, ct);
        if (_bekend.Count >= MaxBekend) _bekend.Clear();
        _bekend[sleutel] = paginas;
        var teksten = koppen.ToDictionary(k => k.Id, k => paginas.TryGetValue(k.Id, out var p) ? $"Ga naar {k.Tekst}, pagina {p}" : $"Ga naar {k.Tekst}");
        return PdfInfo.VulAan(pdf, $"Programmaplan {plan.Programma.Naam}", Auteur(plan), $"{opties.Versie} ({opties.Status})", DateTimeOffset.Now,
            id => teksten.GetValueOrDefault(id));
    }

    /// <summary>The penvoerder speaks for the coalition; otherwise all partners together.</summary>
    public static string Auteur(Plan.Programmaplan plan) =>
        plan.Partners.FirstOrDefault(x => x.Rol == "penvoerder")?.Naam ?? string.Join(", ", plan.Partners.Select(x => x.Naam));

    private static bool Gelijk(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var p) && p == x.Value);
}
