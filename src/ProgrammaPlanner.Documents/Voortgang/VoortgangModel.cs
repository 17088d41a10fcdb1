using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Stand;
using ProgrammaPlanner.Core.Voortgang;

namespace ProgrammaPlanner.Documents.Voortgang;

/// <summary>
/// What the voortgangsrapportage says in words, derived once for the HTML (PDF) and the DOCX alike. <paramref name="versie"/> is the
/// frozen version the report was read from; null for the live report, which is always a concept.
/// </summary>
public sealed class VoortgangModel(GetVoortgangsrapportage.Rapportage r, Versie? versie = null)
{
    public GetVoortgangsrapportage.Rapportage R => r;
    public Versie? Versie => versie;
    public string Titel => $"Voortgangsrapportage {r.Jaar}";
    public string Kenmerk => $"{r.Programma.Naam} · {r.Programma.Gebied} · programmaperiode {r.Programma.Startjaar}–{r.Programma.Eindjaar}";

    /// <summary>The status comes only from a real frozen version: the live report is a concept whatever anyone asks.</summary>
    public string Status => versie?.Status ?? PlanversieStatus.Concept;

    /// <summary>The day a frozen version speaks of: its decision, else its freeze; null for the live concept.</summary>
    public DateOnly? VersieDatum => versie is null ? null : versie.BeslotenOp ?? Tijd.Dag(versie.VastgelegdOp);

    /// <summary>
    /// Across every page when the document is not (or no longer) the one that counts: a concept, a rejected or a replaced version.
    /// A version ter besluitvorming carries its own marking in the banner instead: it is what the boards read.
    /// </summary>
    public string? Watermerk => Status is PlanversieStatus.TerBesluitvorming or PlanversieStatus.Vastgesteld ? null : Status.ToUpperInvariant();

    /// <summary>The line above the title; null for a vastgesteld version (its cover says so).</summary>
    public string? Banner => versie switch
    {
        null => "Status: concept; deze voortgangsrapportage is nog niet vastgesteld.",
        { Status: PlanversieStatus.TerBesluitvorming } v =>
            $"Status: ter besluitvorming (versie {v.Nummer}, vastgelegd op {Opmaak.Datum(Tijd.Dag(v.VastgelegdOp))}); " +
            "de besturen van de partners besluiten over deze versie.",
        { Status: PlanversieStatus.Afgewezen } v => $"Status: afgewezen (versie {v.Nummer}) op {Opmaak.Datum(v.BeslotenOp ?? Tijd.Dag(v.VastgelegdOp))}; " +
            "deze versie is niet vastgesteld.",
        { Status: PlanversieStatus.Vervangen } v => $"Status: vervangen door versie {v.VervangenDoor}; deze versie geldt niet meer.",
        _ => null,
    };

    /// <summary>"Versie 2 · vastgesteld op 3 maart 2020"; the live report says it is a concept.</summary>
    public string Versieregel => versie switch
    {
        null => "Concept",
        { Status: PlanversieStatus.Vastgesteld, BeslotenOp: { } b } v => $"Versie {v.Nummer} · vastgesteld op {Opmaak.Datum(b)}",
        var v => $"Versie {v.Nummer} · {v.Status}",
    };

    /// <summary>Per partner of the version what its board decided, for the section Besluitvorming.</summary>
    public static string Besluit(PartnerBesluit p) => p.Besluit is null ? "nog geen besluit"
        : $"{p.Besluit} op {Opmaak.Datum(p.Datum ?? default)} {p.Wijze}{(string.IsNullOrEmpty(p.Door) ? "" : $" door {p.Door}")}" +
          (string.IsNullOrEmpty(p.Opmerking) ? "" : $": {p.Opmerking}");

    /// <summary>The first year of the programme has no year before it to compare with.</summary>
    public bool HeeftVorigJaar => r.Jaar > r.Programma.Startjaar;

    /// <summary>The penvoerder speaks for the coalition; otherwise all partners together.</summary>
    public string Auteur => r.Partners.FirstOrDefault(p => p.Rol == "penvoerder")?.Naam ?? string.Join(", ", r.Partners.Select(p => p.Naam));

