using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// One partner's scores (1–5) for candidate projects per criterion. Each cell is the partner's own: a value sets it,
/// null clears it. Cells not in the list stay as they are, so two partners scoring at once do not overwrite each other.
/// </summary>
public static class SetScores
{
    public sealed record Score(long ProjectId, long CriteriumId, int? Waarde);

    [Logboek("SetScores", "Scores vastgelegd")]
    public sealed record Command(long ProgrammaId, long PartnerId, IReadOnlyList<Score> Scores) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleForEach(x => x.Scores).Must(s => s.Waarde is null or (>= 1 and <= 5))
            .WithMessage("Geef een score van 1 tot en met 5 (of laat het vak leeg).");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var args = new
            {
                cmd.ProgrammaId, cmd.PartnerId, Projecten = cmd.Scores.Select(s => s.ProjectId).Distinct().ToList(),
                Criteria = cmd.Scores.Select(s => s.CriteriumId).Distinct().ToList()
            };
            await using var grid = await c.QueryMultipleAsync(
                """
                SELECT COUNT(*) FROM partner WHERE id = @PartnerId AND programma_id = @ProgrammaId;
                SELECT COUNT(*) FROM project WHERE id IN @Projecten AND programma_id = @ProgrammaId;
                SELECT COUNT(*) FROM criterium WHERE id IN @Criteria AND programma_id = @ProgrammaId;
                """, args, tx);
            if (await grid.ReadSingleAsync<long>() == 0) throw ValidationException.For(nameof(Command.PartnerId), "Kies een partner van dit programma.");
            if (await grid.ReadSingleAsync<long>() != args.Projecten.Count || await grid.ReadSingleAsync<long>() != args.Criteria.Count)
                throw ValidationException.For(nameof(Command.Scores),
                    "Er zijn projecten of criteria bij die niet (meer) bij dit programma horen. Laad de pagina opnieuw.");

            foreach (var s in cmd.Scores)
                if (s.Waarde is { } waarde)
                    await c.ExecuteAsync(
                        """
                        INSERT INTO score (criterium_id, project_id, partner_id, waarde) VALUES (@CriteriumId, @ProjectId, @PartnerId, @waarde)
                        ON CONFLICT (criterium_id, project_id, partner_id) DO UPDATE SET waarde = excluded.waarde
                        """, new { s.CriteriumId, s.ProjectId, cmd.PartnerId, waarde }, tx);
                else
                    await c.ExecuteAsync("DELETE FROM score WHERE criterium_id = @CriteriumId AND project_id = @ProjectId AND partner_id = @PartnerId",
                        new { s.CriteriumId, s.ProjectId, cmd.PartnerId }, tx);
            return Unit.Value;
        }, ct);
    }
}
