using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Programmas;

public static class UpdateProgramma
{
    /// <summary>Returns the new version of the programma.</summary>
    [Logboek("UpdateProgramma", "Programma gewijzigd")]
    public sealed record Command(
        long ProgrammaId, int Version, string Naam, string Motto, string Gebied, int Startjaar, int Eindjaar,
        string Fase, string Aanleiding, string Ambitie) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            ProgrammaRules.Apply(this, c => c.Naam, c => c.Startjaar, c => c.Eindjaar, c => c.Fase);
            ProgrammaRules.ApplyTeksten(this, c => c.Motto, c => c.Gebied, c => c.Aanleiding, c => c.Ambitie);
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            // Shrinking the period must not strand targets or inzet outside it.
            var buiten = await c.ExecuteScalarAsync<long>(
                """
                SELECT (SELECT COUNT(*) FROM streefwaarde s JOIN doelstelling d ON d.id = s.doelstelling_id
                        WHERE d.programma_id = @ProgrammaId AND (s.jaar < @Startjaar OR s.jaar > @Eindjaar))
                     + (SELECT COUNT(*) FROM inzet i JOIN project p ON p.id = i.project_id
                        WHERE p.programma_id = @ProgrammaId AND (i.jaar < @Startjaar OR i.jaar > @Eindjaar))
                """, cmd, tx);
            if (buiten > 0)
                throw ValidationException.For(nameof(Command.Startjaar),
                    $"De periode {cmd.Startjaar}–{cmd.Eindjaar} laat {buiten} streefwaarde(n) of inzetregel(s) buiten de periode vallen. Pas die eerst aan.");

            try
            {
                var rows = await c.ExecuteAsync(
                    """
                    UPDATE programma SET naam = @Naam, motto = @Motto, gebied = @Gebied, startjaar = @Startjaar,
                        eindjaar = @Eindjaar, fase = @Fase, aanleiding = @Aanleiding, ambitie = @Ambitie, version = version + 1
                    WHERE id = @ProgrammaId AND version = @Version
                    """, cmd with { Naam = cmd.Naam.Trim() }, tx);
                if (rows == 0) throw await Concurrency.ExplainAsync(c, "programma", cmd.ProgrammaId, cmd.ProgrammaId, "Het programma", tx);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), $"Er bestaat al een programma met de naam '{cmd.Naam.Trim()}'.");
            }
            return cmd.Version + 1;
        }, ct);
    }
}
