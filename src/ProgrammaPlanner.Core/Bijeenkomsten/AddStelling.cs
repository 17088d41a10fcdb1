using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Adds a statement to a session that is open for input and opens it at once: participants answer it on their phone.</summary>
public static class AddStelling
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("AddStelling", "Stelling voorgelegd")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, string Tekst) : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Tekst).NotEmpty().WithMessage("Typ de stelling.")
            .MaxTekens(Tekstgrenzen.KorteTekst, "De stelling");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var open = await c.QuerySingleOrDefaultAsync<long?>(
                "SELECT invoer_open FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId", cmd, tx)
                ?? throw new NotFoundException("De bijeenkomst bestaat niet (meer).");
            if (open == 0) throw new RefusedException("Open de bijeenkomst eerst voor invoer: deelnemers antwoorden met dezelfde code.");
            return await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO stelling (programma_id, bijeenkomst_id, nummer, tekst)
                VALUES (@ProgrammaId, @BijeenkomstId,
                        COALESCE((SELECT MAX(nummer) FROM stelling WHERE bijeenkomst_id = @BijeenkomstId), 0) + 1, @Tekst)
                RETURNING id
                """, cmd with { Tekst = cmd.Tekst.Trim() }, tx);
        }, ct);
    }
}
