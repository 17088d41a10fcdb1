using DocumentFormat.OpenXml.Wordprocessing;
using ProgrammaPlanner.Documents.Sections;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Docx;

public static partial class PlanDocx
{
    /// <summary>The Financiën chapter with the same sentences and table cells as the HTML (both from <see cref="Financientabellen"/>).</summary>
    private static void Financien(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        var f = plan.Financien;
        w.Kop(ind.Financien);
        w.Alinea(Financientabellen.Inleiding(f));
        if (ind.Dekking is { } dekking)
        {
            w.Kop(dekking);
            Tabel(w, Financientabellen.PerBron(f));
            Tabel(w, Financientabellen.PerFinancier(f));
            w.Alinea(Financientabellen.FinancierRegel, "Klein");
        }
        w.Kop(ind.InzetPerPartner);
        Tabel(w, Financientabellen.InzetPerPartner(f));
        w.Kop(ind.InzetPerProject);
        Tabel(w, Financientabellen.InzetPerProject(f));
        if (ind.UrenEnTarieven is { } uren)
        {
            w.Kop(uren);
            Tabel(w, Financientabellen.UrenPerJaar(plan));
        }
    }

    /// <summary>
    /// The caption kept with the table; each figure column as wide as its longest text (so "€ 1.272.250,75" and "niet gewaardeerd"
    /// stay on one line), the name column the rest; every row kept with the next, so a table that fits on a page is never split.
    /// </summary>
    private static void Tabel(WordBuilder w, Financientabel t)
    {
        w.Alinea(t.Bijschrift, "Klein", vet: true).ParagraphProperties!.Append(new KeepNext());
        List<IReadOnlyList<string>> rijen = [t.Kop, .. t.Rows.Select(r => (IReadOnlyList<string>)[r.Naam, .. r.Cellen]),
            .. t.Totaal is { } x ? [(IReadOnlyList<string>)[x.Naam, .. x.Cellen]] : Array.Empty<IReadOnlyList<string>>()];
        var cijfers = Enumerable.Range(1, t.Kop.Count - 1).Select(i => 240 + 105 * rijen.Max(r => r[i].Length)).ToList();
        var naam = Math.Max(2000, WordBuilder.Breedte - cijfers.Sum());
        var schaal = (double)(WordBuilder.Breedte - naam) / cijfers.Sum();
        var kolommen = cijfers.Select(c => (int)(c * schaal)).ToList();
        static IReadOnlyList<Cel> Row(Financientabel.Row r) => [new(r.Naam), .. r.Cellen.Select(c => new Cel(c, Rechts: true))];
        w.Tabel([WordBuilder.Breedte - kolommen.Sum(), .. kolommen],
            [new(t.Kop[0]), .. t.Kop.Skip(1).Select(k => new Cel(k, Rechts: true))],
            t.Rows.Select(Row), t.Totaal is { } totaal ? Row(totaal) : null);
        var tabel = w.Doel.Elements<Table>().Last();
        foreach (var rij in tabel.Elements<TableRow>().SkipLast(1))
            foreach (var alinea in rij.Descendants<Paragraph>())
                if (alinea.ParagraphProperties is { } pPr && pPr.GetFirstChild<KeepNext>() is null) pPr.PrependChild(new KeepNext());
    }
}
