using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>Saves a Verbondsgroep's naam and wijk (not its maatwerkbudget: that is decided elsewhere). Returns the new version.</summary>
public static class UpdateVerbondsgroep
{
    [Logboek("UpdateVerbondsgroep", "Verbondsgroep gewijzigd")]
    public sealed record Command(long ProgrammaId, long GroepId, int Version, string Naam, long? WijkId) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => VerbondsgroepRules.Apply(this, c => c.Naam);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await VerbondsgroepRules.EisGroepAsync(c, tx, cmd.ProgrammaId, cmd.GroepId);
            await VerbondsgroepRules.CheckWijkAsync(c, tx, cmd.ProgrammaId, cmd.WijkId, nameof(Command.WijkId));
            int rows;
            try
            {
                rows = await c.ExecuteAsync(
                    """
                    UPDATE verbondsgroep SET naam = @Naam, wijk_id = @WijkId, version = version + 1
                    WHERE id = @GroepId AND programma_id = @ProgrammaId AND version = @Version
                    """, cmd with { Naam = cmd.Naam.Trim() }, tx);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), VerbondsgroepRules.DubbeleNaam(cmd.Naam));
            }
            if (rows == 0) throw await Concurrency.ExplainAsync(c, Tables.Verbondsgroep, cmd.GroepId, cmd.ProgrammaId, VerbondsgroepRules.Wat, tx);
            return cmd.Version + 1;
        }, ct);
    }
}
