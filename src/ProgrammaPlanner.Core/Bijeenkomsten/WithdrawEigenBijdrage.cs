using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// A participant withdraws (intrekken) one of their own bijdragen while input is open. Same checks as
/// <see cref="UpdateEigenBijdrage"/>: only their own, not after the facilitator handled it or anyone voted on it.
/// </summary>
/// <remarks>
/// The row is deleted rather than marked withdrawn. The checks guarantee nothing refers to it yet (no merge, no link to an
/// element, no "niet overgenomen", no votes), so deleting leaves no gap anywhere, and every page that lists bijdragen (wall,
/// overzicht, verslag, vote pages, counts) is right without learning a new filter that one of them could miss. It is also
/// what a participant expects of "intrekken": their words are gone, not hidden.
/// </remarks>
public static class WithdrawEigenBijdrage
{
    [Vereist(Recht.Iedereen)]
    [Logboek("WithdrawEigenBijdrage", "Bijdrage ingetrokken door deelnemer")]
    public sealed record Command(string Code, [property: JsonIgnore] string DeelnemerSleutel, long BijdrageId, int Version)
        : ICommand<Result>, IDeelnemerRequest;

    public sealed record Result(long ProgrammaId) : IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            DeelnemerRules.ApplyCode(this);
            DeelnemerRules.ApplySleutel(this, x => x.DeelnemerSleutel);
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var sessie = await UpdateEigenBijdrage.FindEigenAsync(c, tx, cmd.Code, cmd.DeelnemerSleutel, cmd.BijdrageId, cmd.Version);
            await c.ExecuteAsync("DELETE FROM bijdrage WHERE id = @BijdrageId", new { cmd.BijdrageId }, tx);
            return new Result(sessie.ProgrammaId);
        }, ct);
    }
}
