using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>One frozen version: its snapshot read back as the programmaplan read model, the status per partner, and what the caller may do.</summary>
public static class GetPlanversie
{
    public sealed record Query(long ProgrammaId, int Nummer) : IRequest<Planversie>, IProgrammaScoped;

    public sealed record Planversie
    {
        public Versie Versie { get; init; } = new();
        public GetProgrammaplan.Programmaplan Plan { get; init; } = new();
        /// <summary>The stored snapshot still matches the hash taken when it was frozen.</summary>
        public bool Intact { get; init; }
        /// <summary>Partners of this version the caller may approve or reject for (as their bestuurder).</summary>
        public IReadOnlyList<long> MagBesluitenVoor { get; init; } = [];
        public bool MagPapierVastleggen { get; init; }
        /// <summary>For a bestuurder with no open decision on this version: why (not linked to a partner, already decided...).</summary>
        public string? WaaromGeenBesluit { get; init; }
        /// <summary>The printed copies kept of this version (without content), with their SHA-256.</summary>
        public IReadOnlyList<Versiedocument> Documenten { get; init; } = [];
        /// <summary>The herkomst and prioritering as frozen with the snapshot; null for a version frozen before they were kept.</summary>
        public Versiebijlage? Bijlage { get; init; }
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Planversie>
    {
        public async Task<Planversie> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct); // versions, decisions and snapshot from one moment
            var versie = (await VersieReader.LeesAsync(c, Besluitstuk.Plan, query.ProgrammaId, query.Nummer, tx)).SingleOrDefault()
                ?? throw new NotFoundException($"Versie {query.Nummer} bestaat niet.");
            var (json, bijlage) = await c.QuerySingleAsync<(string, string?)>(
                "SELECT snapshot, bijlage FROM planversie WHERE programma_id = @ProgrammaId AND nummer = @Nummer", query, tx);
            var mijn = await Bevoegdheid.PartnersVanAsync(c, user, query.ProgrammaId, tx);
            return new Planversie
            {
                Versie = versie,
                Plan = Snapshot.Deserialize(json),
                Intact = Snapshot.Hash(json) == versie.Hash,
                MagBesluitenVoor = versie.Partners.Where(p => mijn.Contains(p.PartnerId)).Select(p => p.PartnerId).ToList(),
                MagPapierVastleggen = await Bevoegdheid.IsFacilitatorAsync(c, user, query.ProgrammaId, tx),
                WaaromGeenBesluit = await Bevoegdheid.WaaromGeenBesluitAsync(c, user, query.ProgrammaId, versie, mijn, tx),
                Documenten = await Versiedocument.ListAsync(c, tx, Besluitstuk.Plan, query.ProgrammaId, query.Nummer),
                Bijlage = Versiebijlage.Deserialize(bijlage),
            };
        }
    }

    /// <summary>
    /// The plan as frozen in version <paramref name="nummer"/>, inside the caller's transaction; checks no rights (the caller's request did).
    /// </summary>
    public static async Task<GetProgrammaplan.Programmaplan> LoadPlanAsync(DbConnection c, DbTransaction? tx, long programmaId, int nummer)
    {
        var json = await c.QuerySingleOrDefaultAsync<string>(
            "SELECT snapshot FROM planversie WHERE programma_id = @programmaId AND nummer = @nummer", new { programmaId, nummer }, tx)
            ?? throw new NotFoundException($"Versie {nummer} bestaat niet.");
        return Snapshot.Deserialize(json);
    }
}
