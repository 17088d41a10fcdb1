using DocumentFormat.OpenXml.Wordprocessing;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Prioritering;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents.Verslag;

/// <summary>
/// The programmaplan's appendix: the sessions the plan grew from, which element came from which bijdragen, and the
/// prioritering outcome. Null (no appendix) when the programma had no sessions and no criteria.
/// </summary>
public sealed record PlanBijlage(GetPlanHerkomst.PlanHerkomst Herkomst, GetPrioritering.Prioritering Prioritering) : IPlanBijlage
{
    public const string Titel = "Bijlage: herkomst en prioritering";
    public const string Bijeenkomsten = "Bijeenkomsten", KomtVoortUit = "Komt voort uit", PrioriteringKop = "Prioritering";

    string IPlanBijlage.Titel => Titel;

    public IReadOnlyList<string> Secties =>
        new[] { Bijeenkomsten, Herkomst.Elementen.Count > 0 ? KomtVoortUit : null, HeeftRanking ? PrioriteringKop : null }.OfType<string>().ToList();

    public static PlanBijlage? Of(GetPlanHerkomst.PlanHerkomst herkomst, GetPrioritering.Prioritering prioritering) =>
        herkomst.Sessies.Count == 0 && prioritering.Criteria.Count == 0 ? null : new(herkomst, prioritering);

    /// <summary>A ranking is printed once scored, not while a round is open: partners see it only after it closes.</summary>
    public bool HeeftRanking => Prioritering.Criteria.Count > 0 && Prioritering.Ranking.Any(r => r.Gewogen is not null)
        && Prioritering.Ronde is not { Open: true };

    /// <summary>The same appendix in the Word document.</summary>
    internal void Schrijf(WordBuilder w, BijlageKoppen koppen)
    {
        w.Paginaeinde();
        w.Kop(koppen.Kop);
        var k = WordBuilder.Breedte / 8;
        w.Kop(koppen.Sectie(Bijeenkomsten));
        w.Tabel([2 * k, WordBuilder.Breedte - 6 * k, k, k, k, k],
            [new("Datum"), new("Bijeenkomst"), new("Bijdragen", Rechts: true), new("Overgenomen", Rechts: true), new("Niet overgen.", Rechts: true),
                new("Besluiten", Rechts: true)],
            Herkomst.Sessies.Select(s => (IReadOnlyList<Cel>)[new(Opmaak.Datum(s.Datum)), new($"{s.Titel} ({s.Soort})"), new(Getal(s.Bijdragen), Rechts: true),
                new(Getal(s.Overgenomen), Rechts: true), new(Getal(s.NietOvergenomen), Rechts: true), new(Getal(s.Besluiten), Rechts: true)]));
        if (Herkomst.Elementen.Count > 0)
        {
            w.Kop(koppen.Sectie(KomtVoortUit));
            foreach (var e in Herkomst.Elementen)
            {
                w.Kop3($"{Opmaak.Hoofdletter(e.Soort)}: {e.Naam}");
                w.Opsomming(e.Bijdragen.Select(b => $"{b.Tekst} — {b.Partner}, {b.Bijeenkomst} ({Opmaak.Datum(b.Datum)})"));
            }
        }
        if (!HeeftRanking) return;
        w.Kop(koppen.Sectie(PrioriteringKop));
        w.Alinea("Criteria: " + string.Join(", ", Prioritering.Criteria.Select(c => $"{c.Naam} (gewicht {Opmaak.Getal(c.Gewicht)})")) + ".");
        w.Tabel([k, WordBuilder.Breedte - 5 * k, k, k, 2 * k],
            [new("Plaats", Rechts: true), new("Project"), new("Score", Rechts: true), new("Spreiding", Rechts: true), new("Doorbraakproject")],
            Prioritering.Ranking.Select(r => (IReadOnlyList<Cel>)[new(Getal(r.Plaats), Rechts: true), new(r.Project.Naam), new(Opmaak.Getal(r.Gewogen),
                Rechts: true),
                new(Opmaak.Getal(r.Spreiding), Rechts: true), new(r.Project.Doorbraak ? "gekozen" : "")]));
    }

    private static string Getal(int n) => n.ToString(Opmaak.Nl);
}
