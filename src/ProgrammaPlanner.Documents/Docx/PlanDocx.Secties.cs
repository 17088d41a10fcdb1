using ProgrammaPlanner.Core.Programmaplan;
using ProgrammaPlanner.Documents.Sections;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Docx;

/// <summary>
/// The chapters of the DOCX. They carry the same text as the HTML sections (a test compares them chapter by chapter):
/// introductions and captions from <see cref="Planteksten"/>, the same cells and small second lines, the roadmap as a table.
/// </summary>
public static partial class PlanDocx
{
    private static void Aanleiding(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        var p = plan.Programma;
        w.Kop(ind.Aanleiding);
        w.Kop3("Aanleiding");
        w.Alineas(p.Aanleiding);
        w.Kop3("Ambitie");
        w.Alineas(p.Ambitie);
        w.Kop3("Het programma in het kort");
        (string, string)[] leren = plan.Leren is { } l
            ? [("Verbondsgroepen", l.Groepen.Count.ToString(Opmaak.Nl)), ("Ontwikkelopgaven", l.Opgaven.Count.ToString(Opmaak.Nl))]
            : [];
        w.Kenmerken([("Gebied", Of(p.Gebied)), ("Looptijd", $"{p.Startjaar} – {p.Eindjaar}"), ("Fase", Opmaak.Hoofdletter(p.Fase)),
            ("Partners", plan.Partners.Count.ToString(Opmaak.Nl)), ("Speerpunten", string.Join(", ", plan.Speerpunten.Select(s => s.Naam))),
            ("Projecten", plan.Projecten.Count.ToString(Opmaak.Nl)), .. leren,
            ("Totale inzet", Financientabellen.Inzet(plan.Financien.TotaalEuro, plan.Financien.TotaalUren))]);
    }

    private static void Speerpunten(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Kop(ind.Speerpunten);
        w.Alinea(Planteksten.SpeerpuntenInleiding(plan), "Inleiding");
        for (var i = 0; i < plan.Speerpunten.Count; i++)
        {
            var s = plan.Speerpunten[i];
            w.Kop(ind.SpeerpuntKoppen[i]);
            w.Kop3("Analyse");
            w.Alineas(s.Analyse);
            w.Kop3("Meerjarige doelstellingen");
            if (s.Doelstellingen.Count == 0)
            {
                w.Alinea("Voor dit speerpunt zijn nog geen doelstellingen vastgelegd.", "Klein");
                continue;
            }
            // The same column widths in every doelstelling table; the years share what is left.
            var jaren = Planteksten.Streefjaren(s.Doelstellingen, plan.Programma.Jaren);
            var (doel, indicator, nulmeting) = (WordBuilder.Breedte * 40 / 100, WordBuilder.Breedte * 19 / 100, WordBuilder.Breedte * 12 / 100);
            var jaar = (WordBuilder.Breedte - doel - indicator - nulmeting) / jaren.Count;
            w.Bijschrift(Planteksten.DoelstellingenBijschrift(s));
            w.Tabel([doel, indicator, nulmeting, .. jaren.Select(_ => jaar)],
                [new("Doelstelling"), new("Indicator"), new("Nulmeting", Rechts: true), .. jaren.Select(j => new Cel(j.ToString(Opmaak.Nl), Rechts: true))],
                s.Doelstellingen.Select(d => (IReadOnlyList<Cel>)[
                    new(d.Naam, Vet: true, Toelichting: d.Omschrijving), new(Indicator(d)), new(Nulmeting(d), Rechts: true),
                    .. jaren.Select(j => new Cel(d.Streefwaarden.FirstOrDefault(x => x.Jaar == j) is { } sw ? Opmaak.Getal(sw.Waarde) : "–",
                        Rechts: true))]));
        }
    }

