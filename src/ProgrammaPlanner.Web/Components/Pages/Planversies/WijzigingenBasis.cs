using MediatR;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents.Wijzigingen;

namespace ProgrammaPlanner.Web.Components.Pages.Planversies;

/// <summary>
/// What the "wijzigingen" appendix of a printed version compares with. ComparePlanversies' own default (the plan in
/// force, else the newest version) is made for the live concept; for a frozen version N the same idea reads: the
/// plan in force when that is older than N, else the version just before N (so the plan in force itself, and any
/// version while none is in force, compares with its predecessor). The first version has nothing to compare with.
/// </summary>
public static class WijzigingenBasis
{
    public static Versie? Van(IReadOnlyList<Versie> versies, int nummer) =>
        versies.FirstOrDefault(v => v.InWerking && v.Nummer < nummer)
        ?? versies.Where(v => v.Nummer < nummer).MaxBy(v => v.Nummer);

    /// <summary>"het plan in werking (versie 1)" or "versie 2": how the version page names it next to the choice.</summary>
    public static string Omschrijving(Versie basis) =>
        basis.InWerking ? $"het plan in werking (versie {basis.Nummer})" : $"versie {basis.Nummer} ({basis.Status})";

    /// <summary>The appendix for version <paramref name="nummer"/>, read through the core queries (membership checks apply as everywhere).</summary>
    public static async Task<WijzigingenBijlage> BijlageAsync(IMediator mediator, long programmaId, int nummer, CancellationToken ct)
    {
        var versies = (await mediator.Send(new ListPlanversies.Query(programmaId), ct)).Versies;
        return Van(versies, nummer) is { } basis
            ? new(await mediator.Send(new ComparePlanversies.Query(programmaId, basis.Nummer, nummer), ct), basis.InWerking)
            : new(null);
    }
}
