using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Saves a session's fields and its partner lists as a whole. Returns the new version.</summary>
public static class UpdateBijeenkomst
{
    [Logboek("UpdateBijeenkomst", "Bijeenkomst gewijzigd")]
    public sealed record Command(
        long ProgrammaId, long BijeenkomstId, int Version, string Soort, string Titel, DateOnly Datum, TimeOnly Begintijd,
        TimeOnly Eindtijd, string Locatie, string Vraagstelling, string Agenda, IReadOnlyList<long> UitgenodigdIds,
        IReadOnlyList<long> AanwezigIds) : ICommand<int>, IBijeenkomstGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => BijeenkomstRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await BijeenkomstRules.FindAsync(c, cmd.ProgrammaId, cmd.BijeenkomstId, tx); // another programma's session: not found, before any field check
            await BijeenkomstRules.CheckAsync(c, tx, cmd);
            var rows = await c.ExecuteAsync(
                """
                UPDATE bijeenkomst SET soort = @Soort, titel = @Titel, datum = @Datum, begintijd = @Begintijd, eindtijd = @Eindtijd,
                    locatie = @Locatie, vraagstelling = @Vraagstelling, agenda = @Agenda, version = version + 1
                WHERE id = @Id AND programma_id = @ProgrammaId AND version = @Version
                """, BijeenkomstRules.Parameters(cmd, cmd.BijeenkomstId, cmd.Version), tx);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "bijeenkomst", cmd.BijeenkomstId, cmd.ProgrammaId, "De bijeenkomst", tx);
            await BijeenkomstRules.WritePartnersAsync(c, tx, cmd.BijeenkomstId, cmd);
            return cmd.Version + 1;
        }, ct);
    }
}
