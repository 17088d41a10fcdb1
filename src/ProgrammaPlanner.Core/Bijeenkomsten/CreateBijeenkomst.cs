using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>A dialoogtafel or werkbijeenkomst with its invited and present partners. Returns the new id.</summary>
public static class CreateBijeenkomst
{
    [Logboek("CreateBijeenkomst", "Bijeenkomst aangemaakt")]
    public sealed record Command(
        long ProgrammaId, string Soort, string Titel, DateOnly Datum, TimeOnly Begintijd, TimeOnly Eindtijd, string Locatie,
        string Vraagstelling, string Agenda, IReadOnlyList<long> UitgenodigdIds, IReadOnlyList<long> AanwezigIds)
        : ICommand<long>, IBijeenkomstGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => BijeenkomstRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await BijeenkomstRules.CheckAsync(c, tx, cmd);
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd, locatie, vraagstelling, agenda)
                VALUES (@ProgrammaId, @Soort, @Titel, @Datum, @Begintijd, @Eindtijd, @Locatie, @Vraagstelling, @Agenda)
                RETURNING id
                """, BijeenkomstRules.Parameters(cmd), tx);
            await BijeenkomstRules.WritePartnersAsync(c, tx, id, cmd);
            return id;
        }, ct);
    }
}
