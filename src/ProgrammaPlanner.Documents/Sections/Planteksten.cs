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

    public static string ProjectenInleiding(Plan.Programmaplan plan) =>
        $"De partners voeren samen {Aantal(plan.Projecten.Count, "project", "projecten")} uit. Per project: doel, trekker en partners, de "
        + "doelstellingen waaraan het bijdraagt, planning en mijlpalen, en risico's.";

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

    public static string Aantal(int n, string een, string meer) => n == 1 ? $"één {een}" : $"{n} {meer}";
}