    private static void Projecten(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Kop(ind.Projecten);
        w.Alinea(Planteksten.ProjectenInleiding(plan), "Inleiding");
        for (var i = 0; i < plan.Projecten.Count; i++)
        {
            var p = plan.Projecten[i];
            w.Kop(ind.ProjectKoppen[i]);
            w.Kenmerken(("Doel", Of(p.Doel)), ("Trekker", p.Trekker), ("Partners", string.Join(", ", p.Partners)),
                ("Status", Opmaak.Hoofdletter(p.Status) + (p.Doorbraak ? " · doorbraakproject" : "")),
                ("Planning", $"{Opmaak.Datum(p.Startdatum)} tot en met {Opmaak.Datum(p.Einddatum)}"),
                ("Inzet", $"{Financientabellen.Inzet(p.TotaalEuro, p.TotaalUren)} (zie hoofdstuk Financiën)"),
                ("Draagt bij aan", p.Doelstellingen.Count > 0 ? string.Join("\n", p.Doelstellingen) : "–"));
            if (p.Mijlpalen.Count > 0)
            {
                w.Kop3("Mijlpalen");
                w.Tabel([1600, WordBuilder.Breedte - 3000, 1400], [new("Datum"), new("Mijlpaal"), new("Status")],
                    p.Mijlpalen.Select(m => (IReadOnlyList<Cel>)[new(Opmaak.DatumKort(m.Datum)), new(m.Titel), new(m.Status)]));
            }
            if (p.Risicos.Count > 0)
            {
                w.Kop3("Risico's");
                var risico = WordBuilder.Breedte * 38 / 100;
                w.Tabel([risico, 900, 900, WordBuilder.Breedte - 1800 - risico], [new("Risico"), new("Kans"), new("Impact"), new("Maatregel")],
                    p.Risicos.Select(r => (IReadOnlyList<Cel>)[new(r.Omschrijving), new(r.Kans), new(r.Impact), new(Of(r.Maatregel))]));
            }
        }
    }

    /// <summary>The roadmap as a table (a drawing would not be editable): per project its period and its mijlpalen with date and status.</summary>
    private static void Roadmap(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Kop(ind.Roadmap);
        var (van, tot) = Planteksten.RoadmapJaren(plan);
        w.Alinea($"Looptijd van de projecten van {van} tot en met {tot}. Per project de start, het einde en de mijlpalen met hun datum en status.",
            "Inleiding");
        if (plan.Projecten.Count == 0)
        {
            w.Alinea("Er zijn nog geen projecten.", "Klein");
            return;
        }
        w.Tabel([WordBuilder.Breedte - 7400, 1300, 1300, 4800], [new("Project"), new("Start"), new("Einde"), new("Mijlpalen")],
            plan.Projecten.Select(p => (IReadOnlyList<Cel>)[new(p.Naam, Vet: p.Doorbraak, Toelichting: p.Doorbraak ? "doorbraakproject" : ""),
                new(Opmaak.DatumKort(p.Startdatum)), new(Opmaak.DatumKort(p.Einddatum)),
                new(p.Mijlpalen.Count == 0 ? "–" : string.Join("\n", p.Mijlpalen.Select(m => $"{m.Titel} ({Opmaak.DatumKort(m.Datum)}, {m.Status})")))]));
    }

