using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Wijken;

/// <summary>Renames a wijk. Returns its new version.</summary>
public static class RenameWijk
{
    [Logboek("RenameWijk", "Wijk hernoemd")]
    public sealed record Command(long ProgrammaId, long WijkId, int Version, string Naam) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => WijkRules.Apply(this, c => c.Naam);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            int rows;
            try
            {
                rows = await c.ExecuteAsync(
                    """
                    UPDATE wijk SET naam = @Naam, version = version + 1
                    WHERE id = @WijkId AND programma_id = @ProgrammaId AND version = @Version
                    """, cmd with { Naam = cmd.Naam.Trim() }, tx);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), WijkRules.DubbeleNaam(cmd.Naam));
            }
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "wijk", cmd.WijkId, cmd.ProgrammaId, "De wijk", tx);
            return cmd.Version + 1;
        }, ct);
    }
}
