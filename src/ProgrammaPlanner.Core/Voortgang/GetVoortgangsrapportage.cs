using System.Data.Common;
using System.Text.Json.Serialization;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Maatwerk;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Stand;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>
/// What the voortgangsrapportage of one programme year tells the boards: the stand per speerpunt and doelstelling, the
/// projects with their status and mijlpalen, begroot against besteed per partner, the decisions and plan changes of the
/// year and the points for the next dialoogtafel. Only counted figures are used (accepted in the update round or entered
/// by the facilitator); the round's state per partner is shown, so a reader knows what is still missing.
/// </summary>
public static class GetVoortgangsrapportage
{
    public sealed record Query(long ProgrammaId, int Jaar) : IRequest<Rapportage>, IProgrammaScoped;

    public sealed record Rapportage
    {
        public GetProgramma.Programma Programma { get; init; } = new();
        public int Jaar { get; init; }
        /// <summary>The stand of every doelstelling and speerpunt, with every year of the programme (so last year's too).</summary>
        public GetStand.Programmastand Stand { get; init; } = new();
        /// <summary>The penvoerder first, then the others by name: who speaks for the coalition.</summary>
        public IReadOnlyList<Partner> Partners { get; init; } = [];
        /// <summary>Null when no round was opened for this year.</summary>
        public Ronde? Ronde { get; init; }
        public IReadOnlyList<Project> Projecten { get; init; } = [];
        /// <summary>Per partner the year's begroot (inzet) and besteed (besteding); partners with neither are left out.</summary>
        public IReadOnlyList<Budgetregel> Budget { get; init; } = [];
        public IReadOnlyList<Besluit> Besluiten { get; init; } = [];
        public IReadOnlyList<Planwijziging> Planwijzigingen { get; init; } = [];
        /// <summary>Null when the programma has no maatwerk; left out of the snapshot then, so older versions read and write the same.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public Maatwerkverslag? Maatwerk { get; init; }

        public decimal BegrootEuro => Budget.Sum(b => b.BegrootEuro);
        public decimal BesteedEuro => Budget.Sum(b => b.BesteedEuro);
        public decimal BegrootUren => Budget.Sum(b => b.BegrootUren);
        public decimal BesteedUren => Budget.Sum(b => b.BesteedUren);
        public decimal VorigJaarBesteedEuro => Budget.Sum(b => b.VorigJaarBesteedEuro);
    }

    public sealed record Partner(string Naam, string Rol);

    public sealed record Ronde
    {
        public DateOnly Uiterlijk { get; init; }
        public IReadOnlyList<RondePartner> Partners { get; init; } = [];
        public bool Compleet => Partners.All(p => p.Status == RapportageStatus.Geaccepteerd);
    }

    public sealed record RondePartner
    {
        public string Naam { get; init; } = "";
        public string Status { get; init; } = "";
    }

