using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>The programma's own fields, for its edit form.</summary>
public static class GetProgramma
{
    /// <summary>A beheerder who is no member may see the programme's name and period (to manage its members), not its content.</summary>
    [Vereist(Recht.Lezen, OokBeheerder = true)]
    public sealed record Query(long ProgrammaId) : IRequest<Programma>, IProgrammaScoped;

    public sealed record Programma
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Motto { get; init; } = "";
        public string Gebied { get; init; } = "";
        public int Startjaar { get; init; }
        public int Eindjaar { get; init; }
        public string Fase { get; init; } = "";
        public string Aanleiding { get; init; } = "";
        public string Ambitie { get; init; } = "";
        public int Version { get; init; }

        public IEnumerable<int> Jaren => Enumerable.Range(Startjaar, Eindjaar - Startjaar + 1);
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Programma>
    {
        public async Task<Programma> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return await c.QuerySingleOrDefaultAsync<Programma>(
                       "SELECT id, naam, motto, gebied, startjaar, eindjaar, fase, aanleiding, ambitie, version FROM programma WHERE id = @ProgrammaId",
                       query)
                   ?? throw new NotFoundException("Dit programma bestaat niet (meer).");
        }
    }
}
