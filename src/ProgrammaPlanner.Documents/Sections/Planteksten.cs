using ProgrammaPlanner.Core.Hoofdstukken;
using ProgrammaPlanner.Core.Planversies;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Sections;

/// <summary>
/// Sentences and choices the HTML sections and the DOCX share, so both formats carry the same text: chapter
/// introductions, table captions, and which streefwaarde years a doelstelling table shows.
/// </summary>
public static class Planteksten
{
    public static string SpeerpuntenInleiding(Plan.Programmaplan plan) =>
        $"Het programma richt zich op {Aantal(plan.Speerpunten.Count, "speerpunt", "speerpunten")}. Per speerpunt staan hieronder de analyse "
        + "en de meerjarige doelstellingen, met indicator, nulmeting en streefwaarde per jaar.";

    public static string ProjectenInleiding(Plan.Programmaplan plan) => plan.Projecten.Count == 0
        ? "De partners voeren nog geen projecten uit." // a learning coalition may work through its groups only
        : $"De partners voeren samen {Aantal(plan.Projecten.Count, "project", "projecten")} uit. Per project: doel, trekker en partners, de "
        + "doelstellingen waaraan het bijdraagt, planning en mijlpalen, en risico's.";

    public static string LerenInleiding(Plan.Leeraanpak leren)
    {
        var delen = new List<string>();
        if (leren.Groepen.Count > 0) delen.Add($"werken in {Aantal(leren.Groepen.Count, "Verbondsgroep", "Verbondsgroepen")} samen met bewoners");
        if (leren.Opgaven.Count > 0) delen.Add($"onderzoeken {Aantal(leren.Opgaven.Count, "ontwikkelopgave", "ontwikkelopgaven")}");
        var verhalen = leren.Verhalen == 0 ? ""
            : $" Tot nu toe {(leren.Verhalen == 1 ? "is" : "zijn")} {Aantal(leren.Verhalen, "verhaal", "verhalen")} van bewoners en professionals opgetekend.";
        return $"De professionals {string.Join(" en ", delen)}.{verhalen}";
    }

    /// <summary>The maatwerk rule the boards agree to; null when no ceiling is set.</summary>
    public static string? Maatwerkplafond(Plan.Leeraanpak leren) => leren.PlafondPerCasus is { } p
        ? $"Een Verbondsgroep besluit zelf over maatwerk tot {Opmaak.Bedrag(p)} per casus; daarboven beslist een tweede persoon mee."
        : null;

    public const string VerbondsgroepenBijschrift = "Verbondsgroepen: buurt, samenstelling, aanjager en maatwerkbudget";

    /// <summary>An ontwikkelopgave's facts that are known: terrein, group, status and how many stories inform it.</summary>
    public static IReadOnlyList<(string Naam, string Waarde)> OpgaveKenmerken(Plan.Ontwikkelopgave o) => new[]
    {
        ("Terrein", o.Terrein), ("Verbondsgroep", o.Groep), ("Status", Opmaak.Hoofdletter(o.Status)),
        ("Verhalen", o.Verhalen > 0 ? o.Verhalen.ToString(Opmaak.Nl) : ""),
    }.Where(x => x.Item2.Length > 0).ToList();

    /// <summary>The partners whose board signs: a signature card each (see <see cref="Core.PartnerRol.Tekent"/>).</summary>
    public static IReadOnlyList<Plan.Partner> Tekenaars(Plan.Programmaplan plan) => plan.Partners.Where(p => p.Tekent).ToList();

    /// <summary>"X (financier) en Y (adviseur) tekenen niet mee."; null when every partner signs.</summary>
    public static string? NietTekenend(Plan.Programmaplan plan) => Core.Planversies.Tekenaars.NietTekenend(plan);

    public const string MonitoringInleiding =
        "De stuurgroep volgt de voortgang op deze indicatoren. De meetfrequentie bepaalt wanneer een nieuwe meting in de rapportage staat.";

    public static string DoelstellingenBijschrift(Plan.Speerpunt s) => $"Doelstellingen van {s.Naam}; streefwaarden per jaar";

    public const string MonitoringBijschrift = "Indicatoren per doelstelling: bron, meetfrequentie en nulmeting";

    public const string RealisatiesBijschrift = "Realisaties tot nu toe (tussen haakjes de streefwaarde van dat jaar)";

