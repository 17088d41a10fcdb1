using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Hoofdstukken;

/// <summary>
/// Numbers the coalition's own chapters in the given order (1..n): chapters placed after the same chapter of the plan are
/// printed in this order. The list must hold every own chapter exactly once.
/// </summary>
public static class ReorderEigenHoofdstukken
{
    [Logboek("ReorderEigenHoofdstukken", "Volgorde van de eigen hoofdstukken gewijzigd")]
    public sealed record Command(long ProgrammaId, IReadOnlyList<long> Ids) : ICommand<Unit>, IProgrammaScoped;

    private static readonly Volgorde.Woorden Woorden = new("eigen hoofdstukken", "hoofdstuk", HetWoord: true);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Ids).MustBeAnOrder(Woorden);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Volgorde.ReorderOrRefuseAsync(c, tx, Tables.EigenHoofdstuk, cmd.ProgrammaId, cmd.Ids, nameof(Command.Ids), Woorden);
            return Unit.Value;
        }, ct);
    }
}
