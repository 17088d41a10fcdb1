using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>
/// Numbers the programma's basisvoorwaarden in the given order (1..n). The list must hold every
/// basisvoorwaarde of the programma exactly once. The numbering is not part of the text, so versions stay.
/// </summary>
public static class ReorderBasisvoorwaarden
{
    [Logboek("ReorderBasisvoorwaarden", "Volgorde van de basisvoorwaarden gewijzigd")]
    public sealed record Command(long ProgrammaId, IReadOnlyList<long> Ids) : ICommand<Unit>, IProgrammaScoped;

    private static readonly Volgorde.Woorden Woorden = new("basisvoorwaarden", "basisvoorwaarde", HetWoord: false);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Ids).MustBeAnOrder(Woorden);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Volgorde.ReorderOrRefuseAsync(c, tx, Tables.Basisvoorwaarde, cmd.ProgrammaId, cmd.Ids, nameof(Command.Ids), Woorden);
            return Unit.Value;
        }, ct);
    }
}
