using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Maatwerk;

/// <summary>
/// Records one decision of a Verbondsgroep to use maatwerkbudget and/or regelruimte for an anonymous casus: what was paid, which
/// rule was set aside, who decided and when. Above the programma's ceiling a second person decides too; the group's budget is
/// never exceeded. Returns the casus's id.
/// </summary>
public static class RecordMaatwerkcasus
{
    [Logboek("RecordMaatwerkcasus", "Maatwerkcasus vastgelegd")]
    public sealed record Command(long ProgrammaId, long VerbondsgroepId, string Omschrijving, decimal Bedrag, string Regel, string BeslotenDoor,
        string TweedeBeslisser, DateOnly? BeslotenOp) : ICommand<long>, IMaatwerkcasus;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => MaatwerkRules.Apply(this);
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await ProgrammaBestaat.EisAsync(c, cmd.ProgrammaId, tx);
            await MaatwerkRules.CheckAsync(c, tx, cmd, null, Tijd.Vandaag(clock));
            return await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO maatwerkcasus (programma_id, verbondsgroep_id, omschrijving, bedrag, regel, besloten_door, tweede_beslisser, besloten_op)
                VALUES (@ProgrammaId, @VerbondsgroepId, @Omschrijving, @Bedrag, @Regel, @BeslotenDoor, @TweedeBeslisser, @BeslotenOp) RETURNING id
                """, MaatwerkRules.Getrimd(cmd), tx);
        }, ct);
    }
}
