using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// Adds a mijlpaal to a project (MijlpaalId null) or saves an existing one (with its Version). A vertraagde mijlpaal keeps
/// its planned datum and needs the NieuweDatum it is now expected, after the planned one; any other status clears it.
/// EigenaarGebruikerId: optionally a person (a member of the programma) who owns it; saving without it clears the person.
/// </summary>
public static class SaveMijlpaal
{
    [Logboek("SaveMijlpaal", "Mijlpaal opgeslagen")]
    public sealed record Command(long ProgrammaId, long ProjectId, long? MijlpaalId, int Version, string Titel, DateOnly Datum, string Status,
        DateOnly? NieuweDatum = null, long? EigenaarGebruikerId = null) : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long MijlpaalId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Titel).NotEmpty().WithMessage("Geef de mijlpaal een titel.")
                .MaxTekens(Tekstgrenzen.Titel, "De titel");
            RuleFor(x => x.Status).Must(s => MijlpaalStatus.Alle.Contains(s))
                .WithMessage($"Kies een status: {string.Join(", ", MijlpaalStatus.Alle)}.");
            When(x => x.Status == MijlpaalStatus.Vertraagd, () =>
                RuleFor(x => x.NieuweDatum).NotNull().WithMessage("Vul de nieuwe datum in waarop de vertraagde mijlpaal verwacht wordt.")
                    .Must((x, d) => d > x.Datum)
                    .WithMessage(x => $"De nieuwe datum moet na de geplande datum ({Opmaak.Datum(x.Datum)}) liggen."));
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await PersoonEigenaar.EisLidAsync(c, null, cmd.ProgrammaId, cmd.EigenaarGebruikerId, nameof(Command.EigenaarGebruikerId));
            var args = cmd with { Titel = cmd.Titel.Trim(), NieuweDatum = cmd.Status == MijlpaalStatus.Vertraagd ? cmd.NieuweDatum : null };
            if (cmd.MijlpaalId is null)
            {
                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO mijlpaal (project_id, titel, datum, status, nieuwe_datum, eigenaar_gebruiker_id)
                    SELECT id, @Titel, @Datum, @Status, @NieuweDatum, @EigenaarGebruikerId FROM project WHERE id = @ProjectId AND programma_id = @ProgrammaId
                    RETURNING id
                    """, args);
                if (id == 0) throw new NotFoundException("Het project bestaat niet (meer).");
                return new Result(id, 1);
            }

            var rows = await c.ExecuteAsync(
                """
                UPDATE mijlpaal SET titel = @Titel, datum = @Datum, status = @Status, nieuwe_datum = @NieuweDatum,
                    eigenaar_gebruiker_id = @EigenaarGebruikerId, version = version + 1
                WHERE id = @MijlpaalId AND version = @Version AND project_id = @ProjectId
                  AND project_id IN (SELECT id FROM project WHERE programma_id = @ProgrammaId)
                """, args);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "mijlpaal", cmd.MijlpaalId.Value, cmd.ProgrammaId, "De mijlpaal");
            return new Result(cmd.MijlpaalId.Value, cmd.Version + 1);
        }
    }
}
