using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>A new inquiry with its question, terrain and (optionally) the Verbondsgroep that takes it up; it starts open. Returns the new id.</summary>
public static class CreateOntwikkelopgave
{
    [Logboek("CreateOntwikkelopgave", "Ontwikkelopgave aangemaakt")]
    public sealed record Command(long ProgrammaId, string Titel, string Vraag, string Terrein, long? VerbondsgroepId)
        : ICommand<long>, IOntwikkelopgaveGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => OntwikkelopgaveRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync((c, tx) => InsertAsync(c, tx, cmd), ct);
    }

    /// <summary>Checks and inserts in the caller's transaction; a caller applies <see cref="Validator"/> first.</summary>
    public static async Task<long> InsertAsync(DbConnection c, DbTransaction tx, Command cmd)
    {
        await OntwikkelopgaveRules.CheckAsync(c, tx, cmd);
        var titel = cmd.Titel.Trim();
        try
        {
            return await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO ontwikkelopgave (programma_id, titel, vraag, terrein, verbondsgroep_id, volgorde)
                VALUES (@ProgrammaId, @Titel, @Vraag, @Terrein, @VerbondsgroepId,
                        (SELECT COALESCE(MAX(volgorde), 0) + 1 FROM ontwikkelopgave WHERE programma_id = @ProgrammaId))
                RETURNING id
                """, cmd with { Titel = titel, Vraag = cmd.Vraag.Trim(), Terrein = cmd.Terrein.Trim() }, tx);
        }
        catch (DbException e) when (Db.IsUniqueViolation(e))
        {
            throw ValidationException.For(nameof(Command.Titel), OntwikkelopgaveRules.TitelConflict(titel));
        }
    }
}
