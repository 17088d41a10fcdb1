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

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.SpeerpuntIds).Cascade(CascadeMode.Stop).NotNull().WithMessage("Geef de speerpunten in de gewenste volgorde.")
                .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Elk speerpunt mag maar één keer in de volgorde staan.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            if (!await Volgorde.ReorderAsync(c, tx, Tables.Speerpunt, cmd.ProgrammaId, cmd.SpeerpuntIds))
                throw ValidationException.For(nameof(Command.SpeerpuntIds),
                    "De volgorde moet precies alle speerpunten van dit programma bevatten. " +
                    "Er is intussen een speerpunt toegevoegd of verwijderd: laad de lijst opnieuw.");
            return Unit.Value;
        }, ct);
    }
}
