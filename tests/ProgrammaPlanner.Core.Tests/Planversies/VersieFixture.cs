using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Tests.Uitwisseling;

namespace ProgrammaPlanner.Core.Tests.Planversies;

/// <summary>A user double with an id and a role per programma, as the accounts work will provide.</summary>
public sealed record TestGebruiker(long GebruikerId, string Naam, long ProgrammaId, string Rol) : ICurrentUser, IPlanversieGebruiker
{
    public string? RolIn(long programmaId) => programmaId == ProgrammaId ? Rol : null;
}

/// <summary>Sends requests as a given user: the real core over the test's database file, with that ICurrentUser.</summary>
public sealed class Namens(string file, ICurrentUser user) : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddScoped(_ => user)
        .AddProgrammaPlannerCore($"Data Source={file}")
        .BuildServiceProvider();

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

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

    public static Namens Als(this TestApp app, ICurrentUser user) => new(app.File, user);

    /// <summary>A bestuurder user linked to the partner (the link made by the local user, a facilitator).</summary>
    public static async Task<Namens> BestuurderAsync(this TestApp app, long programmaId, long partnerId, long gebruikerId, string naam)
    {
        await app.SendAsync(new KoppelPartnerLid.Command(programmaId, gebruikerId, partnerId));
        return app.Als(new TestGebruiker(gebruikerId, naam, programmaId, ProgrammaRol.Bestuurder));
    }

    public static Namens Facilitator(this TestApp app, long programmaId) =>
        app.Als(new TestGebruiker(99, "F. Acilitator", programmaId, ProgrammaRol.Facilitator));

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
