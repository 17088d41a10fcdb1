using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// A facilitator or redacteur enters one partner's scores (1–5) on the partner's behalf, in or outside a round (also after
/// closing it, to correct); the logboek shows it as entered on the partner's behalf. Each cell is the partner's own: a
/// value sets it, null clears it. Cells not in the list stay as they are, so two partners scoring at once do not overwrite
/// each other. A partner scoring for itself uses <see cref="SetMijnScores"/> or its personal link (<see cref="SetScoresViaLink"/>).
/// </summary>
public static class SetScores
{
    public sealed record Score(long ProjectId, long CriteriumId, int? Waarde);

    [Vereist(Recht.Bewerken)]
    [Logboek("SetScores", "Scores namens partner ingevoerd")]
    public sealed record Command(long ProgrammaId, long PartnerId, IReadOnlyList<Score> Scores) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Scorerecht.ApplyScores(this, x => x.Scores);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Scorerecht.WriteAsync(c, tx, cmd.ProgrammaId, cmd.PartnerId, cmd.Scores);
            return Unit.Value;
        }, ct);
    }
}
