using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Hoofdstukken;

/// <summary>
/// Adds one of the coalition's own chapters (HoofdstukId null; last in volgorde) or saves one: its title, its prose and
/// the chapter of the plan it follows (<see cref="Hoofdstuksoort.Plaatsen"/>).
/// </summary>
public static class SaveEigenHoofdstuk
{
    [Logboek("SaveEigenHoofdstuk", "Eigen hoofdstuk opgeslagen")]
    public sealed record Command(long ProgrammaId, long? HoofdstukId, int Version, string Titel, string Plaats, string Tekst)
        : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long HoofdstukId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Titel).NotEmpty().WithMessage("Geef het hoofdstuk een titel.").MaxTekens(Tekstgrenzen.Titel, "De titel");
            RuleFor(c => c.Plaats).Must(p => Hoofdstuksoort.Plaatsen.Any(h => h.Soort == p))
                .WithMessage("Kies na welk hoofdstuk dit hoofdstuk komt.");
            RuleFor(c => c.Tekst).MaxTekens(Tekstgrenzen.LangeTekst, "De tekst");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var p = new { cmd.ProgrammaId, cmd.HoofdstukId, cmd.Version, Titel = cmd.Titel.Trim(), cmd.Plaats, Tekst = (cmd.Tekst ?? "").TrimEnd() };
            try
            {
                if (cmd.HoofdstukId is { } id)
                {
                    var rows = await c.ExecuteAsync(
                        """
                        UPDATE eigen_hoofdstuk SET titel = @Titel, plaats = @Plaats, tekst = @Tekst, version = version + 1
                        WHERE id = @HoofdstukId AND programma_id = @ProgrammaId AND version = @Version
                        """, p, tx);
                    if (rows == 0) throw await Concurrency.ExplainAsync(c, Tables.EigenHoofdstuk, id, cmd.ProgrammaId, "Het hoofdstuk", tx);
                    return new Result(id, cmd.Version + 1);
                }
                var nieuw = await c.ExecuteScalarAsync<long?>(
                                """
                                INSERT INTO eigen_hoofdstuk (programma_id, titel, plaats, tekst, volgorde)
                                SELECT g.id, @Titel, @Plaats, @Tekst,
                                       COALESCE((SELECT MAX(h.volgorde) FROM eigen_hoofdstuk h WHERE h.programma_id = g.id), 0) + 1
                                FROM programma g WHERE g.id = @ProgrammaId
                                RETURNING id
                                """, p, tx)
                            ?? throw ProgrammaScope.ProgrammaNotFound();
                return new Result(nieuw, 1);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Titel), $"Er is in dit plan al een hoofdstuk met de titel '{p.Titel}'. Kies een andere titel.");
            }
        }, ct);
    }
}
