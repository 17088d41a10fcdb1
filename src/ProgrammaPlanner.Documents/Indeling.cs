using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents;

/// <summary>One numbered heading of the plan: its anchor, number, text and level (1 = chapter).</summary>
public sealed record Kop(string Id, string Nummer, string Titel, int Niveau)
{
    /// <summary>What the heading shows and what the PDF outline holds.</summary>
    public string Tekst => $"{Nummer} {Titel}";
}

/// <summary>
/// The chapters and sections of the plan, numbered once, so the inhoudsopgave, the HTML sections, the DOCX and
/// the page-number pass all agree on the same headings in the same order.
/// </summary>
public sealed class Indeling
{
    private readonly List<Kop> _alle = [];

    public Indeling(Plan.Programmaplan plan)
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
        InzetPerPartner = Sectie("Inzet per partner");
        InzetPerProject = Sectie("Inzet per project");
        Monitoring = Hoofdstuk("Monitoring");
        Ondertekening = Hoofdstuk("Ondertekening");
    }

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
    public Kop InzetPerPartner { get; }
    public Kop InzetPerProject { get; }
    public Kop Monitoring { get; }
    public Kop Ondertekening { get; }
}
