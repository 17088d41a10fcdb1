using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Doelstellingen;

/// <summary>
/// Fills one cell of the realisatie grid: the measured value of a year, for the whole programme area (WijkId null)
/// or one wijk. A null Waarde clears the cell. Bumps and returns the doelstelling's version.
/// </summary>
public static class SetRealisatie
{
    [Logboek("SetRealisatie", "Realisatie vastgelegd")]
    public sealed record Command(long ProgrammaId, long DoelstellingId, int Version, int Jaar, long? WijkId, decimal? Waarde)
        : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await DoelstellingRules.FindAsync(c, cmd.ProgrammaId, cmd.DoelstellingId, tx);
            var periode = await DoelstellingRules.PeriodeAsync(c, cmd.ProgrammaId, tx);

            var errors = new Dictionary<string, string[]>();
            if (cmd.Jaar < periode.Startjaar || cmd.Jaar > periode.Eindjaar)
                errors[nameof(Command.Jaar)] =
                    [$"{cmd.Jaar} valt buiten de programmaperiode {DoelstellingRules.Periode(periode)}. Kies een jaar binnen die periode."];
            if (cmd.WijkId is not null && await c.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM wijk WHERE id = @WijkId AND programma_id = @ProgrammaId", cmd, tx) == 0)
                errors[nameof(Command.WijkId)] = ["Kies een wijk van dit programma, of geen wijk voor het hele programmagebied."];
            if (errors.Count > 0) throw new ValidationException(errors);

            await Versioned.BumpVersionAsync(c, tx, Tables.Doelstelling, cmd.DoelstellingId, cmd.ProgrammaId, cmd.Version, "De doelstelling");

            await Realisaties.WriteAsync(c, tx, cmd.DoelstellingId, cmd.Jaar, cmd.WijkId, cmd.Waarde);
            return cmd.Version + 1;
        }, ct);
    }
}
