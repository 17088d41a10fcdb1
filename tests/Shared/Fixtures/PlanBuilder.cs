using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Samenwerking;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// The one way tests make a plan: a programma with partners, wijken, speerpunten, doelstellingen, projecten and the
/// collaboration agreements, each sent through its real command (<see cref="PlanningFixture"/> holds the single steps).
/// Parts are made in a fixed order (partners, wijken, speerpunten, doelstellingen, realisaties, projecten, afspraken)
/// and referred to by name.
/// </summary>
public sealed class PlanBuilder(TestApp app, string naam = "Samen Noord", int startjaar = 2026, int eindjaar = 2028)
{
    private readonly List<(string Naam, string Soort, string Rol)> _partners = [];
    private readonly List<string> _wijken = [];
    private readonly List<(string Naam, string Analyse)> _speerpunten = [];
    private readonly List<(string Speerpunt, string Naam, Func<CreateDoelstelling.Command, CreateDoelstelling.Command> Change)> _doelstellingen = [];
    private readonly List<(string Doelstelling, int Jaar, string? Wijk, decimal Waarde)> _realisaties = [];
    private readonly List<ProjectPlan> _projecten = [];
    private readonly List<string> _basisvoorwaarden = [];
    private readonly List<(string Naam, string Mandaat, (string Naam, string Functie, string? Partner)[] Leden)> _organen = [];

    public PlanBuilder WithPartner(string naam, string rol = PartnerRol.Partner, string soort = "welzijn")
    {
        _partners.Add((naam, soort, rol));
        return this;
    }

    public PlanBuilder WithWijk(string naam)
    {
        _wijken.Add(naam);
        return this;
    }

    public PlanBuilder WithSpeerpunt(string naam, string analyse = "")
    {
        _speerpunten.Add((naam, analyse));
        return this;
    }

    /// <summary>A doelstelling under <paramref name="speerpunt"/>: <see cref="PlanningFixture.Doelstelling"/>, changed by <paramref name="change"/>.</summary>
    public PlanBuilder WithDoelstelling(string speerpunt, string naam,
        Func<CreateDoelstelling.Command, CreateDoelstelling.Command>? change = null)
    {
        _doelstellingen.Add((speerpunt, naam, change ?? (c => c)));
        return this;
    }

    public PlanBuilder WithRealisatie(string doelstelling, int jaar, decimal waarde, string? wijk = null)
    {
        _realisaties.Add((doelstelling, jaar, wijk, waarde));
        return this;
    }

    /// <summary>A project led by <paramref name="trekker"/>, lopend from the first of January of the start year for two years.</summary>
    public PlanBuilder WithProject(string naam, string trekker, string[]? partners = null, string[]? doelstellingen = null,
        Func<CreateProject.Command, CreateProject.Command>? change = null)
    {
        _projecten.Add(new ProjectPlan(naam, trekker, partners ?? [], doelstellingen ?? [], change ?? (c => c)));
        return this;
    }

    public PlanBuilder WithMijlpaal(string project, string titel, DateOnly datum, string status = "gepland")
    {
        Project(project).Mijlpalen.Add((titel, datum, status));
        return this;
    }

    public PlanBuilder WithRisico(string project, string omschrijving, string kans, string impact, string maatregel)
    {
        Project(project).Risicos.Add((omschrijving, kans, impact, maatregel));
        return this;
    }

    public PlanBuilder WithInzet(string project, string partner, int jaar, string soort, decimal euro, decimal uren = 0)
    {
        Project(project).Inzet.Add((partner, jaar, soort, euro, uren));
        return this;
    }

    public PlanBuilder WithBasisvoorwaarde(string tekst)
    {
        _basisvoorwaarden.Add(tekst);
        return this;
    }

    public PlanBuilder WithOrgaan(string naam, string mandaat, params (string Naam, string Functie, string? Partner)[] leden)
    {
        _organen.Add((naam, mandaat, leden));
        return this;
    }

