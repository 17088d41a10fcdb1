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

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Ids).Cascade(CascadeMode.Stop).NotNull().WithMessage("Geef de hoofdstukken in de gewenste volgorde.")
                .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Elk hoofdstuk mag maar één keer in de volgorde staan.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            if (!await Volgorde.ReorderAsync(c, tx, Tables.EigenHoofdstuk, cmd.ProgrammaId, cmd.Ids))
                throw ValidationException.For(nameof(Command.Ids),
                    "De volgorde moet precies alle eigen hoofdstukken van dit programma bevatten. " +
                    "Er is intussen een hoofdstuk toegevoegd of verwijderd: laad de lijst opnieuw.");
            return Unit.Value;
        }, ct);
    }
}
