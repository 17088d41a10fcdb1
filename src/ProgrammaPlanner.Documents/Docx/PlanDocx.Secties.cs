using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Documents.Sections;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Docx;

public static partial class PlanDocx
{
    private static void Aanleiding(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Kop(ind.Aanleiding);
        w.Kop3("Aanleiding");
        w.Alineas(plan.Programma.Aanleiding);
        w.Kop3("Ambitie");
        w.Alineas(plan.Programma.Ambitie);
    }

    private static void Speerpunten(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Paginaeinde();
        w.Kop(ind.Speerpunten);
        var jaren = plan.Programma.Jaren;
        var jaarBreedte = 1100;
        var rest = WordBuilder.Breedte - jaren.Count * jaarBreedte - 1300;
        for (var i = 0; i < plan.Speerpunten.Count; i++)
        {
            var s = plan.Speerpunten[i];
            w.Kop(ind.SpeerpuntKoppen[i]);
            w.Kop3("Analyse");
            w.Alineas(s.Analyse);
            w.Kop3("Meerjarige doelstellingen");
            w.Tabel([rest / 2, rest - rest / 2, 1300, .. jaren.Select(_ => jaarBreedte)],
                [new("Doelstelling"), new("Indicator"), new("Nulmeting", Rechts: true), .. jaren.Select(j => new Cel(j.ToString(), Rechts: true))],
                s.Doelstellingen.Select(d => (IReadOnlyList<Cel>)[
                    new(d.Naam, Vet: true), new(Indicator(d)), new(Nulmeting(d), Rechts: true),
                    .. jaren.Select(j => new Cel(d.Streefwaarden.FirstOrDefault(x => x.Jaar == j) is { } sw ? Opmaak.Getal(sw.Waarde) : "–",
                        Rechts: true))]));
        }
    }

    private static void Projecten(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Paginaeinde();
        w.Kop(ind.Projecten);
        for (var i = 0; i < plan.Projecten.Count; i++)
        {
            var p = plan.Projecten[i];
            w.Kop(ind.ProjectKoppen[i]);
            w.Kenmerken(("Doel", Of(p.Doel)), ("Trekker", p.Trekker), ("Partners", string.Join(", ", p.Partners)),
                ("Status", Opmaak.Hoofdletter(p.Status) + (p.Doorbraak ? " · doorbraakproject" : "")),
                ("Planning", $"{Opmaak.Datum(p.Startdatum)} tot en met {Opmaak.Datum(p.Einddatum)}"),
                ("Inzet", $"{Opmaak.Geld(p.TotaalEuro)} en {Opmaak.Uren(p.TotaalUren)} uur"),
                ("Draagt bij aan", p.Doelstellingen.Count > 0 ? string.Join("; ", p.Doelstellingen) : "–"));
            if (p.Mijlpalen.Count > 0)
            {
                w.Kop3("Mijlpalen");
                w.Tabel([1600, WordBuilder.Breedte - 3200, 1600], [new("Datum"), new("Mijlpaal"), new("Status")],
                    p.Mijlpalen.Select(m => (IReadOnlyList<Cel>)[new(Opmaak.DatumKort(m.Datum)), new(m.Titel), new(m.Status)]));
            }
            if (p.Risicos.Count > 0)
            {
                w.Kop3("Risico's");
                var kolom = (WordBuilder.Breedte - 1800) / 2;
                w.Tabel([kolom, 900, 900, WordBuilder.Breedte - 1800 - kolom], [new("Risico"), new("Kans"), new("Impact"), new("Maatregel")],
                    p.Risicos.Select(r => (IReadOnlyList<Cel>)[new(r.Omschrijving), new(r.Kans), new(r.Impact), new(Of(r.Maatregel))]));
            }
        }
    }

