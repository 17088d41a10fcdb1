using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Prioritering;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>
/// Whether the caller may propose changes here: a member linked to a partner, not a lezer. Asked by every
/// "Wijziging voorstellen" button, so it reads two rows and nothing more.
/// </summary>
public static class GetVoorstelrecht
{
    public sealed record Query(long ProgrammaId) : IRequest<bool>, IProgrammaScoped;

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, bool>
    {
        public async Task<bool> Handle(Query q, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return await MagAsync(c, user, q.ProgrammaId);
        }
    }

    public static async Task<bool> MagAsync(DbConnection c, ICurrentUser user, long programmaId)
    {
        var rol = await c.ExecuteScalarAsync<string?>(
            "SELECT rol FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @programmaId", new { user.GebruikerId, programmaId });
        return rol != ProgrammaRol.Lezer && await Scorerecht.PartnerVanAsync(c, user, programmaId, null) is not null;
    }
}
