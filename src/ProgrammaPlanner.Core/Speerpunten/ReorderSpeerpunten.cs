using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Speerpunten;

/// <summary>
/// Puts the programma's speerpunten in the given order (volgorde 1..n). The list must hold every speerpunt
/// of the programma exactly once, so a list read before someone added or deleted one is refused.
/// The display order is not part of a speerpunt's own fields, so versions are left alone.
/// </summary>
public static class ReorderSpeerpunten
{
    [Logboek("ReorderSpeerpunten", "Volgorde van de speerpunten gewijzigd")]
    public sealed record Command(long ProgrammaId, IReadOnlyList<long> SpeerpuntIds) : ICommand<Unit>, IProgrammaScoped;

    private static readonly Volgorde.Woorden Woorden = new("speerpunten", "speerpunt", HetWoord: true);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.SpeerpuntIds).MustBeAnOrder(Woorden);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Volgorde.ReorderOrRefuseAsync(c, tx, Tables.Speerpunt, cmd.ProgrammaId, cmd.SpeerpuntIds, nameof(Command.SpeerpuntIds), Woorden);
            return Unit.Value;
        }, ct);
    }
}