    private static void Samenwerking(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Kop(ind.Samenwerking);
        w.Kop(ind.Partners);
        var k = WordBuilder.Breedte / 5;
        w.Tabel([k, k, k, k, WordBuilder.Breedte - 4 * k], [new("Organisatie"), new("Soort"), new("Rol"), new("Contactpersoon"), new("Bestuurder")],
            plan.Partners.Select(p => (IReadOnlyList<Cel>)[new(p.Naam, Vet: true), new(p.Soort), new(p.Rol), new(Of(p.Contactpersoon), Toelichting: p.Email),
                new(Of(p.BestuurderNaam), Toelichting: p.BestuurderFunctie)]));
        w.Kop(ind.Basisvoorwaarden);
        if (plan.Basisvoorwaarden.Count == 0) w.Alinea("Er zijn nog geen basisvoorwaarden vastgelegd.", "Klein");
        else
        {
            w.Alinea("De partners houden zich aan deze afspraken over hoe zij samenwerken:", houdBijVolgende: true);
            w.Opsomming(plan.Basisvoorwaarden, genummerd: true);
        }
        w.Kop(ind.Governance);
        if (plan.Organen.Count == 0) w.Alinea("De governance is nog niet vastgelegd.", "Klein");
        foreach (var o in plan.Organen)
        {
            w.Kop3(o.Naam);
            w.Alineas(o.Mandaat, "(mandaat nog niet beschreven)");
            if (o.Leden.Count > 0)
            {
                var lid = WordBuilder.Breedte * 35 / 100;
                w.Tabel([lid, lid, WordBuilder.Breedte - 2 * lid], [new("Lid"), new("Functie"), new("Namens")],
                    o.Leden.Select(l => (IReadOnlyList<Cel>)[new(l.Naam), new(Of(l.Functie)), new(Of(l.Partner ?? ""))]));
            }
        }
        w.Kop(ind.Rolverdeling);
        if (plan.Projecten.Count == 0)
        {
            w.Alinea("Er zijn nog geen projecten.", "Klein"); // as the roadmap: no legend and no table with a head only
            return;
        }
        w.Alinea("Per project staat welke partner trekker (T) is en welke partners deelnemen (D). De kolommen zijn de partners:", houdBijVolgende: true);
        w.Opsomming(plan.Partners.Select(p => p.Naam), genummerd: true);
        var partnerBreedte = Math.Min(500, (WordBuilder.Breedte - 2800) / Math.Max(1, plan.Partners.Count));
        w.Tabel([WordBuilder.Breedte - partnerBreedte * plan.Partners.Count, .. plan.Partners.Select(_ => partnerBreedte)],
            [new("Project"), .. plan.Partners.Select((_, i) => new Cel((i + 1).ToString(Opmaak.Nl)))],
            plan.Projecten.Select(p => (IReadOnlyList<Cel>)[new(p.Naam),
                .. plan.Partners.Select(x => new Cel(p.TrekkerId == x.Id ? "T" : p.Partners.Contains(x.Naam) ? "D" : ""))]));
    }

    private static void Leren(WordBuilder w, Plan.Leeraanpak leren, Indeling ind)
    {
        w.Kop(ind.Leren!);
        w.Alinea(Planteksten.LerenInleiding(leren), "Inleiding");
        if (ind.Verbondsgroepen is { } groepen)
        {
            w.Kop(groepen);
            w.Bijschrift(Planteksten.VerbondsgroepenBijschrift);
            var k = WordBuilder.Breedte / 6;
            w.Tabel([k, k, 2 * k, k, WordBuilder.Breedte - 5 * k],
                [new("Verbondsgroep"), new("Buurt"), new("Samenstelling"), new("Aanjager"), new("Maatwerkbudget", Rechts: true)],
                leren.Groepen.Select(g => (IReadOnlyList<Cel>)[new(g.Naam, Vet: true), new(Of(g.Buurt)),
                    new(Of(g.Samenstelling), Toelichting: string.Join(", ", g.Organisaties)), new(Of(g.Aanjager)),
                    new(g.Maatwerkbudget is { } b ? Opmaak.Bedrag(b) : "–", Rechts: true)]));
            if (Planteksten.Maatwerkplafond(leren) is { } plafond) w.Alinea(plafond);
        }
        if (ind.Ontwikkelopgaven is not { } opgaven) return;
        w.Kop(opgaven);
        foreach (var o in leren.Opgaven)
        {
            w.Kop3(o.Titel);
            w.Kenmerken([.. Planteksten.OpgaveKenmerken(o)]);
            w.Kop4("Vraag");
            w.Alineas(o.Vraag);
            if (o.Bevindingen.Length > 0)
            {
                w.Kop4("Bevindingen");
                w.Alineas(o.Bevindingen);
            }
            if (o.Aanbeveling.Length == 0) continue;
            w.Kop4("Aanbeveling");
            w.Alineas(o.Aanbeveling);
        }
    }

