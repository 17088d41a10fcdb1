using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// A member linked to a partner scores for that partner, on their own account, while the round is open. Any other
/// partner, or a closed round, is refused: only the facilitator or redacteur enters on a partner's behalf (<see cref="SetScores"/>).
/// </summary>
public static class SetMijnScores
{
    [Vereist(Recht.Lezen)]
    [Logboek("SetMijnScores", "Scores gegeven door partner")]
    public sealed record Command(long ProgrammaId, long PartnerId, IReadOnlyList<SetScores.Score> Scores) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Scorerecht.ApplyScores(this, x => x.Scores);
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var mijn = await Scorerecht.PartnerVanAsync(c, user, cmd.ProgrammaId, tx);
            if (mijn is null) throw new RefusedException(Scorerecht.NietGekoppeld);
            if (mijn != cmd.PartnerId) throw new RefusedException(Scorerecht.AndereHeeftPartner);
            if (await Scorerecht.RondeAsync(c, cmd.ProgrammaId, tx) is not { Open: true }) throw new RefusedException(Scorerecht.RondeNietOpen);
            await Scorerecht.WriteAsync(c, tx, cmd.ProgrammaId, cmd.PartnerId, cmd.Scores);
            return Unit.Value;
        }, ct);
    }
}
