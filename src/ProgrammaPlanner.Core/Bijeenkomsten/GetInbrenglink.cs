using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>For members: the token of the session's public inbreng page, null while none was made (<see cref="CreateInbrenglink"/>).</summary>
public static class GetInbrenglink
{
    public sealed record Query(long ProgrammaId, long BijeenkomstId) : IRequest<string?>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Query, string?>
    {
        public async Task<string?> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var token = await c.QuerySingleOrDefaultAsync<string?>(
                "SELECT COALESCE(inbreng_token, '') FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId", query)
                ?? throw new NotFoundException("De bijeenkomst bestaat niet (meer).");
            return token.Length > 0 ? token : null;
        }
    }
}
