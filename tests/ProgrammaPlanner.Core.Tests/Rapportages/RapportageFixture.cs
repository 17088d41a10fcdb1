using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Rapportages;

namespace ProgrammaPlanner.Core.Tests.Rapportages;

/// <summary>
/// A plan 2026–2028 to report on: Civic leads Buurtkamers (doelstelling Minder armoede, DOCK takes part, a mijlpaal in 2026
/// and one in 2027, inzet 2026), DOCK leads Schuldhulp (Meer bereik); Prisma takes part in nothing. A member linked to
/// each of Civic and DOCK (as lezer), a facilitator and a lezer linked to no partner.
/// </summary>
public sealed record RapportagePlan(PlanIds Ids, Namens Facilitator, Namens Civic, Namens Dock, Namens Lezer, long Mijlpaal2026, long Mijlpaal2027)
    : IAsyncDisposable
{
    public long ProgrammaId => Ids.ProgrammaId;
    public long CivicId => Ids.Partners["Civic Amsterdam"];
    public long DockId => Ids.Partners["Stichting DOCK"];
    public long Banne => Ids.Wijken["Banne Buiksloot"];
    public long Armoede => Ids.Doelstellingen["Minder armoede"];
    public long Bereik => Ids.Doelstellingen["Meer bereik"];
    public long Buurtkamers => Ids.Projecten["Buurtkamers"];
    public long Schuldhulp => Ids.Projecten["Schuldhulp"];

    public static readonly DateOnly Uiterlijk = new(2027, 3, 1);

    public async ValueTask DisposeAsync()
    {
        await Facilitator.DisposeAsync();
        await Civic.DisposeAsync();
        await Dock.DisposeAsync();
        await Lezer.DisposeAsync();
    }
}

public static class RapportageFixture
{
    public static async Task<RapportagePlan> CreateRapportagePlanAsync(this TestApp app)
    {
        var ids = await new PlanBuilder(app, "Samen Noord", 2026, 2028)
            .WithPartner("Civic Amsterdam").WithPartner("Stichting DOCK").WithPartner("Stichting Prisma")
            .WithWijk("Banne Buiksloot")
            .WithSpeerpunt("Armoede")
            .WithDoelstelling("Armoede", "Minder armoede")
            .WithDoelstelling("Armoede", "Meer bereik")
            .WithRealisatie("Minder armoede", 2026, 18.0m)
            .WithRealisatie("Minder armoede", 2026, 12m, "Banne Buiksloot")
            .WithProject("Buurtkamers", "Civic Amsterdam", ["Stichting DOCK"], ["Minder armoede"])
            .WithProject("Schuldhulp", "Stichting DOCK", [], ["Meer bereik"])
            .WithMijlpaal("Buurtkamers", "Eerste buurtkamer open", new DateOnly(2026, 6, 1))
            .WithMijlpaal("Buurtkamers", "Evaluatie", new DateOnly(2027, 3, 1))
            .WithInzet("Buurtkamers", "Civic Amsterdam", 2026, "eigen middelen", 10_000m, 100m)
            .BuildAsync();
        var p = ids.ProgrammaId;
        var mijlpalen = (await app.SendAsync(new GetProject.Query(p, ids.Projecten["Buurtkamers"]))).Mijlpalen;
        return new RapportagePlan(ids,
            await app.LidAsync("F. Facilitator", p, ProgrammaRol.Facilitator),
            await app.LidAsync("C. Civic", p, ProgrammaRol.Lezer, ids.Partners["Civic Amsterdam"]),
            await app.LidAsync("D. Dock", p, ProgrammaRol.Lezer, ids.Partners["Stichting DOCK"]),
            await app.LidAsync("L. Lezer", p, ProgrammaRol.Lezer),
            mijlpalen.Single(m => m.Titel == "Eerste buurtkamer open").Id, mijlpalen.Single(m => m.Titel == "Evaluatie").Id);
    }

    /// <summary>Opens the round over 2026 and returns it.</summary>
    public static async Task<GetRapportageronde.Ronde> OpenRonde2026Async(this RapportagePlan p)
    {
        var id = await p.Facilitator.SendAsync(new OpenRapportageronde.Command(p.ProgrammaId, 2026, RapportagePlan.Uiterlijk, "Graag vóór 1 maart"));
        return await p.Facilitator.SendAsync(new GetRapportageronde.Query(p.ProgrammaId, id));
    }

    public static long RapportageVan(this GetRapportageronde.Ronde ronde, long partnerId) =>
        ronde.Rapportages.Single(r => r.PartnerId == partnerId).RapportageId;

    /// <summary>Civic's full report: total and Banne, besteding, project vertraagd, mijlpaal vertraagd.</summary>
    public static SaveRapportage.Command CivicRapport(this RapportagePlan p, long rapportageId, int version, decimal totaal = 17.2m) =>
        new(p.ProgrammaId, rapportageId, p.CivicId, version,
            [new(p.Armoede, null, totaal), new(p.Armoede, p.Banne, 15m)],
            [new(p.Buurtkamers, 9_500.50m, 80m)],
            [new(p.Buurtkamers, ProjectJaarstatus.Vertraagd, "Locatie pas in het najaar beschikbaar")],
            [new(p.Mijlpaal2026, MijlpaalStatus.Vertraagd, new DateOnly(2026, 9, 1))]);

    /// <summary>The tables that hold counted figures: equal before and after means nothing counted changed.</summary>
    public static Task<string> GeteldAsync(this TestApp app) => app.DumpAsync("realisatie", "besteding", "project_jaarstatus", "mijlpaal");
}
