using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>Adds a criterion with its weight (CriteriumId null) or saves an existing one, e.g. "draagvlak", gewicht 2.</summary>
public static class SaveCriterium
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("SaveCriterium", "Criterium opgeslagen")]
    public sealed record Command(long ProgrammaId, long? CriteriumId, int Version, string Naam, decimal Gewicht) : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long CriteriumId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Naam).NotEmpty().WithMessage("Geef het criterium een naam, bijv. 'haalbaarheid'.")
                .MaxTekens(Tekstgrenzen.Naam, "De naam");
            RuleFor(x => x.Gewicht).GreaterThan(0).WithMessage("Het gewicht moet groter zijn dan 0.")
                .LessThanOrEqualTo(100).WithMessage("Het gewicht mag hoogstens 100 zijn.");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var args = cmd with { Naam = cmd.Naam.Trim() };
            try
            {
                if (cmd.CriteriumId is null)
                {
                    var id = await c.ExecuteScalarAsync<long>(
                        """
                        INSERT INTO criterium (programma_id, naam, gewicht, volgorde)
                        SELECT p.id, @Naam, @Gewicht, COALESCE((SELECT MAX(k.volgorde) FROM criterium k WHERE k.programma_id = p.id), 0) + 1
                        FROM programma p WHERE p.id = @ProgrammaId
                        RETURNING id
                        """, args);
                    if (id == 0) throw new NotFoundException("Dit programma bestaat niet (meer).");
                    return new Result(id, 1);
                }
                var rows = await c.ExecuteAsync(
                    "UPDATE criterium SET naam = @Naam, gewicht = @Gewicht, version = version + 1 " +
                    "WHERE id = @CriteriumId AND programma_id = @ProgrammaId AND version = @Version",
                    args);
                if (rows == 0) throw await Concurrency.ExplainAsync(c, "criterium", cmd.CriteriumId.Value, cmd.ProgrammaId, "Het criterium");
                return new Result(cmd.CriteriumId.Value, cmd.Version + 1);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), $"Er is al een criterium '{args.Naam}'. Kies een andere naam.");
            }
        }
    }
}
