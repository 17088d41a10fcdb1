using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Maatwerk;

/// <summary>
/// The maatwerk of a programma: the regeling, per Verbondsgroep its budget, what its casussen spent and what is left, and the
/// casussen newest first. Amounts (budget, besteed, bedrag) are left out here, not only on screen, for a lezer unless the
/// regeling shows them to lezers (<see cref="Maatwerk.BedragenZichtbaar"/>).
/// </summary>
public static class GetMaatwerk
{
    public sealed record Query(long ProgrammaId) : IRequest<Maatwerk>, IProgrammaScoped;

    public sealed record Maatwerk
    {
        public Regeling Regeling { get; init; } = new();
        public bool BedragenZichtbaar { get; init; }
        public IReadOnlyList<Groep> Groepen { get; init; } = [];
        public IReadOnlyList<Casus> Casussen { get; init; } = [];
        /// <summary>A group has a budget or a casus is recorded: the dashboard and the voortgangsrapportage show maatwerk.</summary>
        public bool HeeftMaatwerk => Groepen.Any(g => g.HeeftBudget) || Casussen.Count > 0;
    }

    public sealed record Regeling
    {
        public decimal? PlafondPerCasus { get; init; }
        public bool BedragenVoorLezers { get; init; }
        /// <summary>0: not set yet (the first save makes the row).</summary>
        public int Version { get; init; }
    }

    public sealed record Groep
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public int Version { get; init; }
        /// <summary>Whether the gemeente granted a budget; told also when the amount is hidden.</summary>
        public bool HeeftBudget { get; init; }
        public decimal? Maatwerkbudget { get; init; }
        public decimal? Besteed { get; init; }
        public decimal? Over => Maatwerkbudget is { } b && Besteed is { } s ? b - s : null;
        public int AantalCasussen { get; init; }
    }

    public sealed record Casus
    {
        public long Id { get; init; }
        public int Version { get; init; }
        public long VerbondsgroepId { get; init; }
        public string Groep { get; init; } = "";
        public string Omschrijving { get; init; } = "";
        /// <summary>Null when the caller may not see amounts.</summary>
        public decimal? Bedrag { get; init; }
        public string Regel { get; init; } = "";
        public string BeslotenDoor { get; init; } = "";
        public string TweedeBeslisser { get; init; } = "";
        public DateOnly BeslotenOp { get; init; }
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Maatwerk>
    {
        public async Task<Maatwerk> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct); // the figures of one moment
            await ProgrammaBestaat.EisAsync(c, query.ProgrammaId, tx);
            var zichtbaar = await MaatwerkRules.ZietBedragenAsync(c, tx, user, query.ProgrammaId);
            await using var grid = await c.QueryMultipleAsync(
                """
                SELECT plafond_per_casus, bedragen_voor_lezers, version FROM maatwerkregeling WHERE programma_id = @ProgrammaId;
                SELECT id, naam, version, maatwerkbudget FROM verbondsgroep WHERE programma_id = @ProgrammaId ORDER BY volgorde, naam;
                SELECT m.id, m.version, m.verbondsgroep_id, g.naam AS groep, m.omschrijving, m.bedrag, m.regel, m.besloten_door, m.tweede_beslisser,
                       m.besloten_op
                FROM maatwerkcasus m JOIN verbondsgroep g ON g.id = m.verbondsgroep_id
                WHERE m.programma_id = @ProgrammaId ORDER BY m.besloten_op DESC, m.id DESC;
                """, query, tx);
            var regeling = await grid.ReadSingleOrDefaultAsync<Regeling>() ?? new Regeling();
            var groepen = (await grid.ReadAsync<Groep>()).ToList();
            var casussen = (await grid.ReadAsync<Casus>()).ToList();
            var perGroep = casussen.ToLookup(x => x.VerbondsgroepId);
            return new Maatwerk
            {
                Regeling = regeling,
                BedragenZichtbaar = zichtbaar,
                // Summed in C#: decimals stay exact.
                Groepen = groepen.Select(g => g with
                {
                    HeeftBudget = g.Maatwerkbudget is not null,
                    Maatwerkbudget = zichtbaar ? g.Maatwerkbudget : null,
                    Besteed = zichtbaar ? perGroep[g.Id].Sum(x => x.Bedrag ?? 0) : null,
                    AantalCasussen = perGroep[g.Id].Count(),
                }).ToList(),
                Casussen = zichtbaar ? casussen : casussen.Select(x => x with { Bedrag = null }).ToList(),
            };
        }
    }
}
