using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Maatwerk;

/// <summary>Corrects a recorded casus under the same rules as recording it (its own old amount does not count against the budget).</summary>
public static class UpdateMaatwerkcasus
{
    [Logboek("UpdateMaatwerkcasus", "Maatwerkcasus gewijzigd")]
    public sealed record Command(long ProgrammaId, long MaatwerkcasusId, int Version, long VerbondsgroepId, string Omschrijving, decimal Bedrag,
        string Regel, string BeslotenDoor, string TweedeBeslisser, DateOnly? BeslotenOp) : ICommand<int>, IMaatwerkcasus;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => MaatwerkRules.Apply(this);
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Maatwerkcasus, cmd.MaatwerkcasusId, cmd.ProgrammaId, cmd.Version, "De casus");
            await MaatwerkRules.CheckAsync(c, tx, cmd, cmd.MaatwerkcasusId, Tijd.Vandaag(clock));
            var v = MaatwerkRules.Getrimd(cmd);
            await c.ExecuteAsync(
                """
                UPDATE maatwerkcasus SET verbondsgroep_id = @VerbondsgroepId, omschrijving = @Omschrijving, bedrag = @Bedrag, regel = @Regel,
                       besloten_door = @BeslotenDoor, tweede_beslisser = @TweedeBeslisser, besloten_op = @BeslotenOp
                WHERE id = @Id
                """, new { v.VerbondsgroepId, v.Omschrijving, v.Bedrag, v.Regel, v.BeslotenDoor, v.TweedeBeslisser, v.BeslotenOp, Id = cmd.MaatwerkcasusId },
                tx);
            return version;
        }, ct);
    }
}
