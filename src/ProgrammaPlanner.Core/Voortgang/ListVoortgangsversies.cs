using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>The frozen versions of one year's voortgangsrapportage, newest first, and whether the caller may freeze a new one.</summary>
public static class ListVoortgangsversies
{
    public sealed record Query(long ProgrammaId, int Jaar) : IRequest<Tijdlijn>, IProgrammaScoped;

    public sealed record Tijdlijn
    {
        public IReadOnlyList<Versie> Versies { get; init; } = [];
        /// <summary>The newest vastgesteld version: what the boards adopted.</summary>
        public int? Vastgesteld { get; init; }
        public int? TerBesluitvorming { get; init; }
        public bool MagVastleggen { get; init; }
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Tijdlijn>
    {
        public async Task<Tijdlijn> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId);
            var versies = await VersieReader.LeesAsync(c, Besluitstuk.Voortgang(query.Jaar), query.ProgrammaId);
            return new Tijdlijn
            {
                Versies = versies,
                Vastgesteld = versies.FirstOrDefault(v => v.InWerking)?.Nummer,
                TerBesluitvorming = versies.FirstOrDefault(v => v.Status == PlanversieStatus.TerBesluitvorming)?.Nummer,
                MagVastleggen = await Bevoegdheid.IsFacilitatorAsync(c, user, query.ProgrammaId),
            };
        }
    }
}
