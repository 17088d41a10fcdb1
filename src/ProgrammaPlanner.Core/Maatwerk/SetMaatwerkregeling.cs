using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Maatwerk;

/// <summary>
/// The facilitator sets the programma's maatwerk rules: the ceiling per casus above which a second person decides (null: none)
/// and whether lezers see the amounts of casussen. One row per programma, made on first save (version 0 means "not yet made").
/// Returns the new version.
/// </summary>
public static class SetMaatwerkregeling
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("SetMaatwerkregeling", "Maatwerkregeling vastgelegd")]
    public sealed record Command(long ProgrammaId, int Version, decimal? PlafondPerCasus, bool BedragenVoorLezers) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.PlafondPerCasus).Bedrag("Het plafond");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await ProgrammaBestaat.EisAsync(c, cmd.ProgrammaId, tx);
            // Insert when absent (only from version 0), else update at the version read: a second writer is told it changed.
            var rows = cmd.Version == 0
                ? await c.ExecuteAsync(
                    """
                    INSERT INTO maatwerkregeling (programma_id, plafond_per_casus, bedragen_voor_lezers)
                    VALUES (@ProgrammaId, @PlafondPerCasus, @BedragenVoorLezers)
                    ON CONFLICT (programma_id) DO NOTHING
                    """, cmd, tx)
                : await c.ExecuteAsync(
                    """
                    UPDATE maatwerkregeling SET plafond_per_casus = @PlafondPerCasus, bedragen_voor_lezers = @BedragenVoorLezers, version = version + 1
                    WHERE programma_id = @ProgrammaId AND version = @Version
                    """, cmd, tx);
            if (rows == 0)
                throw new ConflictException(
                    "De maatwerkregeling is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw en voer uw wijziging nogmaals in.");
            return cmd.Version + 1;
        }, ct);
    }
}
