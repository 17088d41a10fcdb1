using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// The facilitator chooses which partner reports a doelstelling's realisatie in the yearly round, or (PartnerId null) goes back
/// to the rule: the trekker of its projects when they all have one trekker, else nobody and the facilitator fills it in.
/// A rapportage already open keeps what was saved in it; from now on the form shows the doelstelling to the chosen partner.
/// Returns the doelstelling's new version.
/// </summary>
public static class SetRapporteur
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("SetRapporteur", "Rapporterende partner van een doelstelling gekozen")]
    public sealed record Command(long ProgrammaId, long DoelstellingId, long? PartnerId, int Version) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            if (cmd.PartnerId is { } partnerId && await c.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM partner WHERE id = @partnerId AND programma_id = @ProgrammaId", new { partnerId, cmd.ProgrammaId }, tx) == 0)
                throw ValidationException.For(nameof(Command.PartnerId), "Kies een partner van dit programma.");
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Doelstelling, cmd.DoelstellingId, cmd.ProgrammaId, cmd.Version,
                "De doelstelling");
            await c.ExecuteAsync("UPDATE doelstelling SET rapporteur_partner_id = @PartnerId WHERE id = @DoelstellingId", cmd, tx);
            return version;
        }, ct);
    }
}