    public const string WijkenBijschrift = "Realisaties per wijk: de laatste meting per doelstelling";

    /// <summary>The first and last year of the roadmap: the programme's years, widened to every project's dates.</summary>
    public static (int Van, int Tot) RoadmapJaren(Plan.Programmaplan plan) =>
        (plan.Projecten.Select(p => p.Startdatum.Year).Append(plan.Programma.Startjaar).Min(),
         plan.Projecten.Select(p => p.Einddatum.Year).Append(plan.Programma.Eindjaar).Max());

    /// <summary>
    /// The years a doelstelling table shows as streefwaarde columns: the programme's years, without the first when
    /// that column only repeats the nulmeting (every doelstelling measured its nulmeting in that year and sets no other
    /// target for it): the nulmeting column already says it.
    /// </summary>
    public static IReadOnlyList<int> Streefjaren(IReadOnlyList<Plan.Doelstelling> doelstellingen, IReadOnlyList<int> jaren)
    {
        if (jaren.Count < 2 || doelstellingen.Count == 0) return jaren;
        var eerste = jaren[0];
        var herhaalt = doelstellingen.All(d => d.NulmetingJaar == eerste
            && (d.Streefwaarden.FirstOrDefault(s => s.Jaar == eerste)?.Waarde is not { } streef || streef == d.NulmetingWaarde));
        return herhaalt ? jaren.Skip(1).ToList() : jaren;
    }

    /// <summary>The samenvatting's decision asked of the boards, shown apart in a box; null when not filled.</summary>
    public static string? GevraagdBesluit(Planhoofdstuk h) =>
        h.Soort == Hoofdstuksoort.Samenvatting && h.Geschreven?.Veld("besluit") is { Length: > 0 } besluit ? besluit : null;

    /// <summary>
    /// The label/value lines of a written chapter (its filled fields, the besluit apart); the colofon adds which copy this is
    /// and, once vastgesteld, by whom and when.
    /// </summary>
    public static IReadOnlyList<(string Label, string Waarde)> Kenmerken(Planhoofdstuk h, Plan.Programmaplan plan, PlanOpties opties)
    {
        if (h.Geschreven is not { } g || Hoofdstuksoort.Van(h.Soort) is not { } soort) return [];
        var regels = soort.Velden.Where(v => !(h.Soort == Hoofdstuksoort.Samenvatting && v.Naam == "besluit"))
            .Select(v => (v.Label, Waarde: g.Veld(v.Naam))).Where(v => v.Waarde.Length > 0).ToList();
        if (h.Soort != Hoofdstuksoort.Colofon) return regels;
        regels.Add(("Versie", opties.Versie));
        regels.Add(("Status", Opmaak.Hoofdletter(opties.Status)));
        if (Vastgesteld(plan, opties) is { } vastgesteld) regels.Add(("Vastgesteld", vastgesteld));
        return regels;
    }

    /// <summary>"Door de besturen van A, B en C op 3 december 2026": only for a vastgesteld copy, from its recorded decisions.</summary>
    public static string? Vastgesteld(Plan.Programmaplan plan, PlanOpties opties)
    {
        if (opties.Status != PlanStatus.Vastgesteld) return null;
        var namen = opties.Goedkeuringen.Where(g => g.Besluit == Besluit.Goedgekeurd)
            .Select(g => plan.Partners.FirstOrDefault(p => p.Id == g.PartnerId)?.Naam).OfType<string>().ToList();
        if (namen.Count == 0) return $"Op {Opmaak.Datum(opties.Datum)}";
        var wie = namen.Count == 1 ? namen[0] : $"{string.Join(", ", namen[..^1])} en {namen[^1]}";
        return $"Door de besturen van {wie} op {Opmaak.Datum(opties.Datum)}";
    }

    /// <summary>The caption above a written chapter's table.</summary>
    public static string Tabelbijschrift(string soort) => soort switch
    {
        Hoofdstuksoort.Risicos => "Risico's voor het programma als geheel, met de beheersmaatregel en wie die uitvoert",
        Hoofdstuksoort.Monitoringcyclus => "Wie rapporteert wat aan wie, en wanneer",
        _ => Hoofdstuksoort.Van(soort)?.Titel ?? "",
    };

    public static string Aantal(int n, string een, string meer) => n == 1 ? $"één {een}" : $"{n} {meer}";
}
