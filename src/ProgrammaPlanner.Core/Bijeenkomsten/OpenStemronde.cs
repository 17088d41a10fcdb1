using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Opens a dot-vote round on a session that is open for input: each participant gets N votes. Returns the round's id.</summary>
public static class OpenStemronde
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("OpenStemronde", "Stemronde geopend")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, int StemmenPerDeelnemer) : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.StemmenPerDeelnemer).InclusiveBetween(1, 20)
            .WithMessage("Geef elke deelnemer tussen 1 en 20 stemmen.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public async Task<long> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            var open = await c.QuerySingleOrDefaultAsync<long?>(
                "SELECT invoer_open FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId", cmd, tx)
                ?? throw new NotFoundException("De bijeenkomst bestaat niet (meer).");
            if (open == 0) throw new RefusedException("Open de bijeenkomst eerst voor invoer: deelnemers stemmen met dezelfde code.");
            try
            {
                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO stemronde (programma_id, bijeenkomst_id, nummer, stemmen_per_deelnemer)
                    VALUES (@ProgrammaId, @BijeenkomstId,
                            COALESCE((SELECT MAX(nummer) FROM stemronde WHERE bijeenkomst_id = @BijeenkomstId), 0) + 1, @StemmenPerDeelnemer)
                    RETURNING id
                    """, cmd, tx);
                await tx.CommitAsync(ct);
                return id;
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw new RefusedException("Er loopt al een stemronde. Sluit die eerst.");
            }
        }
    }
}
