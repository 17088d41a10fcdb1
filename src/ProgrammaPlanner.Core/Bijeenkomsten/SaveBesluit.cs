using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Adds a besluit to a session (BesluitId null) or saves an existing one (with its Version).</summary>
public static class SaveBesluit
{
    [Logboek("SaveBesluit", "Besluit opgeslagen")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, long? BesluitId, int Version, string Tekst) : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long BesluitId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Tekst).NotEmpty().WithMessage("Beschrijf het besluit.")
            .MaxTekens(Tekstgrenzen.Tekst, "Het besluit");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var args = cmd with { Tekst = cmd.Tekst.Trim() };
            if (cmd.BesluitId is null)
            {
                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO besluit (programma_id, bijeenkomst_id, tekst)
                    SELECT programma_id, id, @Tekst FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId
                    RETURNING id
                    """, args);
                if (id == 0) throw new NotFoundException("De bijeenkomst bestaat niet (meer).");
                return new Result(id, 1);
            }
            var rows = await c.ExecuteAsync(
                "UPDATE besluit SET tekst = @Tekst, version = version + 1 WHERE id = @BesluitId AND programma_id = @ProgrammaId AND version = @Version", args);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "besluit", cmd.BesluitId.Value, cmd.ProgrammaId, "Het besluit");
            return new Result(cmd.BesluitId.Value, cmd.Version + 1);
        }
    }
}
