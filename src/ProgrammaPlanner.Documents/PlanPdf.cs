using ProgrammaPlanner.Documents.Pdf;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents;

/// <summary>
/// The programmaplan as PDF with a correct inhoudsopgave. Chromium cannot count pages for us, so: a quick untagged
/// print with placeholder page numbers ("00") to find the page of each heading, write the numbers into the
/// inhoudsopgave of the same open page, and print the real (tagged) PDF; if a number moved the layout, once more.
/// </summary>
public sealed class PlanPdf(PlanHtml html, PdfPrinter printer)
{
    /// <summary>Real prints at most: a second one only when filling in the numbers moved a heading to another page.</summary>
    private const int MaxAfdrukken = 2;

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
        IReadOnlyDictionary<string, int> paginas = new Dictionary<string, int>();
        var pdf = await printer.MetPaginaAsync(document, async page =>
        {
            paginas = Pagination.Lees(await PdfPrinter.ProefAsync(page), koppen);
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