    public string Ronde => r.Ronde switch
    {
        null => $"Over {r.Jaar} is geen rapportageronde gehouden; de cijfers zijn door de facilitator vastgelegd.",
        { Compleet: true } => $"Alle {r.Ronde.Partners.Count} partners hebben over {r.Jaar} gerapporteerd en hun rapportage is geaccepteerd.",
        var o => $"Van {o.Partners.Count(p => p.Status == RapportageStatus.Geaccepteerd)} van de {o.Partners.Count} partners is de rapportage over " +
                 $"{r.Jaar} geaccepteerd. Nog niet meegeteld: " +
                 string.Join(", ", o.Partners.Where(p => p.Status != RapportageStatus.Geaccepteerd).Select(p => $"{p.Naam} ({p.Status})")) + ".",
    };

    /// <summary>The status of a doelstelling in exactly year <paramref name="jaar"/>; geen meting when nothing was counted that year.</summary>
    public static Oordeel InJaar(GetStand.Doelstelling d, int jaar) =>
        Core.Voortgang.Aandachtspunten.InJaar(d, jaar)?.Oordeel ?? new(StandStatus.GeenMeting, $"{jaar} valt buiten de programmaperiode.");

    public Oordeel Speerpunt(GetStand.Speerpunt s) => Standregel.RolUp(Telling.Van(s.Doelstellingen.Select(d => InJaar(d, r.Jaar).Status!)));

    /// <summary>How many doelstellingen reached what in the year, and the year before for comparison.</summary>
    public string Standsamenvatting
    {
        get
        {
            var doelen = r.Stand.Speerpunten.SelectMany(s => s.Doelstellingen).ToList();
            string In(int jaar)
            {
                var t = Telling.Van(doelen.Select(d => InJaar(d, jaar).Status!));
                return $"{t.Behaald} behaald, {t.OpKoers} op koers, {t.Achter} achter, {t.GeenMeting} zonder meting";
            }
            return doelen.Count == 0 ? "Het programma heeft nog geen doelstellingen."
                : $"Van de {doelen.Count} doelstellingen in {r.Jaar}: {In(r.Jaar)}" +
                  (r.Jaar > r.Programma.Startjaar ? $" (in {r.Jaar - 1}: {In(r.Jaar - 1)})." : ".");
        }
    }

    public string Projectstand
    {
        get
        {
            var perStatus = ProjectJaarstatus.Alle.Select(s => (s, n: r.Projecten.Count(p => p.Jaarstatus == s))).Where(x => x.n > 0)
                .Select(x => $"{x.n} {x.s}").ToList();
            var zonder = r.Projecten.Count(p => p.Jaarstatus is null);
            if (zonder > 0) perStatus.Add($"{zonder} zonder opgave");
            return r.Projecten.Count == 0 ? $"In {r.Jaar} liep geen project."
                : $"In {r.Jaar} liepen {r.Projecten.Count} projecten: {string.Join(", ", perStatus)}.";
        }
    }

    public string Budgetstand => r.BegrootEuro == 0 && r.BesteedEuro == 0
        ? $"Voor {r.Jaar} is geen geld begroot of besteed."
        : $"Begroot voor {r.Jaar}: {Opmaak.Geld(r.BegrootEuro)} en {Opmaak.Uren(r.BegrootUren)} uur; besteed: {Opmaak.Geld(r.BesteedEuro)} en " +
          $"{Opmaak.Uren(r.BesteedUren)} uur" +
          (r.BegrootEuro > 0 ? $" ({Opmaak.GetalAfgerond(Math.Round(100 * r.BesteedEuro / r.BegrootEuro))}% van het bedrag)." : ".");

    public static string Verschil(decimal verschil, Func<decimal, string> opmaak) =>
        verschil == 0 ? "–" : verschil > 0 ? $"{opmaak(verschil)} meer" : $"{opmaak(-verschil)} minder";

    public static string Planwijziging(GetVoortgangsrapportage.Planwijziging p) =>
        $"Versie {p.Nummer} vastgelegd op {Opmaak.Datum(p.VastgelegdOp)}" +
        (p.BeslotenOp is { } b ? $", {p.Status} op {Opmaak.Datum(b)}" : $", {p.Status}") +
        (p.Toelichting.Length > 0 ? $": {p.Toelichting}" : "");

    /// <summary>The points the next dialoogtafel should take up, in the order of the report.</summary>
    public IReadOnlyList<string> Aandachtspunten { get; } = Core.Voortgang.Aandachtspunten.Van(r);
}