    public async Task<PlanIds> BuildAsync()
    {
        var p = new PlanIds(await app.CreateProgrammaAsync(naam, startjaar, eindjaar));
        foreach (var (partner, soort, rol) in _partners)
            p.Partners[partner] = await app.AddPartnerAsync(p.ProgrammaId, partner, soort: soort, rol: rol);
        foreach (var wijk in _wijken)
            p.Wijken[wijk] = await app.AddWijkAsync(p.ProgrammaId, wijk);
        foreach (var (speerpunt, analyse) in _speerpunten)
            p.Speerpunten[speerpunt] = await app.AddSpeerpuntAsync(p.ProgrammaId, speerpunt, analyse);
        foreach (var (speerpunt, doel, change) in _doelstellingen)
            p.Doelstellingen[doel] = await app.SendAsync(change(PlanningFixture.Doelstelling(p.ProgrammaId, p.Speerpunten[speerpunt], doel)));
        foreach (var (doel, jaar, wijk, waarde) in _realisaties)
            await app.SetRealisatieAsync(p.ProgrammaId, p.Doelstellingen[doel], jaar, wijk is null ? null : p.Wijken[wijk], waarde);
        foreach (var project in _projecten)
            p.Projecten[project.Naam] = await CreateAsync(p, project);
        foreach (var tekst in _basisvoorwaarden)
            await app.SendAsync(new AddBasisvoorwaarde.Command(p.ProgrammaId, tekst));
        foreach (var (orgaan, mandaat, leden) in _organen)
            await app.SendAsync(new SaveOrgaan.Command(p.ProgrammaId, null, 0, orgaan, mandaat,
                [.. leden.Select(l => new SaveOrgaan.Lid(l.Naam, l.Functie, l.Partner is null ? null : p.Partners[l.Partner]))]));
        return p;
    }

    private async Task<long> CreateAsync(PlanIds p, ProjectPlan project)
    {
        var trekker = p.Partners[project.Trekker];
        var id = await app.SendAsync(project.Change(new CreateProject.Command(p.ProgrammaId, project.Naam, "", false, trekker,
            [.. project.Partners.Select(x => p.Partners[x])], [.. project.Doelstellingen.Select(x => p.Doelstellingen[x])],
            new DateOnly(startjaar, 1, 1), new DateOnly(startjaar + 1, 12, 31), "lopend")));
        foreach (var (titel, datum, status) in project.Mijlpalen)
        {
            var version = (await app.SendAsync(new GetProject.Query(p.ProgrammaId, id))).Version;
            await app.SendAsync(new SaveMijlpaal.Command(p.ProgrammaId, id, null, version, titel, datum, status));
        }
        foreach (var (omschrijving, kans, impact, maatregel) in project.Risicos)
        {
            var version = (await app.SendAsync(new GetProject.Query(p.ProgrammaId, id))).Version;
            await app.SendAsync(new SaveRisico.Command(p.ProgrammaId, id, null, version, omschrijving, kans, impact, maatregel));
        }
        foreach (var (partner, jaar, soort, euro, uren) in project.Inzet)
            await app.AddInzetAsync(p.ProgrammaId, id, p.Partners[partner], jaar, euro, soort, uren);
        return id;
    }

    private ProjectPlan Project(string naam) => _projecten.Single(x => x.Naam == naam);

    private sealed record ProjectPlan(string Naam, string Trekker, string[] Partners, string[] Doelstellingen,
        Func<CreateProject.Command, CreateProject.Command> Change)
    {
        public List<(string Titel, DateOnly Datum, string Status)> Mijlpalen { get; } = [];
        public List<(string Omschrijving, string Kans, string Impact, string Maatregel)> Risicos { get; } = [];
        public List<(string Partner, int Jaar, string Soort, decimal Euro, decimal Uren)> Inzet { get; } = [];
    }
}

/// <summary>The ids of a built plan, by name.</summary>
public sealed class PlanIds(long programmaId)
{
    public long ProgrammaId { get; } = programmaId;
    public Dictionary<string, long> Partners { get; } = [];
    public Dictionary<string, long> Wijken { get; } = [];
    public Dictionary<string, long> Speerpunten { get; } = [];
    public Dictionary<string, long> Doelstellingen { get; } = [];
    public Dictionary<string, long> Projecten { get; } = [];
}
