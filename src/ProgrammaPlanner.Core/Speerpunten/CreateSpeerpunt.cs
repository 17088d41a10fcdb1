using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Speerpunten;

/// <summary>Adds a speerpunt at the end of the programma's list. Returns its id.</summary>
public static class CreateSpeerpunt
{
    [Logboek("CreateSpeerpunt", "Speerpunt aangemaakt")]
    public sealed record Command(long ProgrammaId, string Naam, string Analyse) : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => SpeerpuntRules.Apply(this, c => c.Naam, c => c.Analyse);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) =>
            db.InTransactionAsync((c, tx) => InsertAsync(c, tx, cmd), ct);
    }

    /// <summary>
    /// The insert itself, also run inside the transaction of a command that creates a speerpunt as one of its steps.
    /// Checks no rights and runs no validator: the calling command's pipeline did (a caller must apply <see cref="Validator"/>).
    /// </summary>
    public static async Task<long> InsertAsync(DbConnection c, DbTransaction tx, Command cmd)
    {
        try
        {
            return await c.ExecuteScalarAsync<long?>(
                       """
                       INSERT INTO speerpunt (programma_id, naam, "analyse", volgorde)
                       SELECT p.id, @Naam, @Analyse, COALESCE((SELECT MAX(s.volgorde) FROM speerpunt s WHERE s.programma_id = p.id), 0) + 1
                       FROM programma p WHERE p.id = @ProgrammaId
                       RETURNING id
                       """, new { cmd.ProgrammaId, Naam = cmd.Naam.Trim(), Analyse = cmd.Analyse?.Trim() ?? "" }, tx)
                   ?? throw ProgrammaScope.ProgrammaNotFound();
        }
        catch (DbException e) when (Db.IsUniqueViolation(e))
        {
            throw ValidationException.For(nameof(Command.Naam), SpeerpuntRules.DubbeleNaam(cmd.Naam));
        }
    }
}
