using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Tests.Uitwisseling;

namespace ProgrammaPlanner.Core.Tests.Planversies;

public static class VersieFixture
{
    /// <summary>The small sample (partners Buurtwerk and Zorgpunt, one doelstelling, one project) plus a second basisvoorwaarde.</summary>
    public sealed record Plan(long ProgrammaId, long Buurtwerk, long Zorgpunt, long Doelstelling);

    public static async Task<Plan> CreatePlanAsync(this TestApp app)
    {
        var id = await app.ImportAsync(Bestanden.Klein);
        await app.SendAsync(new ProgrammaPlanner.Core.Samenwerking.AddBasisvoorwaarde.Command(id, "Voel jezelf gelijk aan elkaar"));
        var partners = await app.SendAsync(new ListPartners.Query(id));
        await using var c = await app.Db.OpenAsync();
        var doel = await c.ExecuteScalarAsync<long>("SELECT id FROM doelstelling WHERE programma_id = @id", new { id });
        return new Plan(id, partners.Single(p => p.Naam == "Buurtwerk").Id, partners.Single(p => p.Naam == "Zorgpunt").Id, doel);
    }

    /// <summary>A signed-in bestuurder member who approves for the partner.</summary>
    public static Task<Namens> BestuurderAsync(this TestApp app, long programmaId, long partnerId, string naam) =>
        app.LidAsync(naam, programmaId, ProgrammaRol.Bestuurder, partnerId);

    public static Task<Namens> FacilitatorAsync(this TestApp app, long programmaId) =>
        app.LidAsync("F. Acilitator", programmaId, ProgrammaRol.Facilitator);

    public static DateOnly Vandaag => Tijd.Vandaag(TimeProvider.System);

    /// <summary>Changes one streefwaarde of the doelstelling through the real command.</summary>
    public static async Task ZetStreefwaardeAsync(this TestApp app, long programmaId, long doelstellingId, int jaar, decimal waarde)
    {
        var d = await app.SendAsync(new GetDoelstelling.Query(programmaId, doelstellingId));
        var streef = d.Streefwaarden.Select(s => new Streefwaarde(s.Jaar, s.Jaar == jaar ? waarde : s.Waarde)).ToList();
        await app.SendAsync(new UpdateDoelstelling.Command(programmaId, d.Id, d.Version, d.SpeerpuntId, d.Naam, d.Omschrijving, d.IndicatorNaam,
            d.IndicatorEenheid, d.IndicatorBron, d.HogerIsBeter, d.Meetfrequentie, d.NulmetingWaarde, d.NulmetingJaar, streef));
    }

    public static async Task<long> BesluitenAsync(this TestApp app)
    {
        await using var c = await app.Db.OpenAsync();
        return await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM planversie_besluit");
    }
}
