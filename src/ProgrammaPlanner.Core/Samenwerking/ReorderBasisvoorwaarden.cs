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

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Ids).Cascade(CascadeMode.Stop).NotNull().WithMessage("Geef de basisvoorwaarden in de gewenste volgorde.")
                .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Elke basisvoorwaarde mag maar één keer in de volgorde staan.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            if (!await Volgorde.ReorderAsync(c, tx, Tables.Basisvoorwaarde, cmd.ProgrammaId, cmd.Ids))
                throw ValidationException.For(nameof(Command.Ids),
                    "De volgorde moet precies alle basisvoorwaarden van dit programma bevatten. " +
                    "Er is intussen een basisvoorwaarde toegevoegd of verwijderd: laad de lijst opnieuw.");
            return Unit.Value;
        }, ct);
    }
}
