using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Doelstellingen;

/// <summary>A meerjarige doelstelling under a speerpunt, with its indicator, nulmeting and streefwaarden. Returns the new id.</summary>
public static class CreateDoelstelling
{
    [Logboek("CreateDoelstelling", "Doelstelling aangemaakt")]
    public sealed record Command(
        long ProgrammaId, long SpeerpuntId, string Naam, string Omschrijving, string IndicatorNaam, string IndicatorEenheid,
        string IndicatorBron, bool HogerIsBeter, string Meetfrequentie, decimal? NulmetingWaarde, int? NulmetingJaar,
        IReadOnlyList<Streefwaarde> Streefwaarden) : ICommand<long>, IDoelstellingGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => DoelstellingRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) =>
            db.InTransactionAsync((c, tx) => InsertAsync(c, tx, cmd), ct);
    }

    /// <summary>Checks and inserts the doelstelling in the caller's transaction; a caller applies <see cref="Validator"/> first.</summary>
    public static async Task<long> InsertAsync(DbConnection c, DbTransaction tx, Command cmd)
    {
        await DoelstellingRules.CheckAsync(c, tx, cmd);

        long id;
        var naam = cmd.Naam.Trim();
        try
        {
            id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO doelstelling (programma_id, speerpunt_id, naam, omschrijving, indicator_naam, indicator_eenheid,
                    indicator_bron, hoger_is_beter, meetfrequentie, nulmeting_waarde, nulmeting_jaar)
                VALUES (@ProgrammaId, @SpeerpuntId, @Naam, @Omschrijving, @IndicatorNaam, @IndicatorEenheid,
                    @IndicatorBron, @HogerIsBeter, @Meetfrequentie, @NulmetingWaarde, @NulmetingJaar)
                RETURNING id
                """, cmd with { Naam = naam, IndicatorNaam = cmd.IndicatorNaam.Trim() }, tx);
        }
        catch (DbException e) when (Db.IsUniqueViolation(e))
        {
            throw ValidationException.For(nameof(Command.Naam), DoelstellingRules.NaamConflict(naam));
        }
        await DoelstellingRules.InsertStreefwaardenAsync(c, tx, id, cmd.Streefwaarden);
        return id;
    }
}
