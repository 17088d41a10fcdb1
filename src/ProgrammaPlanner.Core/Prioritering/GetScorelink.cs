using System.Text.Json.Serialization;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// What a partner's personal link shows, without an account: the partner, the candidate projects, the criteria and the
/// partner's own scores, nothing of other partners. Null: the link is unknown or renewed (nothing else is told).
/// </summary>
public static class GetScorelink
{
    [Vereist(Recht.Iedereen)]
    public sealed record Query([property: JsonIgnore] string Token) : IRequest<Scorelink?>;

    public sealed record Scorelink
    {
        public long ProgrammaId { get; init; }
        public string Programma { get; init; } = "";
        public long PartnerId { get; init; }
        public string Partner { get; init; } = "";
        public bool Open { get; init; }
        public IReadOnlyList<GetPrioritering.Criterium> Criteria { get; init; } = [];
        public IReadOnlyList<GetPrioritering.Kandidaat> Projecten { get; init; } = [];
        public IReadOnlyList<GetPrioritering.ScoreRow> Scores { get; init; } = [];
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Scorelink?>
    {
        public async Task<Scorelink?> Handle(Query query, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(query.Token) || query.Token.Length > 200) return null;
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            var link = await ZoekAsync(c, tx, query.Token);
            if (link is null) return null;
            await using var grid = await c.QueryMultipleAsync(
                """
                SELECT id, naam, gewicht, version FROM criterium WHERE programma_id = @ProgrammaId ORDER BY volgorde, id;
                SELECT id, naam, status, doorbraak, version FROM project WHERE programma_id = @ProgrammaId ORDER BY naam, id;
                SELECT s.criterium_id, s.project_id, s.partner_id, s.waarde FROM score s JOIN criterium k ON k.id = s.criterium_id
                WHERE k.programma_id = @ProgrammaId AND s.partner_id = @PartnerId;
                """, link, tx);
            return link with
            {
                Criteria = (await grid.ReadAsync<GetPrioritering.Criterium>()).ToList(),
                Projecten = (await grid.ReadAsync<GetPrioritering.Kandidaat>()).ToList(),
                Scores = (await grid.ReadAsync<GetPrioritering.ScoreRow>()).ToList(),
            };
        }
    }

    /// <summary>The link's partner and programma, and whether the round is open; null for an unknown token.</summary>
    internal static Task<Scorelink?> ZoekAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction? tx, string token) =>
        c.QuerySingleOrDefaultAsync<Scorelink?>(
            """
            SELECT l.programma_id AS ProgrammaId, g.naam AS Programma, l.partner_id AS PartnerId, p.naam AS Partner, COALESCE(r.open, 0) AS Open
            FROM scorelink l JOIN partner p ON p.id = l.partner_id JOIN programma g ON g.id = l.programma_id
            LEFT JOIN prioriteringsronde r ON r.programma_id = l.programma_id
            WHERE l.token_hash = @hash
            """, new { hash = Links.Hash(token) }, tx);
}