    private static void Samenwerking(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Paginaeinde();
        w.Kop(ind.Roadmap);
        w.Tabel([WordBuilder.Breedte - 5000, 1700, 1700, 1600], [new("Project"), new("Start"), new("Einde"), new("Mijlpalen", Rechts: true)],
            plan.Projecten.Select(p => (IReadOnlyList<Cel>)[new(p.Naam), new(Opmaak.DatumKort(p.Startdatum)), new(Opmaak.DatumKort(p.Einddatum)),
                new(p.Mijlpalen.Count.ToString(), Rechts: true)]));
        w.Paginaeinde();
        w.Kop(ind.Samenwerking);
        w.Kop(ind.Partners);
        var k = WordBuilder.Breedte / 5;
        w.Tabel([k, k, k, k, WordBuilder.Breedte - 4 * k], [new("Organisatie"), new("Soort"), new("Rol"), new("Contactpersoon"), new("Bestuurder")],
            plan.Partners.Select(p => (IReadOnlyList<Cel>)[new(p.Naam, Vet: true), new(p.Soort), new(p.Rol), new(Of(p.Contactpersoon)),
                new(Of($"{p.BestuurderNaam}, {p.BestuurderFunctie}".Trim(' ', ',')))]));
        w.Kop(ind.Basisvoorwaarden);
        w.Opsomming(plan.Basisvoorwaarden, genummerd: true);
        w.Kop(ind.Governance);
        foreach (var o in plan.Organen)
        {
            w.Kop3(o.Naam);
            w.Alineas(o.Mandaat, "(mandaat nog niet beschreven)");
            if (o.Leden.Count > 0)
                w.Tabel([k * 2, k * 2, WordBuilder.Breedte - 4 * k], [new("Lid"), new("Functie"), new("Namens")],
                    o.Leden.Select(l => (IReadOnlyList<Cel>)[new(l.Naam), new(Of(l.Functie)), new(Of(l.Partner ?? ""))]));
        }
        w.Kop(ind.Rolverdeling);
        w.Alinea("Per project staat welke partner trekker (T) is en welke partners deelnemen (D). De kolommen zijn de partners:");
        w.Opsomming(plan.Partners.Select(p => p.Naam), genummerd: true);
        var partnerBreedte = Math.Min(500, (WordBuilder.Breedte - 2800) / Math.Max(1, plan.Partners.Count));
        w.Tabel([WordBuilder.Breedte - partnerBreedte * plan.Partners.Count, .. plan.Partners.Select(_ => partnerBreedte)],
            [new("Project"), .. plan.Partners.Select((_, i) => new Cel((i + 1).ToString()))],
            plan.Projecten.Select(p => (IReadOnlyList<Cel>)[new(p.Naam),
                .. plan.Partners.Select(x => new Cel(p.TrekkerId == x.Id ? "T" : p.Partners.Contains(x.Naam) ? "D" : ""))]));
    }

    private static void Monitoring(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Paginaeinde();
        w.Kop(ind.Monitoring);
        var k = WordBuilder.Breedte / 5;
        w.Tabel([k, k, k, k, WordBuilder.Breedte - 4 * k], [new("Doelstelling"), new("Indicator"), new("Bron"), new("Frequentie"), new("Nulmeting",
            Rechts: true)],
            plan.Speerpunten.SelectMany(s => s.Doelstellingen).Select(d => (IReadOnlyList<Cel>)[
                new(d.Naam), new(Indicator(d)), new(Of(d.IndicatorBron)), new(d.Meetfrequentie), new(Nulmeting(d), Rechts: true)]));
        if (!Realisatiestand.Toon(plan)) return;
        w.Alinea("Realisaties tot nu toe (tussen haakjes de streefwaarde van dat jaar)", vet: true);
        var jaren = plan.Programma.Jaren;
        var kolom = WordBuilder.Breedte / (jaren.Count + 3);
        w.Tabel([kolom * 2, .. jaren.Select(_ => kolom), WordBuilder.Breedte - kolom * (jaren.Count + 2)],
            [new("Doelstelling"), .. jaren.Select(j => new Cel(j.ToString(Opmaak.Nl), Rechts: true)), new("Stand")],
            Realisatiestand.Rijen(plan).Select(r => (IReadOnlyList<Cel>)
                [new(r.Doelstelling), .. r.PerJaar.Select(x => new Cel(x, Rechts: true)), new(r.Stand)]));
    }

    private static void Ondertekening(WordBuilder w, Plan.Programmaplan plan, PlanOpties opties, Indeling ind)
    {
        w.Paginaeinde();
        w.Kop(ind.Ondertekening);
        w.Alinea($"Aldus overeengekomen en ondertekend door de bestuurders van de partners in het programma {plan.Programma.Naam}, "
            + $"op basis van het programmaplan ({opties.Versie}).");
        if (opties.Besluitvraag is { } vraag) w.Alinea(vraag, vet: true);
        foreach (var p in plan.Partners)
        {
            var g = opties.Goedkeuringen.FirstOrDefault(x => x.PartnerId == p.Id);
            w.Kop3(p.Naam);
            w.Kenmerken(("Naam", p.BestuurderNaam), ("Functie", p.BestuurderFunctie), ("Plaats", p.Plaats), ("Datum", g is null ? "" : Opmaak.Datum(g.Datum)),
                ("Handtekening", "______________________________"));
            if (g is not null)
                w.Alinea($"{Opmaak.Hoofdletter(g.Besluit)} {g.Wijze} door {g.Door} op {Opmaak.Datum(g.Datum)}."
                    + (g.Opmerking.Length > 0 ? $" “{g.Opmerking}”" : ""));
        }
    }

    private static string Indicator(Plan.Doelstelling d) =>
        d.IndicatorNaam + (d.IndicatorEenheid.Length > 0 ? $" ({d.IndicatorEenheid})" : "") + (d.HogerIsBeter ? ", hoger is beter" : ", lager is beter");

    private static string Nulmeting(Plan.Doelstelling d) =>
        Opmaak.Getal(d.NulmetingWaarde) + (d.NulmetingJaar is { } j ? $" ({j})" : "");
}
