using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// A partner scores through its personal link, without an account, while the round is open. The link scores for its own
/// partner only: a PartnerId other than the link's is refused. An unknown or renewed link is refused without details.
/// </summary>
public static class SetScoresViaLink
{
    [Vereist(Recht.Iedereen)]
    [Logboek("SetScoresViaLink", "Scores gegeven via persoonlijke link")]
    public sealed record Command([property: JsonIgnore] string Token, long PartnerId, IReadOnlyList<SetScores.Score> Scores) : ICommand<Result>;

    /// <summary>Scoped by the link's programma, so the logboek and the facilitator's page know where it happened.</summary>
    public sealed record Result(long ProgrammaId) : IProgrammaScoped;

    public const string Onbekend = "Deze link werkt niet (meer). Vraag de facilitator om een nieuwe link.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Scorerecht.ApplyScores(this, x => x.Scores);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var link = string.IsNullOrWhiteSpace(cmd.Token) || cmd.Token.Length > 200 ? null : await GetScorelink.ZoekAsync(c, tx, cmd.Token);
            if (link is null) throw new RefusedException(Onbekend);
            if (link.PartnerId != cmd.PartnerId) throw new RefusedException(Scorerecht.AndereHeeftPartner);
            if (!link.Open) throw new RefusedException(Scorerecht.RondeNietOpen);
            await Scorerecht.WriteAsync(c, tx, link.ProgrammaId, link.PartnerId, cmd.Scores);
            return new Result(link.ProgrammaId);
        }, ct);
    }
}
