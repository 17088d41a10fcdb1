using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// A participant casts their dots in the open round: the list replaces their earlier votes in that round (so sending
/// twice counts once). A bijdrage may get several dots. Anonymous (<see cref="IDeelnemerRequest"/>).
/// </summary>
public static class CastStemmen
{
    [Vereist(Recht.Iedereen)]
    [Logboek("CastStemmen", "Stemmen uitgebracht")]
    public sealed record Command(string Code, [property: JsonIgnore] string DeelnemerSleutel, IReadOnlyList<long> BijdrageIds)
        : ICommand<Result>, IDeelnemerRequest;

    public sealed record Result(long ProgrammaId, long BijeenkomstId, int Aantal) : IProgrammaScoped;

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
            var sessie = await DeelnemerRules.FindOpenAsync(c, cmd.Code, tx);
            var deelnemer = await DeelnemerRules.FindDeelnemerAsync(c, sessie.Id, cmd.DeelnemerSleutel, tx);
            var ronde = await c.QuerySingleOrDefaultAsync<Ronde>(
                "SELECT id, stemmen_per_deelnemer AS stemmen FROM stemronde WHERE bijeenkomst_id = @Id AND open = 1", new { sessie.Id }, tx)
                ?? throw ValidationException.For(nameof(Command.BijdrageIds), "Er loopt op dit moment geen stemronde. Wacht tot de gespreksleider die opent.");
            if (cmd.BijdrageIds.Count > ronde.Stemmen)
                throw ValidationException.For(nameof(Command.BijdrageIds),
                    $"U heeft {ronde.Stemmen} {(ronde.Stemmen == 1 ? "stem" : "stemmen")} en koos er {cmd.BijdrageIds.Count}. " +
                    $"Haal er {cmd.BijdrageIds.Count - ronde.Stemmen} weg.");
            var ids = cmd.BijdrageIds.Distinct().ToList();
            var geldig = await c.ExecuteScalarAsync<long>(
                $"SELECT COUNT(*) FROM bijdrage WHERE {c.InList("id", "@ids")} AND bijeenkomst_id = @Id AND samengevoegd_in_id IS NULL",
                new { ids, sessie.Id }, tx);
            if (geldig != ids.Count)
                throw ValidationException.For(nameof(Command.BijdrageIds), "U kunt alleen stemmen op bijdragen van deze bijeenkomst. Laad de pagina opnieuw.");

            await c.ExecuteAsync("DELETE FROM stem WHERE stemronde_id = @ronde AND deelnemer_id = @deelnemer",
                new { ronde = ronde.Id, deelnemer = deelnemer.Id }, tx);
            foreach (var bijdrageId in cmd.BijdrageIds)
                await c.ExecuteAsync("INSERT INTO stem (stemronde_id, deelnemer_id, bijdrage_id) VALUES (@ronde, @deelnemer, @bijdrageId)",
                    new { ronde = ronde.Id, deelnemer = deelnemer.Id, bijdrageId }, tx);
            return new Result(sessie.ProgrammaId, sessie.Id, cmd.BijdrageIds.Count);
        }, ct);

        private sealed record Ronde
        {
            public long Id { get; init; }
            public int Stemmen { get; init; }
        }
    }
}
