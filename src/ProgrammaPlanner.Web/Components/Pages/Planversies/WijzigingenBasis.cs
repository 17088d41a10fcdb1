using MediatR;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents.Wijzigingen;

namespace ProgrammaPlanner.Web.Components.Pages.Planversies;

/// <summary>
/// The "wijzigingen" appendix of a printed version: what the version is compared with is the core's rule
/// (<see cref="ComparePlanversies.Basis"/>); the first version has nothing to compare with.
/// </summary>
public static class WijzigingenBasis
{
    public static Versie? Van(IReadOnlyList<Versie> versies, int nummer) => ComparePlanversies.Basis(versies, nummer);

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
