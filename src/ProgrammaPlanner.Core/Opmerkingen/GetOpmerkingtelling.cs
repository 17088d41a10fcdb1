using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>How many threads one element has and how many of them are open: what its comments button shows.</summary>
public static class GetOpmerkingtelling
{
    public sealed record Query(long ProgrammaId, string Soort, string Onderwerp) : IRequest<Telling>, IProgrammaScoped;

    public sealed record Telling(int Open, int Totaal);

    public sealed class Handler(Db db) : IRequestHandler<Query, Telling>
    {
        public async Task<Telling> Handle(Query q, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var (open, totaal) = await c.QuerySingleAsync<(long? Open, long Totaal)>(
                """
                SELECT COUNT(*) FILTER (WHERE opgelost_op IS NULL), COUNT(*) FROM opmerking
                WHERE programma_id = @ProgrammaId AND onderwerp_soort = @Soort AND onderwerp = @Onderwerp AND ouder_id IS NULL
                """, q);
            return new((int)(open ?? 0), (int)totaal);
        }
    }
}
