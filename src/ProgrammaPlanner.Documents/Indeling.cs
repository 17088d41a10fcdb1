using ProgrammaPlanner.Core.Hoofdstukken;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents;

/// <summary>One numbered heading of the plan: its anchor, number, text and level (1 = chapter).</summary>
public sealed record Kop(string Id, string Nummer, string Titel, int Niveau)
{
    /// <summary>What the heading shows and what the PDF outline holds. An appendix has no number: "Bijlage: …" is its label.</summary>
    public string Tekst => Nummer.Length > 0 ? $"{Nummer} {Titel}" : Titel;
}

/// <summary>
/// One chapter in the plan's order: <see cref="Soort"/> says which (a <see cref="Hoofdstuksoort"/>, or <see cref="EigenSoort"/>);
/// a written chapter carries its text, an own chapter its own.
/// </summary>
public sealed record Planhoofdstuk(string Soort, Kop Kop, Plan.Hoofdstuk? Geschreven = null, Plan.EigenHoofdstuk? Eigen = null)
{
    public const string EigenSoort = "eigen";
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

        var volgorde = new List<Planhoofdstuk>();
        foreach (var soort in Hoofdstuksoort.Alle.Where(x => x.Soort != Hoofdstuksoort.Colofon)) // the colofon closes the plan
        {
            Kop? vast = null;
            switch (soort.Soort)
            {
                case Hoofdstuksoort.Aanleiding:
                    vast = Aanleiding = Hoofdstuk(soort.Titel);
                    break;
                case Hoofdstuksoort.Speerpunten:
                    vast = Speerpunten = Hoofdstuk(soort.Titel); s = 0;
                    SpeerpuntKoppen = plan.Speerpunten.Select(x => Sectie(x.Naam)).ToList();
                    break;
                case Hoofdstuksoort.Projecten:
                    vast = Projecten = Hoofdstuk(soort.Titel); s = 0;
                    ProjectKoppen = plan.Projecten.Select(x => Sectie(x.Naam)).ToList();
                    break;
                case Hoofdstuksoort.Leren when plan.Leren is { } leren: // only a learning coalition has this chapter
                    vast = Leren = Hoofdstuk(soort.Titel); s = 0;
                    Verbondsgroepen = leren.Groepen.Count > 0 ? Sectie("Verbondsgroepen") : null;
                    Ontwikkelopgaven = leren.Opgaven.Count > 0 ? Sectie("Ontwikkelopgaven") : null;
                    break;
                case Hoofdstuksoort.Roadmap:
                    vast = Roadmap = Hoofdstuk(soort.Titel);
                    break;
                case Hoofdstuksoort.Samenwerking:
                    vast = Samenwerking = Hoofdstuk(soort.Titel); s = 0;
                    Partners = Sectie("Partners");
                    Basisvoorwaarden = Sectie("Basisvoorwaarden");
                    Governance = Sectie("Governance");
                    Rolverdeling = Sectie("Rolverdeling per project");
                    break;
                case Hoofdstuksoort.Financien:
                    vast = Financien = Hoofdstuk(soort.Titel); s = 0;
                    // A version frozen before the dekking was in the read model has no dekking and no uren table (see Financientabellen).
                    var dekking = Sections.Financientabellen.HeeftDekking(plan.Financien);
                    Dekking = dekking ? Sectie("Dekking") : null;
                    InzetPerPartner = Sectie("Inzet per partner");
                    InzetPerProject = Sectie("Inzet per project");
                    UrenEnTarieven = dekking ? Sectie("Uren en uurtarieven") : null;
                    break;
                case Hoofdstuksoort.Monitoring:
                    vast = Monitoring = Hoofdstuk(soort.Titel);
                    break;
                case Hoofdstuksoort.Ondertekening:
                    vast = Ondertekening = Hoofdstuk(soort.Titel);
                    break;
            }
            if (vast is not null) volgorde.Add(new(soort.Soort, vast));
            else if (plan.Hoofdstuk(soort.Soort) is { } geschreven) volgorde.Add(new(soort.Soort, Hoofdstuk(soort.Titel), geschreven));
            foreach (var eigen in plan.EigenNa(soort.Soort)) volgorde.Add(new(Planhoofdstuk.EigenSoort, Hoofdstuk(eigen.Titel), Eigen: eigen));
        }
        Hoofdstukken = volgorde;
        var koppen = new List<BijlageKoppen>();
        foreach (var x in bijlagen.OfType<IPlanBijlage>())
        {
            var b = koppen.Count + 1;
            var kop = Voeg(new Kop($"b{b}", "", x.Titel, 1));
            koppen.Add(new(x, kop, x.Secties.Select((t, i) => Voeg(new Kop($"b{b}-{i + 1}", "", t, 2))).ToList()));
        }
        Bijlagen = koppen;
        if (plan.Hoofdstuk(Hoofdstuksoort.Colofon) is { } colofon)
            Colofon = new(Hoofdstuksoort.Colofon, Voeg(new Kop("colofon", "", Hoofdstuksoort.Van(Hoofdstuksoort.Colofon)!.Titel, 1)), colofon);
    }

    /// <summary>The plan with its optional appendices in their one order: what changed (it belongs to the approval), then the herkomst.</summary>
    public static Indeling Van(Plan.Programmaplan plan, Wijzigingen.WijzigingenBijlage? wijzigingen, Verslag.PlanBijlage? herkomst) =>
        new(plan, wijzigingen, herkomst);

    private Kop Voeg(Kop kop) { _alle.Add(kop); return kop; }

    /// <summary>Every heading in document order: the inhoudsopgave's entries.</summary>
    public IReadOnlyList<Kop> Alle => _alle;

    /// <summary>Every numbered chapter in plan order: the ones made from the data, the written ones that are filled, the own ones.</summary>
    public IReadOnlyList<Planhoofdstuk> Hoofdstukken { get; }

    /// <summary>Unnumbered, after the appendices; null when not filled.</summary>
    public Planhoofdstuk? Colofon { get; }

    public Kop Aanleiding { get; } = default!;
    public Kop Speerpunten { get; } = default!;
    public IReadOnlyList<Kop> SpeerpuntKoppen { get; } = [];
    public Kop Projecten { get; } = default!;
    public IReadOnlyList<Kop> ProjectKoppen { get; } = [];
    /// <summary>Null, as its sections, when the plan has no Verbondsgroep and no ontwikkelopgave.</summary>
    public Kop? Leren { get; }
    public Kop? Verbondsgroepen { get; }
    public Kop? Ontwikkelopgaven { get; }
    public Kop Roadmap { get; } = default!;
    public Kop Samenwerking { get; } = default!;
    public Kop Partners { get; } = default!;
    public Kop Basisvoorwaarden { get; } = default!;
    public Kop Governance { get; } = default!;
    public Kop Rolverdeling { get; } = default!;
    public Kop Financien { get; } = default!;
    /// <summary>Null for a version frozen before the dekking was in the read model.</summary>
    public Kop? Dekking { get; }
    public Kop InzetPerPartner { get; } = default!;
    public Kop InzetPerProject { get; } = default!;
    /// <summary>Null for a version frozen before the dekking was in the read model.</summary>
    public Kop? UrenEnTarieven { get; }
    public Kop Monitoring { get; } = default!;
    public Kop Ondertekening { get; } = default!;
    public IReadOnlyList<BijlageKoppen> Bijlagen { get; }
}
