using ProgrammaPlanner.Documents.Pdf;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents;

/// <summary>
/// The programmaplan as PDF with a correct inhoudsopgave. Chromium cannot count pages for us, so: print with
/// placeholder page numbers ("00"), read each heading's page back from the PDF's outline, write the numbers
/// into the inhoudsopgave of the same open page and print again; if a number moved the layout, once more.
/// </summary>
public sealed class PlanPdf(PlanHtml html, PdfPrinter printer)
{
    private const int MaxAfdrukken = 3;

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
        var pdf = await printer.MetPaginaAsync(document, async page =>
        {
            var afdruk = await PdfPrinter.PdfAsync(page);
            IReadOnlyDictionary<string, int>? ingevuld = null;
            for (var keer = 1; keer < MaxAfdrukken; keer++)
            {
                var gevonden = Paginering.Lees(afdruk, koppen);
                if (ingevuld is not null && Gelijk(gevonden, ingevuld)) break; // the numbers stayed put
                ingevuld = gevonden;
                ct.ThrowIfCancellationRequested();
                await page.EvaluateAsync(VulIn, gevonden);
                afdruk = await PdfPrinter.PdfAsync(page);
            }
            return afdruk;
        }, ct);
        return PdfInfo.VulAan(pdf, $"Programmaplan {plan.Programma.Naam}", Auteur(plan), $"{opties.Versie} ({opties.Status})", DateTimeOffset.Now);
    }

    /// <summary>The penvoerder speaks for the coalition; otherwise all partners together.</summary>
    public static string Auteur(Plan.Programmaplan plan) =>
        plan.Partners.FirstOrDefault(x => x.Rol == "penvoerder")?.Naam ?? string.Join(", ", plan.Partners.Select(x => x.Naam));

    private static bool Gelijk(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var p) && p == x.Value);
}