    public sealed record Project
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public bool Doorbraak { get; init; }
        public string Trekker { get; init; } = "";
        /// <summary>Where the project stands now (idee … gestopt).</summary>
        public string Status { get; init; } = "";
        /// <summary>How the project fared in the year; null when nobody reported it.</summary>
        public string? Jaarstatus { get; init; }
        public string Toelichting { get; init; } = "";
        /// <summary>The status of the year before, to compare with last year's report.</summary>
        public string? VorigeJaarstatus { get; init; }
        /// <summary>Mijlpalen planned in the year, or moved into it, by date.</summary>
        public IReadOnlyList<Mijlpaal> Mijlpalen { get; init; } = [];
    }

    public sealed record Mijlpaal
    {
        public long ProjectId { get; init; }
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? NieuweDatum { get; init; }
    }

    public sealed record Budgetregel
    {
        public string Partner { get; init; } = "";
        public decimal BegrootEuro { get; init; }
        public decimal BesteedEuro { get; init; }
        public decimal BegrootUren { get; init; }
        public decimal BesteedUren { get; init; }
        public decimal VerschilEuro => BesteedEuro - BegrootEuro;
        public decimal VerschilUren => BesteedUren - BegrootUren;
        /// <summary>What the partner spent the year before, to compare with last year's report.</summary>
        public decimal VorigJaarBesteedEuro { get; init; }
    }

    public sealed record Besluit
    {
        public DateOnly Datum { get; init; }
        public string Bijeenkomst { get; init; } = "";
        public string Tekst { get; init; } = "";
    }

    /// <summary>A plan version frozen or decided on in the year.</summary>
    public sealed record Planwijziging
    {
        public int Nummer { get; init; }
        public string Status { get; init; } = "";
        public string Toelichting { get; init; } = "";
        public DateOnly VastgelegdOp { get; init; }
        public DateOnly? BeslotenOp { get; init; }
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Rapportage>
    {
        public async Task<Rapportage> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct); // every figure from one moment
            var r = await LoadAsync(c, tx, query.ProgrammaId, query.Jaar);
            // The live report follows the maatwerk rule for lezers; the frozen version the boards receive has the amounts.
            return r with { Maatwerk = await Maatwerkverslag.VoorAsync(c, tx, user, query.ProgrammaId, r.Maatwerk) };
        }
    }

    /// <summary>The report of <paramref name="jaar"/> inside the caller's transaction; checks no rights (the caller's request did).</summary>
    public static async Task<Rapportage> LoadAsync(DbConnection c, DbTransaction tx, long programmaId, int jaar)
    {
        var query = new Query(programmaId, jaar);
        var programma = await c.QuerySingleOrDefaultAsync<GetProgramma.Programma>(
            "SELECT id, naam, motto, gebied, startjaar, eindjaar, fase, aanleiding, ambitie, version FROM programma WHERE id = @ProgrammaId",
            query, tx) ?? throw new NotFoundException("Dit programma bestaat niet (meer).");
        if (query.Jaar < programma.Startjaar || query.Jaar > programma.Eindjaar)
            throw new NotFoundException(
                $"Er is geen voortgangsrapportage over {query.Jaar}: het programma loopt van {programma.Startjaar} tot en met {programma.Eindjaar}.");

        var stand = await GetStand.LoadAsync(c, tx, query.ProgrammaId, query.Jaar);
        var args = new { query.ProgrammaId, query.Jaar, Van = $"{query.Jaar:D4}-01-01", Tot = $"{query.Jaar:D4}-12-31" };
        await using var grid = await c.QueryMultipleAsync(
            """
                SELECT naam, rol FROM partner WHERE programma_id = @ProgrammaId ORDER BY CASE WHEN rol = 'penvoerder' THEN 0 ELSE 1 END, naam;
                SELECT uiterlijk FROM rapportageronde WHERE programma_id = @ProgrammaId AND jaar = @Jaar;
                SELECT p.naam, r.status FROM rapportage r JOIN rapportageronde o ON o.id = r.ronde_id JOIN partner p ON p.id = r.partner_id
                WHERE o.programma_id = @ProgrammaId AND o.jaar = @Jaar ORDER BY p.naam;
                SELECT p.id, p.naam, p.doorbraak, t.naam AS trekker, p.status, j.status AS jaarstatus, COALESCE(j.toelichting, '') AS toelichting,
                       v.status AS vorige_jaarstatus
                FROM project p JOIN partner t ON t.id = p.trekker_partner_id
                LEFT JOIN project_jaarstatus j ON j.project_id = p.id AND j.jaar = @Jaar
                LEFT JOIN project_jaarstatus v ON v.project_id = p.id AND v.jaar = @Jaar - 1
                WHERE p.programma_id = @ProgrammaId AND p.startdatum <= @Tot AND p.einddatum >= @Van
                ORDER BY p.doorbraak DESC, p.naam;
                SELECT m.project_id, m.titel, m.datum, m.status, m.nieuwe_datum FROM mijlpaal m JOIN project p ON p.id = m.project_id
                WHERE p.programma_id = @ProgrammaId AND ((m.datum >= @Van AND m.datum <= @Tot) OR (m.nieuwe_datum >= @Van AND m.nieuwe_datum <= @Tot))
                ORDER BY m.datum, m.id;
                SELECT i.partner_id, i.euro, i.uren FROM inzet i JOIN project p ON p.id = i.project_id WHERE p.programma_id = @ProgrammaId AND i.jaar = @Jaar;
                SELECT b.partner_id, b.euro, b.uren FROM besteding b JOIN project p ON p.id = b.project_id
                WHERE p.programma_id = @ProgrammaId AND b.jaar = @Jaar;
                SELECT b.partner_id, b.euro, b.uren FROM besteding b JOIN project p ON p.id = b.project_id
                WHERE p.programma_id = @ProgrammaId AND b.jaar = @Jaar - 1;
                SELECT id, naam FROM partner WHERE programma_id = @ProgrammaId ORDER BY naam;
                SELECT k.datum, k.titel AS bijeenkomst, b.tekst FROM besluit b JOIN bijeenkomst k ON k.id = b.bijeenkomst_id
                WHERE b.programma_id = @ProgrammaId AND k.datum >= @Van AND k.datum <= @Tot ORDER BY k.datum, b.id;
                SELECT nummer, status, toelichting, vastgelegd_op, besloten_op FROM planversie WHERE programma_id = @ProgrammaId ORDER BY nummer;
                """, args, tx);

        var partners = (await grid.ReadAsync<Partner>()).ToList();
        var uiterlijk = await grid.ReadSingleOrDefaultAsync<DateOnly?>();
        var rondePartners = (await grid.ReadAsync<RondePartner>()).ToList();
        var projecten = (await grid.ReadAsync<Project>()).ToList();
        var mijlpalen = (await grid.ReadAsync<Mijlpaal>()).ToLookup(m => m.ProjectId);
        var begroot = (await grid.ReadAsync<Post>()).ToLookup(p => p.PartnerId);
        var besteed = (await grid.ReadAsync<Post>()).ToLookup(p => p.PartnerId);
        var vorigJaar = (await grid.ReadAsync<Post>()).ToLookup(p => p.PartnerId);
        var namen = (await grid.ReadAsync<(long Id, string Naam)>()).ToList();
        var besluiten = (await grid.ReadAsync<Besluit>()).ToList();
        // Frozen at a UTC moment: the year is the local day's, so filtered here rather than in SQL.
        var planwijzigingen = (await grid.ReadAsync<PlanwijzigingRow>()).Select(p => p.Naar())
            .Where(p => p.VastgelegdOp.Year == query.Jaar || p.BeslotenOp?.Year == query.Jaar).ToList();

        return new Rapportage
        {
            Programma = programma,
            Jaar = query.Jaar,
            Stand = stand,
            Partners = partners,
            Ronde = uiterlijk is { } u ? new Ronde { Uiterlijk = u, Partners = rondePartners } : null,
            Projecten = projecten.Select(p => p with { Mijlpalen = mijlpalen[p.Id].ToList() }).ToList(),
            // Summed in C#: decimals stay exact (SQLite would sum the TEXT values as floating point).
            Budget = namen.Select(p => new Budgetregel
            {
                Partner = p.Naam,
                BegrootEuro = begroot[p.Id].Sum(x => x.Euro),
                BegrootUren = begroot[p.Id].Sum(x => x.Uren),
                BesteedEuro = besteed[p.Id].Sum(x => x.Euro),
                BesteedUren = besteed[p.Id].Sum(x => x.Uren),
                VorigJaarBesteedEuro = vorigJaar[p.Id].Sum(x => x.Euro),
            }).Where(b => b.BegrootEuro != 0 || b.BegrootUren != 0 || b.BesteedEuro != 0 || b.BesteedUren != 0 || b.VorigJaarBesteedEuro != 0)
            .ToList(),
            Besluiten = besluiten,
            Planwijzigingen = planwijzigingen,
            Maatwerk = await Maatwerkverslag.LoadAsync(c, tx, query.ProgrammaId, query.Jaar),
        };
    }

    private sealed class Post
    {
        public long PartnerId { get; init; }
        public decimal Euro { get; init; }
        public decimal Uren { get; init; }
    }

    private sealed class PlanwijzigingRow
    {
        public int Nummer { get; init; }
        public string Status { get; init; } = "";
        public string Toelichting { get; init; } = "";
        public string VastgelegdOp { get; init; } = "";
        public DateOnly? BeslotenOp { get; init; }
        public Planwijziging Naar() => new()
        {
            Nummer = Nummer, Status = Status, Toelichting = Toelichting, VastgelegdOp = Tijd.Dag(VastgelegdOp), BeslotenOp = BeslotenOp,
        };
    }
}
