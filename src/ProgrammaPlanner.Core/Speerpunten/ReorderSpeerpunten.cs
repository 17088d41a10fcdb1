using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
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
        public async Task<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();

            if (await c.ExecuteScalarAsync<long?>("SELECT id FROM programma WHERE id = @ProgrammaId", cmd, tx) is null)
                throw ProgrammaScope.ProgrammaNotFound();
            var bestaand = (await c.QueryAsync<long>("SELECT id FROM speerpunt WHERE programma_id = @ProgrammaId", cmd, tx)).ToHashSet();
            if (!bestaand.SetEquals(cmd.SpeerpuntIds) || bestaand.Count != cmd.SpeerpuntIds.Count)
                throw ValidationException.For(nameof(Command.SpeerpuntIds),
                    "De volgorde moet precies alle speerpunten van dit programma bevatten. Er is intussen een speerpunt toegevoegd of verwijderd: laad de lijst opnieuw.");

            await c.ExecuteAsync(
                "UPDATE speerpunt SET volgorde = @Volgorde WHERE id = @Id AND programma_id = @ProgrammaId",
                cmd.SpeerpuntIds.Select((id, i) => new { Id = id, Volgorde = i + 1, cmd.ProgrammaId }), tx);
            await tx.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
