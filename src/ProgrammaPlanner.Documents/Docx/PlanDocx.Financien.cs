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
        w.Paginaeinde();
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

    /// <summary>The caption kept with the table, the name column as wide as the figures leave, the figures right-aligned.</summary>
    private static void Tabel(WordBuilder w, Financientabel t)
    {
        w.Alinea(t.Bijschrift, "Klein", vet: true).ParagraphProperties!.Append(new KeepNext());
        var cijfers = t.Kop.Count - 1;
        var breedte = Math.Min(1500, (WordBuilder.Breedte - 2200) / Math.Max(1, cijfers));
        static IReadOnlyList<Cel> Rij(Financientabel.Rij r) => [new(r.Naam), .. r.Cellen.Select(c => new Cel(c, Rechts: true))];
        w.Tabel([WordBuilder.Breedte - cijfers * breedte, .. Enumerable.Repeat(breedte, cijfers)],
            [new(t.Kop[0]), .. t.Kop.Skip(1).Select(k => new Cel(k, Rechts: true))],
            t.Rijen.Select(Rij), t.Totaal is { } totaal ? Rij(totaal) : null);
    }
}
