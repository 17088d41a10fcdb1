using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// A facilitator links a member to the partner they represent, so that as bestuurder they approve for that partner. PartnerId null removes the link.
/// </summary>
public static class LinkPartnerLid
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("LinkPartnerLid", "Bestuurder aan partner gekoppeld")]
    public sealed record Command(long ProgrammaId, long GebruikerId, long? PartnerId) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            if (await c.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @ProgrammaId", cmd, tx) == 0)
                throw new NotFoundException("Deze gebruiker is geen lid (meer) van dit programma.");
            if (cmd.PartnerId is { } partnerId && !await IsPartnerAsync(c, tx, cmd.ProgrammaId, partnerId))
                throw GeenPartner(nameof(Command.PartnerId));
            await LinkAsync(c, tx, cmd.GebruikerId, cmd.ProgrammaId, cmd.PartnerId);
            return Unit.Value;
        }, ct);
    }

    /// <summary>Links the member to the partner they approve for (replacing an earlier link; null: no link), in the caller's transaction.</summary>
    internal static async Task LinkAsync(DbConnection c, DbTransaction tx, long gebruikerId, long programmaId, long? partnerId)
    {
        await c.ExecuteAsync("DELETE FROM partner_lid WHERE gebruiker_id = @gebruikerId AND programma_id = @programmaId", new { gebruikerId, programmaId }, tx);
        if (partnerId is not null)
            await c.ExecuteAsync("INSERT INTO partner_lid (gebruiker_id, programma_id, partner_id) VALUES (@gebruikerId, @programmaId, @partnerId)",
                new { gebruikerId, programmaId, partnerId }, tx);
    }

    internal static async Task<bool> IsPartnerAsync(DbConnection c, DbTransaction tx, long programmaId, long partnerId) =>
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM partner WHERE id = @partnerId AND programma_id = @programmaId",
            new { partnerId, programmaId }, tx) > 0;

    internal static ValidationException GeenPartner(string veld) =>
        ValidationException.For(veld, "Deze partner hoort niet bij dit programma; kies een partner uit de lijst.");
}
