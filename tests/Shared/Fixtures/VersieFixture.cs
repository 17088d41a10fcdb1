using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.TestSupport;

/// <summary>A small plan to freeze, approve and compare, and the people who do that.</summary>
public static class VersieFixture
{
    /// <summary>
    /// Proef Oost 2026–2027: partners Buurtwerk (penvoerder) and Zorgpunt, wijken Oost and West, speerpunt Eenzaamheid
    /// with doelstelling Minder eenzaam (streefwaarden 13 and 12), project Buurtkamers with a mijlpaal, a risico and
    /// inzet, two basisvoorwaarden and a stuurgroep.
    /// </summary>
    public sealed record Plan(long ProgrammaId, long Buurtwerk, long Zorgpunt, long Doelstelling);

    public static async Task<Plan> CreateVersiePlanAsync(this TestApp app)
    {
        var p = await new PlanBuilder(app, "Proef Oost", 2026, 2027)
            .WithPartner("Buurtwerk", PartnerRol.Penvoerder)
            .WithPartner("Zorgpunt", soort: "zorg")
            .WithWijk("Oost").WithWijk("West")
            .WithSpeerpunt("Eenzaamheid", "Veel ouderen zijn alleen.")
            .WithDoelstelling("Eenzaamheid", "Minder eenzaam", d => d with
            {
                Omschrijving = "",
                IndicatorNaam = "Eenzame ouderen",
                IndicatorBron = "",
                NulmetingWaarde = 14,
                NulmetingJaar = 2025,
                Streefwaarden = [new Streefwaarde(2026, 13), new Streefwaarde(2027, 12)],
            })
            .WithRealisatie("Minder eenzaam", 2026, 13.5m)
            .WithRealisatie("Minder eenzaam", 2026, 13, "Oost")
            .WithProject("Buurtkamers", "Buurtwerk", ["Zorgpunt"], ["Minder eenzaam"], c => c with { Doel = "Ontmoeting", Doorbraak = true })
            .WithMijlpaal("Buurtkamers", "Eerste buurtkamer open", new DateOnly(2026, 3, 1))
            .WithRisico("Buurtkamers", "Geen ruimte", "laag", "hoog", "Zoeken met corporatie")
            .WithInzet("Buurtkamers", "Buurtwerk", 2026, "subsidie", 1000.50m, 10)
            .WithInzet("Buurtkamers", "Zorgpunt", 2027, "in natura", 0, 20)
            .WithBasisvoorwaarde("Klein beginnen, groot denken")
            .WithBasisvoorwaarde("Voel jezelf gelijk aan elkaar")
            .WithOrgaan("Stuurgroep", "Besluit", ("A. Jansen", "voorzitter", "Buurtwerk"))
            .BuildAsync();
        return new Plan(p.ProgrammaId, p.Partners["Buurtwerk"], p.Partners["Zorgpunt"], p.Doelstellingen["Minder eenzaam"]);
    }

    /// <summary>A signed-in bestuurder member who approves for the partner.</summary>
    public static Task<Namens> BestuurderAsync(this TestApp app, long programmaId, long partnerId, string naam) =>
        app.LidAsync(naam, programmaId, ProgrammaRol.Bestuurder, partnerId);

    public static Task<Namens> FacilitatorAsync(this TestApp app, long programmaId) =>
        app.LidAsync("F. Acilitator", programmaId, ProgrammaRol.Facilitator);

    public static DateOnly Vandaag => Tijd.Vandaag(TimeProvider.System);

    /// <summary>Changes one streefwaarde of the doelstelling through the real command.</summary>
    public static async Task SetStreefwaardeAsync(this TestApp app, long programmaId, long doelstellingId, int jaar, decimal waarde)
    {
        var d = await app.SendAsync(new GetDoelstelling.Query(programmaId, doelstellingId));
        var streef = d.Streefwaarden.Select(s => new Streefwaarde(s.Jaar, s.Jaar == jaar ? waarde : s.Waarde)).ToList();
        await app.SendAsync(new UpdateDoelstelling.Command(programmaId, d.Id, d.Version, d.SpeerpuntId, d.Naam, d.Omschrijving, d.IndicatorNaam,
            d.IndicatorEenheid, d.IndicatorBron, d.HogerIsBeter, d.Meetfrequentie, d.NulmetingWaarde, d.NulmetingJaar, streef));
    }

    public static Task<long> BesluitenAsync(this TestApp app) => app.CountAsync("planversie_besluit");
}
