using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>Adds a risico to a project (RisicoId null) or saves an existing one (with its Version).</summary>
public static class SaveRisico
{
    [Logboek("SaveRisico", "Risico opgeslagen")]
    public sealed record Command(long ProgrammaId, long ProjectId, long? RisicoId, int Version, string Omschrijving, string Kans,
        string Impact, string Maatregel) : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long RisicoId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            var niveaus = $"Kies {string.Join(", ", RisicoNiveau.Alle)}.";
            RuleFor(x => x.Omschrijving).NotEmpty().WithMessage("Beschrijf het risico.").MaxTekens(Tekstgrenzen.Tekst, "De omschrijving");
            RuleFor(x => x.Maatregel).MaxTekens(Tekstgrenzen.Tekst, "De maatregel");
            RuleFor(x => x.Kans).Must(k => RisicoNiveau.Alle.Contains(k)).WithMessage($"Hoe groot is de kans? {niveaus}");
            RuleFor(x => x.Impact).Must(i => RisicoNiveau.Alle.Contains(i)).WithMessage($"Hoe groot is de impact? {niveaus}");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var args = cmd with { Omschrijving = cmd.Omschrijving.Trim() };
            if (cmd.RisicoId is null)
            {
                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO risico (project_id, omschrijving, kans, impact, maatregel)
                    SELECT id, @Omschrijving, @Kans, @Impact, @Maatregel FROM project WHERE id = @ProjectId AND programma_id = @ProgrammaId
                    RETURNING id
                    """, args);
                if (id == 0) throw new NotFoundException("Het project bestaat niet (meer).");
                return new Result(id, 1);
            }

            var rows = await c.ExecuteAsync(
                """
                UPDATE risico SET omschrijving = @Omschrijving, kans = @Kans, impact = @Impact, maatregel = @Maatregel, version = version + 1
                WHERE id = @RisicoId AND version = @Version AND project_id = @ProjectId
                  AND project_id IN (SELECT id FROM project WHERE programma_id = @ProgrammaId)
                """, args);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "risico", cmd.RisicoId.Value, cmd.ProgrammaId, "Het risico");
            return new Result(cmd.RisicoId.Value, cmd.Version + 1);
        }
    }
}
