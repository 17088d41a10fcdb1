using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>A Verbondsgroep of a learning coalition, optionally in one of the programma's wijken; it comes last in the list. Returns its id.</summary>
public static class CreateVerbondsgroep
{
    [Logboek("CreateVerbondsgroep", "Verbondsgroep aangemaakt")]
    public sealed record Command(long ProgrammaId, string Naam, long? WijkId) : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => VerbondsgroepRules.Apply(this, c => c.Naam);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await ProgrammaBestaat.EisAsync(c, cmd.ProgrammaId, tx);
            await VerbondsgroepRules.CheckWijkAsync(c, tx, cmd.ProgrammaId, cmd.WijkId, nameof(Command.WijkId));
            try
            {
                return await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO verbondsgroep (programma_id, naam, wijk_id, volgorde)
                    VALUES (@ProgrammaId, @Naam, @WijkId,
                            (SELECT COALESCE(MAX(volgorde), 0) + 1 FROM verbondsgroep WHERE programma_id = @ProgrammaId))
                    RETURNING id
                    """, cmd with { Naam = cmd.Naam.Trim() }, tx);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), VerbondsgroepRules.DubbeleNaam(cmd.Naam));
            }
        }, ct);
    }
}
