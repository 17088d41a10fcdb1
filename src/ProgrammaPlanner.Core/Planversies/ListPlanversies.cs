using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>The programme's timeline of versions and decisions, newest first, and what the caller may do.</summary>
public static class ListPlanversies
{
    public sealed record Query(long ProgrammaId) : IRequest<Tijdlijn>, IProgrammaScoped;

    public sealed record Tijdlijn
    {
        public IReadOnlyList<Versie> Versies { get; init; } = [];
        /// <summary>The number of the plan in force (newest vastgesteld), if any.</summary>
        public int? InWerking { get; init; }
        public int? TerBesluitvorming { get; init; }
        public bool MagVastleggen { get; init; }
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Tijdlijn>
    {
        public async Task<Tijdlijn> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId);
            var versies = await VersieReader.LeesAsync(c, Besluitstuk.Plan, query.ProgrammaId);
            return new Tijdlijn
            {
                Versies = versies,
                InWerking = versies.FirstOrDefault(v => v.InWerking)?.Nummer,
                TerBesluitvorming = versies.FirstOrDefault(v => v.Status == PlanversieStatus.TerBesluitvorming)?.Nummer,
                MagVastleggen = await Bevoegdheid.IsFacilitatorAsync(c, user, query.ProgrammaId),
            };
        }
    }
}