    private static void Monitoring(WordBuilder w, Plan.Programmaplan plan, Indeling ind)
    {
        w.Kop(ind.Monitoring);
        w.Alinea(Planteksten.MonitoringInleiding, "Inleiding");
        var (doel, indicator, bron, rest) = (WordBuilder.Breedte * 30 / 100, WordBuilder.Breedte * 22 / 100, WordBuilder.Breedte * 22 / 100,
            WordBuilder.Breedte * 13 / 100);
        w.Bijschrift(Planteksten.MonitoringBijschrift);
        w.Tabel([doel, indicator, bron, rest, WordBuilder.Breedte - doel - indicator - bron - rest],
            [new("Doelstelling"), new("Indicator"), new("Bron"), new("Frequentie"), new("Nulmeting", Rechts: true)],
            plan.Speerpunten.SelectMany(s => s.Doelstellingen.Select(d => (IReadOnlyList<Cel>)[
                new(d.Naam), new(Indicator(d)), new(Of(d.IndicatorBron)), new(d.Meetfrequentie), new(Nulmeting(d), Rechts: true)])
                .Prepend([new(s.Naam, Vet: true, Vulling: "E8EEF5")])));
        if (!Realisatiestand.Toon(plan)) return;
        var jaren = plan.Programma.Jaren;
        var kolom = WordBuilder.Breedte / (jaren.Count + 3);
        doel = 2 * kolom;
        w.Bijschrift(Planteksten.RealisatiesBijschrift);
        w.Tabel([doel, .. jaren.Select(_ => kolom), WordBuilder.Breedte - doel - kolom * jaren.Count],
            [new("Doelstelling"), .. jaren.Select(j => new Cel(j.ToString(Opmaak.Nl), Rechts: true)), new("Stand")],
            Realisatiestand.Rijen(plan).Select(r => (IReadOnlyList<Cel>)
                [new(r.Doelstelling), .. r.PerJaar.Select(x => new Cel(x, Rechts: true)), new(r.Stand)]));
        var wijken = Realisatiestand.Wijken(plan);
        if (wijken.Count == 0) return;
        var wijk = (WordBuilder.Breedte - doel - 800) / wijken.Count;
        w.Bijschrift(Planteksten.WijkenBijschrift);
        w.Tabel([doel, 800, .. wijken.Select(_ => wijk)],
            [new("Doelstelling"), new("Jaar", Rechts: true), .. wijken.Select(x => new Cel(x, Rechts: true))],
            Realisatiestand.WijkRijen(plan).Select(r => (IReadOnlyList<Cel>)
                [new(r.Doelstelling), new(r.Jaar.ToString(Opmaak.Nl), Rechts: true), .. r.PerWijk.Select(x => new Cel(x, Rechts: true))]));
    }

    /// <summary>Each partner's signature block is one unit that never splits across pages (<see cref="WordBuilder.Blok"/>).</summary>
    private static void Ondertekening(WordBuilder w, Plan.Programmaplan plan, PlanOpties opties, Indeling ind)
    {
        w.Kop(ind.Ondertekening);
        w.Alinea($"Aldus overeengekomen en ondertekend door de bestuurders van de partners in het programma {plan.Programma.Naam}, "
            + $"op basis van het programmaplan ({opties.Versie}).");
        if (Planteksten.NietTekenend(plan) is { } nietTekenend) w.Alinea(nietTekenend);
        if (opties.Besluitvraag is { } vraag) w.Alinea(vraag, vet: true);
        foreach (var p in Planteksten.Tekenaars(plan))
        {
            var g = opties.Goedkeuringen.FirstOrDefault(x => x.PartnerId == p.Id);
            w.Blok(b =>
            {
                b.Kop3(p.Naam);
                b.Kenmerken(("Naam", p.BestuurderNaam), ("Functie", p.BestuurderFunctie), ("Plaats", p.Plaats),
                    ("Datum", g is null ? "" : Opmaak.Datum(g.Datum)), ("Handtekening", "\n\n______________________________"));
                if (g is not null)
                    b.Alinea($"{Opmaak.Hoofdletter(g.Besluit)} {g.Wijze} door {g.Door} op {Opmaak.Datum(g.Datum)}."
                        + (g.Opmerking.Length > 0 ? $" “{g.Opmerking}”" : ""));
            });
        }
    }

    private static string Indicator(Plan.Doelstelling d) =>
        d.IndicatorNaam + (d.IndicatorEenheid.Length > 0 ? $" ({d.IndicatorEenheid})" : "") + (d.HogerIsBeter ? ", hoger is beter" : ", lager is beter");

    private static string Nulmeting(Plan.Doelstelling d) =>
        Opmaak.Getal(d.NulmetingWaarde) + (d.NulmetingJaar is { } j ? $" ({j})" : "");
}
