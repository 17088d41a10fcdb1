using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents;

/// <summary>One numbered heading of the plan: its anchor, number, text and level (1 = chapter).</summary>
public sealed record Kop(string Id, string Nummer, string Titel, int Niveau)
{
    /// <summary>What the heading shows and what the PDF outline holds. An appendix has no number: "Bijlage: …" is its label.</summary>
    public string Tekst => Nummer.Length > 0 ? $"{Nummer} {Titel}" : Titel;
}

/// <summary>An optional appendix after the chapters, as the inhoudsopgave lists it.</summary>
public interface IPlanBijlage
{
    /// <summary>"Bijlage: …"</summary>
    string Titel { get; }
    /// <summary>The titles of its sections, in order (level 2 in the inhoudsopgave, Heading2 in Word).</summary>
    IReadOnlyList<string> Secties { get; }
}

/// <summary>An appendix with its heading and its sections' headings, as placed in the plan.</summary>
public sealed record BijlageKoppen(IPlanBijlage Bijlage, Kop Kop, IReadOnlyList<Kop> Secties)
{
    public Kop Sectie(string titel) => Secties.First(k => k.Titel == titel);
}

/// <summary>
/// The chapters and sections of the plan, numbered once, so the inhoudsopgave, the HTML sections, the DOCX and
/// the page-number pass all agree on the same headings in the same order. Appendices (null ones are left out)
/// follow the chapters in the order given, unnumbered but listed like the rest.
/// </summary>
public sealed class Indeling
{
    private readonly List<Kop> _alle = [];

    public Indeling(Plan.Programmaplan plan, params IEnumerable<IPlanBijlage?> bijlagen)
    {
        var h = 0;
        Kop Hoofdstuk(string titel) { h++; return Voeg(new Kop($"h{h}", $"{h}", titel, 1)); }
        var s = 0;
        Kop Sectie(string titel) { s++; return Voeg(new Kop($"h{h}-{s}", $"{h}.{s}", titel, 2)); }

        Aanleiding = Hoofdstuk("Aanleiding en ambitie");
        Speerpunten = Hoofdstuk("Speerpunten en doelstellingen"); s = 0;
        SpeerpuntKoppen = plan.Speerpunten.Select(x => Sectie(x.Naam)).ToList();
        Projecten = Hoofdstuk("Projecten"); s = 0;
        ProjectKoppen = plan.Projecten.Select(x => Sectie(x.Naam)).ToList();
        Roadmap = Hoofdstuk("Roadmap");
        Samenwerking = Hoofdstuk("Samenwerking"); s = 0;
        Partners = Sectie("Partners");
        Basisvoorwaarden = Sectie("Basisvoorwaarden");
        Governance = Sectie("Governance");
        Rolverdeling = Sectie("Rolverdeling per project");
        Financien = Hoofdstuk("Financiën"); s = 0;
        // A version frozen before the dekking was in the read model has no dekking and no uren table (see Financientabellen).
        var dekking = Sections.Financientabellen.HeeftDekking(plan.Financien);
        Dekking = dekking ? Sectie("Dekking") : null;
        InzetPerPartner = Sectie("Inzet per partner");
        InzetPerProject = Sectie("Inzet per project");
        UrenEnTarieven = dekking ? Sectie("Uren en uurtarieven") : null;
        Monitoring = Hoofdstuk("Monitoring");
        Ondertekening = Hoofdstuk("Ondertekening");
        var koppen = new List<BijlageKoppen>();
        foreach (var x in bijlagen.OfType<IPlanBijlage>())
        {
            var b = koppen.Count + 1;
            var kop = Voeg(new Kop($"b{b}", "", x.Titel, 1));
            koppen.Add(new(x, kop, x.Secties.Select((t, i) => Voeg(new Kop($"b{b}-{i + 1}", "", t, 2))).ToList()));
        }
        Bijlagen = koppen;
    }

    /// <summary>The plan with its optional appendices in their one order: what changed (it belongs to the approval), then the herkomst.</summary>
    public static Indeling Van(Plan.Programmaplan plan, Wijzigingen.WijzigingenBijlage? wijzigingen, Verslag.PlanBijlage? herkomst) =>
        new(plan, wijzigingen, herkomst);

    private Kop Voeg(Kop kop) { _alle.Add(kop); return kop; }

    /// <summary>Every heading in document order: the inhoudsopgave's entries.</summary>
    public IReadOnlyList<Kop> Alle => _alle;

    public Kop Aanleiding { get; }
    public Kop Speerpunten { get; }
    public IReadOnlyList<Kop> SpeerpuntKoppen { get; }
    public Kop Projecten { get; }
    public IReadOnlyList<Kop> ProjectKoppen { get; }
    public Kop Roadmap { get; }
    public Kop Samenwerking { get; }
    public Kop Partners { get; }
    public Kop Basisvoorwaarden { get; }
    public Kop Governance { get; }
    public Kop Rolverdeling { get; }
    public Kop Financien { get; }
    /// <summary>Null for a version frozen before the dekking was in the read model.</summary>
    public Kop? Dekking { get; }
    public Kop InzetPerPartner { get; }
    public Kop InzetPerProject { get; }
    /// <summary>Null for a version frozen before the dekking was in the read model.</summary>
    public Kop? UrenEnTarieven { get; }
    public Kop Monitoring { get; }
    public Kop Ondertekening { get; }
    public IReadOnlyList<BijlageKoppen> Bijlagen { get; }
}
