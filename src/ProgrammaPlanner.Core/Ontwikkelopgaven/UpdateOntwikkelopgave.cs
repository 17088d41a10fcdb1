using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>
/// Saves an inquiry's fields with what it found and recommends. Returns the new version. An answered or agendered
/// inquiry keeps its bevindingen and aanbeveling: emptying them is refused (its status would no longer be true).
/// </summary>
public static class UpdateOntwikkelopgave
{
    [Logboek("UpdateOntwikkelopgave", "Ontwikkelopgave gewijzigd")]
    public sealed record Command(
        long ProgrammaId, long OntwikkelopgaveId, int Version, string Titel, string Vraag, string Terrein, long? VerbondsgroepId,
        string Bevindingen, string Aanbeveling) : ICommand<int>, IOntwikkelopgaveGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            OntwikkelopgaveRules.Apply(this);
            RuleFor(x => x.Bevindingen).MaxTekens(Tekstgrenzen.LangeTekst, "De bevindingen");
            RuleFor(x => x.Aanbeveling).MaxTekens(Tekstgrenzen.Tekst, "De aanbeveling");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync((c, tx) => WriteAsync(c, tx, cmd), ct);
    }

    private static async Task<int> WriteAsync(DbConnection c, DbTransaction tx, Command cmd)
    {
        var status = await OntwikkelopgaveRules.StatusAsync(c, tx, cmd.ProgrammaId, cmd.OntwikkelopgaveId);
        await OntwikkelopgaveRules.CheckAsync(c, tx, cmd);
        if (OntwikkelopgaveStatus.VraagtUitkomst(status))
        {
            var leeg = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(cmd.Bevindingen)) leeg[nameof(Command.Bevindingen)] = [OntwikkelopgaveRules.UitkomstNodig(status)];
            if (string.IsNullOrWhiteSpace(cmd.Aanbeveling)) leeg[nameof(Command.Aanbeveling)] = [OntwikkelopgaveRules.UitkomstNodig(status)];
            if (leeg.Count > 0) throw new ValidationException(leeg);
        }

        var titel = cmd.Titel.Trim();
        try
        {
            var rows = await c.ExecuteAsync(
                """
                UPDATE ontwikkelopgave SET titel = @Titel, vraag = @Vraag, terrein = @Terrein, verbondsgroep_id = @VerbondsgroepId,
                    bevindingen = @Bevindingen, aanbeveling = @Aanbeveling, version = version + 1
                WHERE id = @OntwikkelopgaveId AND programma_id = @ProgrammaId AND version = @Version
                """, cmd with
                {
                    Titel = titel,
                    Vraag = cmd.Vraag.Trim(),
                    Terrein = cmd.Terrein.Trim(),
                    Bevindingen = cmd.Bevindingen.Trim(),
                    Aanbeveling = cmd.Aanbeveling.Trim(),
                }, tx);
            if (rows == 0)
                throw await Concurrency.ExplainAsync(c, Tables.Ontwikkelopgave, cmd.OntwikkelopgaveId, cmd.ProgrammaId, OntwikkelopgaveRules.Wat, tx);
        }
        catch (DbException e) when (Db.IsUniqueViolation(e))
        {
            throw ValidationException.For(nameof(Command.Titel), OntwikkelopgaveRules.TitelConflict(titel));
        }
        return cmd.Version + 1;
    }
}
