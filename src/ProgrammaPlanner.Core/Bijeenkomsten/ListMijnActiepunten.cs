using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// For the start page: the caller's own lopende actiepunten (they are the owner in person) in every programma they are still a
/// member of, overdue ones first (te laat: the deadline passed, Dutch calendar day), then by deadline; and their own mijlpalen
/// that are overdue (expected date passed, neither gehaald nor vervallen).
/// </summary>
public static class ListMijnActiepunten
{
    [Vereist(Recht.Aangemeld)]
    public sealed record Query : IRequest<Mijn>;

    public sealed record Mijn(IReadOnlyList<Actiepunt> Actiepunten, IReadOnlyList<Mijlpaal> Mijlpalen)
    {
        public bool Leeg => Actiepunten.Count == 0 && Mijlpalen.Count == 0;
    }

    public sealed record Actiepunt
    {
        public long Id { get; init; }
        public long ProgrammaId { get; init; }
        public string Programma { get; init; } = "";
        public long BijeenkomstId { get; init; }
        public string Bijeenkomst { get; init; } = "";
        public string Omschrijving { get; init; } = "";
        public string Organisatie { get; init; } = "";
        public DateOnly Deadline { get; init; }
        public string Status { get; init; } = "";
        public bool TeLaat { get; init; }
    }

    public sealed record Mijlpaal
    {
        public long Id { get; init; }
        public long ProgrammaId { get; init; }
        public string Programma { get; init; } = "";
        public long ProjectId { get; init; }
        public string Project { get; init; } = "";
        public string Titel { get; init; } = "";
        /// <summary>The date it is expected: the nieuwe datum of a vertraagde mijlpaal, else the planned one.</summary>
        public DateOnly Verwacht { get; init; }
        public string Status { get; init; } = "";
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Mijn>
    {
        public async Task<Mijn> Handle(Query query, CancellationToken ct)
        {
            if (user.GebruikerId is not { } gebruikerId) return new Mijn([], []);
            var vandaag = Tijd.Vandaag(clock);
            await using var c = await db.OpenAsync(ct);
            await using var grid = await c.QueryMultipleAsync(
                $"""
                SELECT a.id, a.programma_id, pr.naam AS programma, a.bijeenkomst_id, b.titel AS bijeenkomst, a.omschrijving,
                       p.naam AS organisatie, a.deadline, a.status, a.deadline < @vandaag AS te_laat
                FROM actiepunt a
                JOIN lidmaatschap l ON l.programma_id = a.programma_id AND l.gebruiker_id = a.eigenaar_gebruiker_id
                JOIN programma pr ON pr.id = a.programma_id
                JOIN bijeenkomst b ON b.id = a.bijeenkomst_id
                JOIN partner p ON p.id = a.eigenaar_partner_id
                WHERE a.eigenaar_gebruiker_id = @gebruikerId AND {c.InList("a.status", "@Lopend")}
                ORDER BY te_laat DESC, a.deadline, pr.naam, a.id;
                SELECT m.id, pj.programma_id, pr.naam AS programma, m.project_id, pj.naam AS project, m.titel,
                       COALESCE(m.nieuwe_datum, m.datum) AS verwacht, m.status
                FROM mijlpaal m
                JOIN project pj ON pj.id = m.project_id
                JOIN lidmaatschap l ON l.programma_id = pj.programma_id AND l.gebruiker_id = m.eigenaar_gebruiker_id
                JOIN programma pr ON pr.id = pj.programma_id
                WHERE m.eigenaar_gebruiker_id = @gebruikerId AND {c.InList("m.status", "@OpenMijlpaal")} AND COALESCE(m.nieuwe_datum, m.datum) < @vandaag
                ORDER BY verwacht, pr.naam, m.id;
                """, new { gebruikerId, vandaag, ActiepuntStatus.Lopend, OpenMijlpaal = new[] { "gepland", MijlpaalStatus.Vertraagd } });
            return new Mijn((await grid.ReadAsync<Actiepunt>()).ToList(), (await grid.ReadAsync<Mijlpaal>()).ToList());
        }
    }
}
