using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// A participant answers the open statements of the session with eens, neutraal or oneens; an answer replaces their
/// earlier one to the same statement (sending twice counts once). Anonymous (<see cref="IDeelnemerRequest"/>).
/// </summary>
public static class SubmitAntwoorden
{
    public static readonly IReadOnlyList<string> Antwoorden = ["eens", "neutraal", "oneens"];

    [Vereist(Recht.Iedereen)]
    [Logboek("SubmitAntwoorden", "Stellingen beantwoord")]
    public sealed record Command(string Code, [property: JsonIgnore] string DeelnemerSleutel, IReadOnlyDictionary<long, string> Antwoorden) : ICommand<Result>,
        IDeelnemerRequest;

    public sealed record Result(long ProgrammaId, long BijeenkomstId) : IProgrammaScoped;

    /// <summary>The error key of one statement's answer, so the phone page shows the message at that statement.</summary>
    public static string Veld(long stellingId) => $"Antwoorden[{stellingId}]";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            DeelnemerRules.ApplyCode(this);
            DeelnemerRules.ApplySleutel(this, x => x.DeelnemerSleutel);
            RuleFor(x => x.Antwoorden).NotEmpty().WithMessage("Kies bij minstens één stelling eens, neutraal of oneens.");
            RuleFor(x => x.Antwoorden).Custom((antwoorden, ctx) =>
            {
                if (antwoorden is null) return;
                foreach (var (id, _) in antwoorden.Where(a => !Antwoorden.Contains(a.Value)))
                    ctx.AddFailure(Veld(id), "Kies eens, neutraal of oneens.");
            });
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var sessie = await DeelnemerRules.FindOpenAsync(c, cmd.Code, tx);
            var deelnemer = await DeelnemerRules.FindDeelnemerAsync(c, sessie.Id, cmd.DeelnemerSleutel, tx);
            var ids = cmd.Antwoorden.Keys.ToList();
            var open = (await c.QueryAsync<long>($"SELECT id FROM stelling WHERE {c.InList("id", "@ids")} AND bijeenkomst_id = @Id AND open = 1",
                new { ids, sessie.Id }, tx)).ToHashSet();
            var dicht = ids.Where(id => !open.Contains(id)).ToList();
            if (dicht.Count > 0)
                throw new ValidationException(dicht.ToDictionary(Veld, _ => new[] { "Deze stelling is gesloten of hoort niet bij deze bijeenkomst." }));
            foreach (var (stellingId, antwoord) in cmd.Antwoorden)
                await c.ExecuteAsync(
                    """
                    INSERT INTO stellingantwoord (stelling_id, deelnemer_id, antwoord) VALUES (@stellingId, @deelnemer, @antwoord)
                    ON CONFLICT (stelling_id, deelnemer_id) DO UPDATE SET antwoord = excluded.antwoord
                    """, new { stellingId, deelnemer = deelnemer.Id, antwoord }, tx);
            return new Result(sessie.ProgrammaId, sessie.Id);
        }, ct);
    }
}
