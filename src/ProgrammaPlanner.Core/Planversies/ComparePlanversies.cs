using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// What changed from version A to version B. B defaults to the current concept (the live data), A to what B is
/// asked to change (<see cref="Basis"/>), so a board sees what it is asked to approve anew.
/// </summary>
public static class ComparePlanversies
{
    public sealed record Query(long ProgrammaId, int? A = null, int? B = null) : IRequest<Vergelijking>, IProgrammaScoped;

    public sealed record Vergelijking
    {
        public int NummerA { get; init; }
        /// <summary>Null: the current concept.</summary>
        public int? NummerB { get; init; }
        public string LabelA { get; init; } = "";
        public string LabelB { get; init; } = "";
        public IReadOnlyList<Wijziging> Speerpunten { get; init; } = [];
        public IReadOnlyList<Wijziging> Doelstellingen { get; init; } = [];
        public IReadOnlyList<Wijziging> Projecten { get; init; } = [];
        public IReadOnlyList<Wijziging> Afspraken { get; init; } = [];
        public bool Gelijk => Speerpunten.Count + Doelstellingen.Count + Projecten.Count + Afspraken.Count == 0;
    }

    /// <summary>
    /// What version <paramref name="nummer"/> (null: the concept) is compared with: the plan in force when that is older,
    /// else the version just before it (the concept: the newest version). Null when there is none.
    /// </summary>
    public static Versie? Basis(IReadOnlyList<Versie> versies, int? nummer) =>
        versies.FirstOrDefault(v => v.InWerking && v.Nummer < (nummer ?? int.MaxValue))
        ?? versies.Where(v => v.Nummer < (nummer ?? int.MaxValue)).MaxBy(v => v.Nummer);

    public sealed class Handler(Db db) : IRequestHandler<Query, Vergelijking>
    {
        public async Task<Vergelijking> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct); // both sides and the labels from one moment
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId, tx);
            var versies = await VersieReader.LeesAsync(c, Besluitstuk.Plan, query.ProgrammaId, tx: tx);
            var nummerA = query.A ?? Basis(versies, query.B)?.Nummer
                ?? throw new NotFoundException(query.B is null
                    ? "Er is nog geen vastgelegde versie om mee te vergelijken. Leg eerst een versie vast."
                    : $"Versie {query.B} is de eerste versie; er is niets om mee te vergelijken.");
            var a = await GetPlanversie.LoadPlanAsync(c, tx, query.ProgrammaId, nummerA);
            var b = query.B is { } nummerB
                ? await GetPlanversie.LoadPlanAsync(c, tx, query.ProgrammaId, nummerB)
                : await GetProgrammaplan.LoadAsync(c, tx, query.ProgrammaId);

            return new Vergelijking
            {
                NummerA = nummerA,
                NummerB = query.B,
                LabelA = Label(versies, nummerA),
                LabelB = query.B is { } n ? Label(versies, n) : "huidig concept",
                Speerpunten = Vergelijker.Speerpunten(a, b),
                Doelstellingen = Vergelijker.Doelstellingen(a, b),
                Projecten = Vergelijker.Projecten(a, b),
                Afspraken = Vergelijker.Afspraken(a, b),
            };
        }

        private static string Label(IReadOnlyList<Versie> versies, int nummer) =>
            versies.FirstOrDefault(v => v.Nummer == nummer) is { } v ? $"versie {v.Nummer} ({v.Status})" : $"versie {nummer}";
    }
}
