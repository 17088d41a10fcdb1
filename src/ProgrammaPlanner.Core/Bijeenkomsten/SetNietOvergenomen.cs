using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Marks a bijdrage "niet overgenomen" with the reason why (Reden null: open again). Refused while it is linked to
/// what it became: unlink first, so the trace never says both. Returns the new version.
/// </summary>
public static class SetNietOvergenomen
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("SetNietOvergenomen", "Bijdrage niet overgenomen")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, string? Reden) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.Reden).Must(r => r is null || !string.IsNullOrWhiteSpace(r))
                .WithMessage("Geef de reden waarom deze bijdrage niet is overgenomen: de partner wil dat later kunnen nalezen.")
                .MaximumLength(Tekstgrenzen.KorteTekst).WithMessage(Tekstgrenzen.TeLang("De reden", Tekstgrenzen.KorteTekst));
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await BijdrageRules.FindAsync(c, cmd.ProgrammaId, cmd.BijdrageId, tx);
            if (cmd.Reden is not null && (await BijdrageRules.ElementenAsync(c, tx, cmd.BijdrageId)).Count > 0)
                throw new RefusedException("Deze bijdrage is overgenomen in het plan. " +
                    "Ontkoppel hem eerst van wat hij is geworden, en markeer hem dan als niet overgenomen.");
            var rows = await c.ExecuteAsync(
                "UPDATE bijdrage SET niet_overgenomen = @Reden, version = version + 1 " +
                "WHERE id = @BijdrageId AND programma_id = @ProgrammaId AND version = @Version",
                cmd with { Reden = cmd.Reden?.Trim() }, tx);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "bijdrage", cmd.BijdrageId, cmd.ProgrammaId, "De bijdrage", tx);
            return cmd.Version + 1;
        }, ct);
    }
}
