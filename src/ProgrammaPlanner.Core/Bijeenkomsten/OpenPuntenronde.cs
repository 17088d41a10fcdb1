using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Opens a 100-points round on a session that is open for input: each participant divides exactly 100 points over the
/// session's bijdragen (all, or only those of one soort). Returns the round's id.
/// </summary>
public static class OpenPuntenronde
{
    public const int Punten = 100;

    [Vereist(Recht.Faciliteren)]
    [Logboek("OpenPuntenronde", "Puntenronde geopend")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, string? Soort) : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Soort).Must(s => string.IsNullOrEmpty(s) || BijdrageSoort.Alle.Contains(s))
            .WithMessage("Kies een soort bijdrage, of alle bijdragen.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var open = await c.QuerySingleOrDefaultAsync<long?>(
                "SELECT invoer_open FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId", cmd, tx)
                ?? throw new NotFoundException("De bijeenkomst bestaat niet (meer).");
            if (open == 0) throw new RefusedException("Open de bijeenkomst eerst voor invoer: deelnemers verdelen hun punten met dezelfde code.");
            try
            {
                return await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO puntenronde (programma_id, bijeenkomst_id, nummer, soort)
                    VALUES (@ProgrammaId, @BijeenkomstId,
                            COALESCE((SELECT MAX(nummer) FROM puntenronde WHERE bijeenkomst_id = @BijeenkomstId), 0) + 1, NULLIF(@Soort, ''))
                    RETURNING id
                    """, cmd, tx);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw new RefusedException("Er loopt al een puntenronde. Sluit die eerst.");
            }
        }, ct);
    }
}
