using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Puts bijdragen of one session in a cluster (an empty name takes them out). Several at once, as on a wall;
/// each with the version the facilitator saw, so a card that changed meanwhile is not regrouped silently.
/// </summary>
public static class ClusterBijdragen
{
    public sealed record Kaart(long BijdrageId, int Version);

    [Vereist(Recht.Faciliteren)]
    [Logboek("ClusterBijdragen", "Bijdragen geclusterd")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, string Cluster, IReadOnlyList<Kaart> Bijdragen) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Cluster).MaxTekens(Tekstgrenzen.Kort, "De naam van het cluster");
            RuleFor(x => x.Bijdragen).NotEmpty().WithMessage("Kies eerst de bijdragen die u wilt clusteren.");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await BijeenkomstRules.FindAsync(c, cmd.ProgrammaId, cmd.BijeenkomstId, tx);
            foreach (var k in cmd.Bijdragen)
            {
                var rows = await c.ExecuteAsync(
                    """
                    UPDATE bijdrage SET cluster = @Cluster, version = version + 1
                    WHERE id = @BijdrageId AND bijeenkomst_id = @BijeenkomstId AND programma_id = @ProgrammaId AND version = @Version
                    """, new { Cluster = cmd.Cluster?.Trim() ?? "", k.BijdrageId, cmd.BijeenkomstId, cmd.ProgrammaId, k.Version }, tx);
                if (rows == 0) throw await Concurrency.ExplainAsync(c, "bijdrage", k.BijdrageId, cmd.ProgrammaId, "De bijdrage", tx);
            }
            return Unit.Value;
        }, ct);
    }
}
