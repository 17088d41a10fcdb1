using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Two bijdragen of one session become one: the target gets the combined text; the source stays (marked as merged into
/// the target) so the overview still shows who said it. The source's votes and links move to the target.
/// Returns the target's new version.
/// </summary>
public static class MergeBijdragen
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("MergeBijdragen", "Bijdragen samengevoegd")]
    public sealed record Command(long ProgrammaId, long DoelId, int DoelVersion, long BronId, int BronVersion, string Tekst)
        : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.BronId).Must((x, bron) => bron != x.DoelId).WithMessage("Kies twee verschillende bijdragen om samen te voegen.");
            BijdrageRules.ApplyTekst(this, x => x.Tekst);
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var doel = await Row(c, tx, cmd.ProgrammaId, cmd.DoelId);
            var bron = await Row(c, tx, cmd.ProgrammaId, cmd.BronId);
            if (doel.Version != cmd.DoelVersion || bron.Version != cmd.BronVersion)
                throw new ConflictException("Een van de bijdragen is intussen door iemand anders gewijzigd. Laad de wand opnieuw en voeg ze nogmaals samen.");
            if (doel.BijeenkomstId != bron.BijeenkomstId)
                throw new RefusedException("Alleen bijdragen van dezelfde bijeenkomst kunnen worden samengevoegd.");
            if (doel.SamengevoegdInId is not null || bron.SamengevoegdInId is not null)
                throw new RefusedException("Een van de bijdragen is al samengevoegd met een andere. Kies de bijdrage waarin die is opgegaan.");

            await c.ExecuteAsync(
                $"""
                UPDATE bijdrage SET samengevoegd_in_id = @DoelId WHERE samengevoegd_in_id = @BronId AND programma_id = @ProgrammaId;
                UPDATE bijdrage SET samengevoegd_in_id = @DoelId, version = version + 1 WHERE id = @BronId AND programma_id = @ProgrammaId;
                UPDATE bijdrage SET tekst = @Tekst, niet_overgenomen = NULL, version = version + 1 WHERE id = @DoelId AND programma_id = @ProgrammaId;
                UPDATE stem SET bijdrage_id = @DoelId WHERE bijdrage_id = @BronId;
                {ElementSoort.VerplaatsSql}
                """, cmd with { Tekst = cmd.Tekst.Trim() }, tx);
            return cmd.DoelVersion + 1;
        }, ct);

        private static async Task<BijdrageRow> Row(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx,
            long programmaId, long id) =>
            await c.QuerySingleOrDefaultAsync<BijdrageRow>(
                "SELECT bijeenkomst_id, samengevoegd_in_id, version FROM bijdrage WHERE id = @id AND programma_id = @programmaId", new { id, programmaId }, tx)
            ?? throw BijeenkomstRules.BijdrageNotFound();

        private sealed record BijdrageRow
        {
            public long BijeenkomstId { get; init; }
            public long? SamengevoegdInId { get; init; }
            public int Version { get; init; }
        }
    }
}
