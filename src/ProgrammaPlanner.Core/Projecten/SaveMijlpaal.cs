using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>Adds a mijlpaal to a project (MijlpaalId null) or saves an existing one (with its Version).</summary>
public static class SaveMijlpaal
{
    [Logboek("SaveMijlpaal", "Mijlpaal opgeslagen")]
    public sealed record Command(long ProgrammaId, long ProjectId, long? MijlpaalId, int Version, string Titel, DateOnly Datum, string Status)
        : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long MijlpaalId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Titel).NotEmpty().WithMessage("Geef de mijlpaal een titel.")
                .MaxTekens(Tekstgrenzen.Titel, "De titel");
            RuleFor(x => x.Status).Must(s => MijlpaalStatus.Alle.Contains(s))
                .WithMessage($"Kies een status: {string.Join(", ", MijlpaalStatus.Alle)}.");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var args = cmd with { Titel = cmd.Titel.Trim() };
            if (cmd.MijlpaalId is null)
            {
                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO mijlpaal (project_id, titel, datum, status)
                    SELECT id, @Titel, @Datum, @Status FROM project WHERE id = @ProjectId AND programma_id = @ProgrammaId
                    RETURNING id
                    """, args);
                if (id == 0) throw new NotFoundException("Het project bestaat niet (meer).");
                return new Result(id, 1);
            }

            var rows = await c.ExecuteAsync(
                """
                UPDATE mijlpaal SET titel = @Titel, datum = @Datum, status = @Status, version = version + 1
                WHERE id = @MijlpaalId AND version = @Version AND project_id = @ProjectId
                  AND project_id IN (SELECT id FROM project WHERE programma_id = @ProgrammaId)
                """, args);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "mijlpaal", cmd.MijlpaalId.Value, cmd.ProgrammaId, "De mijlpaal");
            return new Result(cmd.MijlpaalId.Value, cmd.Version + 1);
        }
    }
}
