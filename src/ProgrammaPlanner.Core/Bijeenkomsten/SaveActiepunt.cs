using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Adds an actiepunt to a session (ActiepuntId null) or saves an existing one: owner partner, optionally a person (a member of the
/// programma) as owner too, deadline, status. Saving without EigenaarGebruikerId clears the person.
/// </summary>
public static class SaveActiepunt
{
    [Logboek("SaveActiepunt", "Actiepunt opgeslagen")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, long? ActiepuntId, int Version, string Omschrijving,
        long EigenaarPartnerId, DateOnly Deadline, string Status, long? EigenaarGebruikerId = null) : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long ActiepuntId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Omschrijving).NotEmpty().WithMessage("Beschrijf wat er moet gebeuren.")
                .MaxTekens(Tekstgrenzen.KorteTekst, "De omschrijving");
            RuleFor(x => x.Status).Must(s => ActiepuntStatus.Alle.Contains(s))
                .WithMessage($"Kies een status: {string.Join(", ", ActiepuntStatus.Alle)}.");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await BijeenkomstRules.FindAsync(c, cmd.ProgrammaId, cmd.BijeenkomstId, tx);
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM partner WHERE id = @EigenaarPartnerId AND programma_id = @ProgrammaId", cmd, tx) == 0)
                throw ValidationException.For(nameof(Command.EigenaarPartnerId), "Kies als eigenaar een partner van dit programma.");
            await PersoonEigenaar.EisLidAsync(c, tx, cmd.ProgrammaId, cmd.EigenaarGebruikerId, nameof(Command.EigenaarGebruikerId));
            var args = cmd with { Omschrijving = cmd.Omschrijving.Trim() };
            Result result;
            if (cmd.ActiepuntId is null)
            {
                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO actiepunt (programma_id, bijeenkomst_id, omschrijving, eigenaar_partner_id, eigenaar_gebruiker_id, deadline, status)
                    VALUES (@ProgrammaId, @BijeenkomstId, @Omschrijving, @EigenaarPartnerId, @EigenaarGebruikerId, @Deadline, @Status)
                    RETURNING id
                    """, args, tx);
                result = new Result(id, 1);
            }
            else
            {
                var rows = await c.ExecuteAsync(
                    """
                    UPDATE actiepunt SET omschrijving = @Omschrijving, eigenaar_partner_id = @EigenaarPartnerId,
                        eigenaar_gebruiker_id = @EigenaarGebruikerId, deadline = @Deadline, status = @Status, version = version + 1
                    WHERE id = @ActiepuntId AND bijeenkomst_id = @BijeenkomstId AND programma_id = @ProgrammaId AND version = @Version
                    """, args, tx);
                if (rows == 0) throw await Concurrency.ExplainAsync(c, "actiepunt", cmd.ActiepuntId.Value, cmd.ProgrammaId, "Het actiepunt", tx);
                result = new Result(cmd.ActiepuntId.Value, cmd.Version + 1);
            }
            return result;
        }, ct);
    }
}
