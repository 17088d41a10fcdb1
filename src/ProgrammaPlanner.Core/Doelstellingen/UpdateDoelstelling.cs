using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Doelstellingen;

/// <summary>Saves a doelstelling's fields and replaces its streefwaarden. Returns the new version.</summary>
public static class UpdateDoelstelling
{
    [Logboek("UpdateDoelstelling", "Doelstelling gewijzigd")]
    public sealed record Command(
        long ProgrammaId, long DoelstellingId, int Version, long SpeerpuntId, string Naam, string Omschrijving,
        string IndicatorNaam, string IndicatorEenheid, string IndicatorBron, bool HogerIsBeter, string Meetfrequentie,
        decimal? NulmetingWaarde, int? NulmetingJaar, IReadOnlyList<Streefwaarde> Streefwaarden) : ICommand<int>, IDoelstellingGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => DoelstellingRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync((c, tx) => WriteAsync(c, tx, cmd), ct);
    }

    /// <summary>The command's checks and writes in the caller's transaction (also used when a change proposal is taken over).</summary>
    public static async Task<int> WriteAsync(DbConnection c, DbTransaction tx, Command cmd)
    {
        await DoelstellingRules.FindAsync(c, cmd.ProgrammaId, cmd.DoelstellingId, tx);
        await DoelstellingRules.CheckAsync(c, tx, cmd);

        var naam = cmd.Naam.Trim();
        try
        {
            var rows = await c.ExecuteAsync(
                """
                UPDATE doelstelling SET speerpunt_id = @SpeerpuntId, naam = @Naam, omschrijving = @Omschrijving,
                    indicator_naam = @IndicatorNaam, indicator_eenheid = @IndicatorEenheid, indicator_bron = @IndicatorBron,
                    hoger_is_beter = @HogerIsBeter, meetfrequentie = @Meetfrequentie, nulmeting_waarde = @NulmetingWaarde,
                    nulmeting_jaar = @NulmetingJaar, version = version + 1
                WHERE id = @DoelstellingId AND programma_id = @ProgrammaId AND version = @Version
                """, cmd with { Naam = naam, IndicatorNaam = cmd.IndicatorNaam.Trim() }, tx);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "doelstelling", cmd.DoelstellingId, cmd.ProgrammaId, "De doelstelling", tx);
        }
        catch (DbException e) when (Db.IsUniqueViolation(e))
        {
            throw ValidationException.For(nameof(Command.Naam), DoelstellingRules.NaamConflict(naam));
        }

        await c.ExecuteAsync("DELETE FROM streefwaarde WHERE doelstelling_id = @DoelstellingId", new { cmd.DoelstellingId }, tx);
        await DoelstellingRules.InsertStreefwaardenAsync(c, tx, cmd.DoelstellingId, cmd.Streefwaarden);
        return cmd.Version + 1;
    }

    /// <summary>The command that saves the doelstelling as it is now: the start for a change to one of its fields.</summary>
    public static async Task<Command> CurrentAsync(DbConnection c, DbTransaction tx, long programmaId, long doelstellingId)
    {
        var d = await c.QuerySingleOrDefaultAsync<GetDoelstelling.Doelstelling>(
            """
            SELECT speerpunt_id, naam, omschrijving, indicator_naam, indicator_eenheid, indicator_bron, hoger_is_beter, meetfrequentie,
                nulmeting_waarde, nulmeting_jaar, version
            FROM doelstelling WHERE id = @doelstellingId AND programma_id = @programmaId
            """, new { programmaId, doelstellingId }, tx) ?? throw new NotFoundException("De doelstelling bestaat niet (meer).");
        var streefwaarden = await c.QueryAsync<GetDoelstelling.StreefwaardeRow>(
            "SELECT doelstelling_id, jaar, waarde FROM streefwaarde WHERE doelstelling_id = @doelstellingId ORDER BY jaar", new { doelstellingId }, tx);
        return new Command(programmaId, doelstellingId, d.Version, d.SpeerpuntId, d.Naam, d.Omschrijving, d.IndicatorNaam,
            d.IndicatorEenheid, d.IndicatorBron, d.HogerIsBeter, d.Meetfrequentie, d.NulmetingWaarde, d.NulmetingJaar,
            [.. streefwaarden.Select(s => new Streefwaarde(s.Jaar, s.Waarde))]);
    }
}
