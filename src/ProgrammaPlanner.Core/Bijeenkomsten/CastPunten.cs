using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// A participant divides exactly 100 points over the bijdragen of the open points round; the allocation replaces their
/// earlier one in that round (sending twice counts once). Anonymous (<see cref="IDeelnemerRequest"/>).
/// </summary>
public static class CastPunten
{
    [Vereist(Recht.Iedereen)]
    [Logboek("CastPunten", "Punten verdeeld")]
    public sealed record Command(string Code, [property: JsonIgnore] string DeelnemerSleutel, IReadOnlyDictionary<long, int> Punten)
        : ICommand<Result>, IDeelnemerRequest;

    public sealed record Result(long ProgrammaId, long BijeenkomstId) : IProgrammaScoped;

    /// <summary>The error key of one bijdrage's field, so the phone page shows the message at that field.</summary>
    public static string Veld(long bijdrageId) => $"Punten[{bijdrageId}]";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            DeelnemerRules.ApplyCode(this);
            DeelnemerRules.ApplySleutel(this, x => x.DeelnemerSleutel);
            RuleFor(x => x.Punten).NotNull().WithMessage(NogTeVerdelen(0)).Custom((punten, ctx) =>
            {
                if (punten is null) return;
                foreach (var (id, n) in punten.Where(p => p.Value < 0))
                    ctx.AddFailure(Veld(id), $"Vul 0 of meer punten in, niet {n}.");
                if (punten.Values.Any(n => n < 0)) return;
                var totaal = punten.Values.Sum(n => (long)n);
                if (totaal != OpenPuntenronde.Punten)
                    ctx.AddFailure(nameof(Command.Punten), NogTeVerdelen(totaal));
            });
        }
    }

    /// <summary>Why a total other than 100 is refused, with what is left to divide (or to take away).</summary>
    public static string NogTeVerdelen(long totaal) => totaal < OpenPuntenronde.Punten
        ? $"U verdeelde {totaal} punten: nog {OpenPuntenronde.Punten - totaal} te verdelen. Het moeten er precies {OpenPuntenronde.Punten} zijn."
        : $"U verdeelde {totaal} punten: {totaal - OpenPuntenronde.Punten} te veel. Het moeten er precies {OpenPuntenronde.Punten} zijn.";

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var sessie = await DeelnemerRules.FindOpenAsync(c, cmd.Code, tx);
            var deelnemer = await DeelnemerRules.FindDeelnemerAsync(c, sessie.Id, cmd.DeelnemerSleutel, tx);
            var ronde = await c.QuerySingleOrDefaultAsync<Ronde>(
                "SELECT id, soort FROM puntenronde WHERE bijeenkomst_id = @Id AND open = 1", new { sessie.Id }, tx)
                ?? throw ValidationException.For(nameof(Command.Punten),
                    "Er loopt op dit moment geen puntenronde. Wacht tot de gespreksleider die opent.");
            var ids = cmd.Punten.Where(p => p.Value > 0).Select(p => p.Key).ToList();
            var geldig = await c.ExecuteScalarAsync<long>(
                $"""
                SELECT COUNT(*) FROM bijdrage WHERE {c.InList("id", "@ids")} AND bijeenkomst_id = @Id AND samengevoegd_in_id IS NULL
                  AND (@Soort IS NULL OR soort = @Soort)
                """, new { ids, sessie.Id, ronde.Soort }, tx);
            if (geldig != ids.Count)
                throw ValidationException.For(nameof(Command.Punten), "U kunt alleen punten geven aan de bijdragen van deze ronde. Laad de pagina opnieuw.");

            await c.ExecuteAsync("DELETE FROM puntenverdeling WHERE puntenronde_id = @ronde AND deelnemer_id = @deelnemer",
                new { ronde = ronde.Id, deelnemer = deelnemer.Id }, tx);
            foreach (var (bijdrageId, punten) in cmd.Punten.Where(p => p.Value > 0))
                await c.ExecuteAsync(
                    "INSERT INTO puntenverdeling (puntenronde_id, deelnemer_id, bijdrage_id, punten) VALUES (@ronde, @deelnemer, @bijdrageId, @punten)",
                    new { ronde = ronde.Id, deelnemer = deelnemer.Id, bijdrageId, punten }, tx);
            return new Result(sessie.ProgrammaId, sessie.Id);
        }, ct);

        private sealed record Ronde
        {
            public long Id { get; init; }
            public string? Soort { get; init; }
        }
    }
}
