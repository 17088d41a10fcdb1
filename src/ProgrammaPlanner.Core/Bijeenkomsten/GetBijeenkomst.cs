using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>One session with its partner lists, join code, open vote round, besluiten and actiepunten.</summary>
public static class GetBijeenkomst
{
    public sealed record Query(long ProgrammaId, long BijeenkomstId) : IRequest<Bijeenkomst>, IProgrammaScoped;

    public sealed record Bijeenkomst
    {
        public long Id { get; init; }
        public long ProgrammaId { get; init; }
        public string Soort { get; init; } = "";
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public string Begintijd { get; init; } = "";
        public string Eindtijd { get; init; } = "";
        public string Locatie { get; init; } = "";
        public string Vraagstelling { get; init; } = "";
        public string Agenda { get; init; } = "";
        public string? Code { get; init; }
        public bool InvoerOpen { get; init; }

        /// <summary>Residents and informal partners may join too, not only the invited partners.</summary>
        public bool OpenDeelname { get; init; }
        public int Version { get; init; }
        public IReadOnlyList<long> UitgenodigdIds { get; init; } = [];
        public IReadOnlyList<long> AanwezigIds { get; init; } = [];
        public Stemronde? OpenStemronde { get; init; }
        public IReadOnlyList<Besluit> Besluiten { get; init; } = [];
        public IReadOnlyList<Actiepunt> Actiepunten { get; init; } = [];

        public TimeOnly BegintijdAlsTijd => TimeOnly.Parse(Begintijd, System.Globalization.CultureInfo.InvariantCulture);
        public TimeOnly EindtijdAlsTijd => TimeOnly.Parse(Eindtijd, System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Stemronde
    {
        public long Id { get; init; }
        public int Nummer { get; init; }
        public int StemmenPerDeelnemer { get; init; }
        public int Version { get; init; }
    }

    public sealed record Besluit
    {
        public long Id { get; init; }
        public string Tekst { get; init; } = "";
        public int Version { get; init; }
    }

    public sealed record Actiepunt
    {
        public long Id { get; init; }
        public string Omschrijving { get; init; } = "";
        public long EigenaarPartnerId { get; init; }
        public string Eigenaar { get; init; } = "";
        /// <summary>The member who owns it besides the organisation; null: nobody in person.</summary>
        public long? EigenaarGebruikerId { get; init; }
        /// <summary>That member's name; empty without one.</summary>
        public string Persoon { get; init; } = "";
        public DateOnly Deadline { get; init; }
        public string Status { get; init; } = "";
        public int Version { get; init; }
        /// <summary>"Organisatie · Persoon", or the organisation alone.</summary>
        public string EigenaarTekst => Persoon.Length == 0 ? Eigenaar : $"{Eigenaar} · {Persoon}";
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Bijeenkomst>
    {
        public async Task<Bijeenkomst> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            return await LoadAsync(c, tx, query.ProgrammaId, query.BijeenkomstId);
        }
    }

    /// <summary>The bijeenkomst inside the caller's transaction; checks no rights (the caller's request did).</summary>
    public static async Task<Bijeenkomst> LoadAsync(DbConnection c, DbTransaction? tx, long programmaId, long bijeenkomstId)
    {
        var query = new Query(programmaId, bijeenkomstId);
        await using var grid = await c.QueryMultipleAsync(
            """
            SELECT id, programma_id, soort, titel, datum, begintijd, eindtijd, locatie, vraagstelling, agenda, code, invoer_open, open_deelname, version
            FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId;
            SELECT bp.partner_id, bp.uitgenodigd, bp.aanwezig FROM bijeenkomst_partner bp
            JOIN bijeenkomst b ON b.id = bp.bijeenkomst_id WHERE b.id = @BijeenkomstId AND b.programma_id = @ProgrammaId;
            SELECT id, nummer, stemmen_per_deelnemer, version FROM stemronde
            WHERE bijeenkomst_id = @BijeenkomstId AND programma_id = @ProgrammaId AND open = 1;
            SELECT id, tekst, version FROM besluit WHERE bijeenkomst_id = @BijeenkomstId AND programma_id = @ProgrammaId ORDER BY id;
            SELECT a.id, a.omschrijving, a.eigenaar_partner_id, p.naam AS eigenaar, a.eigenaar_gebruiker_id, COALESCE(g.naam, '') AS persoon,
                   a.deadline, a.status, a.version
            FROM actiepunt a JOIN partner p ON p.id = a.eigenaar_partner_id LEFT JOIN gebruiker g ON g.id = a.eigenaar_gebruiker_id
            WHERE a.bijeenkomst_id = @BijeenkomstId AND a.programma_id = @ProgrammaId ORDER BY a.deadline, a.id;
            """, query, tx);
        var b = await grid.ReadSingleOrDefaultAsync<Bijeenkomst>() ?? throw new NotFoundException("De bijeenkomst bestaat niet (meer).");
        var partners = (await grid.ReadAsync<(long PartnerId, long Uitgenodigd, long Aanwezig)>()).ToList();
        return b with
        {
            UitgenodigdIds = partners.Where(p => p.Uitgenodigd != 0).Select(p => p.PartnerId).ToList(),
            AanwezigIds = partners.Where(p => p.Aanwezig != 0).Select(p => p.PartnerId).ToList(),
            OpenStemronde = await grid.ReadSingleOrDefaultAsync<Stemronde>(),
            Besluiten = (await grid.ReadAsync<Besluit>()).ToList(),
            Actiepunten = (await grid.ReadAsync<Actiepunt>()).ToList(),
        };
    }
}
