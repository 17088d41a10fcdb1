using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// One project with its partners, doelstellingen, mijlpalen, risico's, inzet (begroot), besteding (besteed) and status
/// per jaar, for its page and edit forms.
/// </summary>
public static class GetProject
{
    public sealed record Query(long ProgrammaId, long ProjectId) : IRequest<Project>, IProgrammaScoped;

    public sealed record Project
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Doel { get; init; } = "";
        public bool Doorbraak { get; init; }
        public long TrekkerPartnerId { get; init; }
        public string TrekkerNaam { get; init; } = "";
        public DateOnly Startdatum { get; init; }
        public DateOnly Einddatum { get; init; }
        public string Status { get; init; } = "";
        public int Version { get; init; }
        /// <summary>True when the project runs before or after the programme period (allowed, but worth a look).</summary>
        public bool BuitenProgrammaperiode { get; init; }
        /// <summary>By name; includes the trekker.</summary>
        public IReadOnlyList<Verwijzing> Partners { get; init; } = [];
        /// <summary>By name.</summary>
        public IReadOnlyList<Verwijzing> Doelstellingen { get; init; } = [];
        /// <summary>By datum.</summary>
        public IReadOnlyList<Mijlpaal> Mijlpalen { get; init; } = [];
        public IReadOnlyList<Risico> Risicos { get; init; } = [];
        /// <summary>By partner name, jaar, soort.</summary>
        public IReadOnlyList<Inzet> Inzet { get; init; } = [];
        public decimal TotaalEuro { get; init; }
        public decimal TotaalUren { get; init; }
        /// <summary>What was actually spent (counted figures only), by partner name, jaar.</summary>
        public IReadOnlyList<Besteding> Besteding { get; init; } = [];
        public decimal BesteedEuro { get; init; }
        public decimal BesteedUren { get; init; }
        /// <summary>How the project fared per year, by jaar; only years that have a status.</summary>
        public IReadOnlyList<Jaarstatus> Jaarstatussen { get; init; } = [];
    }

    public sealed record Besteding
    {
        public long PartnerId { get; init; }
        public string PartnerNaam { get; init; } = "";
        public int Jaar { get; init; }
        public decimal Euro { get; init; }
        public decimal Uren { get; init; }
    }

    public sealed record Jaarstatus
    {
        public int Jaar { get; init; }
        public string Status { get; init; } = "";
        public string Toelichting { get; init; } = "";
    }

    public sealed record Verwijzing { public long Id { get; init; } public string Naam { get; init; } = ""; }

    public sealed record Mijlpaal
    {
        public long Id { get; init; }
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public string Status { get; init; } = "";
        /// <summary>When a vertraagde mijlpaal is now expected; null otherwise.</summary>
        public DateOnly? NieuweDatum { get; init; }
        public int Version { get; init; }
        /// <summary>The member who owns it; null: nobody in person.</summary>
        public long? EigenaarGebruikerId { get; init; }
        /// <summary>That member's name; empty without one.</summary>
        public string Persoon { get; init; } = "";
    }

    public sealed record Risico
    {
        public long Id { get; init; }
        public string Omschrijving { get; init; } = "";
        public string Kans { get; init; } = "";
        public string Impact { get; init; } = "";
        public string Maatregel { get; init; } = "";
        public int Version { get; init; }
    }

    public sealed record Inzet
    {
        public long PartnerId { get; init; }
        public string PartnerNaam { get; init; } = "";
        public int Jaar { get; init; }
        public string Soort { get; init; } = "";
        public decimal Euro { get; init; }
        public decimal Uren { get; init; }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Project>
    {
        public async Task<Project> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var p = await c.QuerySingleOrDefaultAsync<Project>(
                """
                SELECT p.id, p.naam, p.doel, p.doorbraak, p.trekker_partner_id, t.naam AS trekker_naam, p.startdatum, p.einddatum,
                       p.status, p.version
                FROM project p JOIN partner t ON t.id = p.trekker_partner_id
                WHERE p.id = @ProjectId AND p.programma_id = @ProgrammaId
                """, query) ?? throw new NotFoundException("Het project bestaat niet (meer).");
            var (start, eind) = await c.QuerySingleAsync<(long, long)>("SELECT startjaar, eindjaar FROM programma WHERE id = @ProgrammaId", query);

            var partners = await c.QueryAsync<Verwijzing>(
                "SELECT pa.id, pa.naam FROM project_partner pp JOIN partner pa ON pa.id = pp.partner_id WHERE pp.project_id = @Id ORDER BY pa.naam",
                new { p.Id });
            var doelstellingen = await c.QueryAsync<Verwijzing>(
                "SELECT d.id, d.naam FROM project_doelstelling pd JOIN doelstelling d ON d.id = pd.doelstelling_id WHERE pd.project_id = @Id ORDER BY d.naam",
                new { p.Id });
            var mijlpalen = await c.QueryAsync<Mijlpaal>(
                """
                SELECT m.id, m.titel, m.datum, m.status, m.nieuwe_datum, m.version, m.eigenaar_gebruiker_id, COALESCE(g.naam, '') AS persoon
                FROM mijlpaal m LEFT JOIN gebruiker g ON g.id = m.eigenaar_gebruiker_id WHERE m.project_id = @Id ORDER BY m.datum, m.id
                """, new { p.Id });
            var risicos = await c.QueryAsync<Risico>(
                "SELECT id, omschrijving, kans, impact, maatregel, version FROM risico WHERE project_id = @Id ORDER BY id", new { p.Id });
            var inzet = (await c.QueryAsync<Inzet>(
                """
                SELECT i.partner_id, pa.naam AS partner_naam, i.jaar, i.soort, i.euro, i.uren
                FROM inzet i JOIN partner pa ON pa.id = i.partner_id WHERE i.project_id = @Id ORDER BY pa.naam, i.jaar, i.soort
                """, new { p.Id })).ToList();
            var besteding = (await c.QueryAsync<Besteding>(
                """
                SELECT b.partner_id, pa.naam AS partner_naam, b.jaar, b.euro, b.uren
                FROM besteding b JOIN partner pa ON pa.id = b.partner_id WHERE b.project_id = @Id ORDER BY pa.naam, b.jaar
                """, new { p.Id })).ToList();
            var jaarstatussen = await c.QueryAsync<Jaarstatus>(
                "SELECT jaar, status, toelichting FROM project_jaarstatus WHERE project_id = @Id ORDER BY jaar", new { p.Id });

            return p with
            {
                BuitenProgrammaperiode = p.Startdatum.Year < start || p.Einddatum.Year > eind,
                Partners = partners.ToList(),
                Doelstellingen = doelstellingen.ToList(),
                Mijlpalen = mijlpalen.ToList(),
                Risicos = risicos.ToList(),
                Inzet = inzet,
                TotaalEuro = inzet.Sum(i => i.Euro),
                TotaalUren = inzet.Sum(i => i.Uren),
                Besteding = besteding,
                BesteedEuro = besteding.Sum(b => b.Euro),
                BesteedUren = besteding.Sum(b => b.Uren),
                Jaarstatussen = jaarstatussen.ToList(),
            };
        }
    }
}
