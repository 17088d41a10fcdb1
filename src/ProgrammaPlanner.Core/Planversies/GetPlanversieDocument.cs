using Dapper;
using MediatR;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// The printed programmaplan a frozen version hands out now in <see cref="Query.Formaat"/> (pdf or docx): the copy the boards
/// received until the version is vastgesteld, then the vastgesteld copy. <see cref="Versiedocument.Inhoud"/> is null while it
/// has not been printed yet; the caller prints it once and keeps it with <see cref="RecordPlanversieDocument"/>. <see cref="Query.Exemplaar"/>
/// asks for one copy instead: the one the boards received stays available after vaststelling.
/// </summary>
public static class GetPlanversieDocument
{
    public sealed record Query(long ProgrammaId, int Nummer, string Formaat, string? Exemplaar = null) : IRequest<Versiedocument>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Query, Versiedocument>
    {
        public async Task<Versiedocument> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var versieStatus = await c.QuerySingleOrDefaultAsync<string>(
                "SELECT status FROM planversie WHERE programma_id = @ProgrammaId AND nummer = @Nummer", query)
                ?? throw new NotFoundException($"Versie {query.Nummer} bestaat niet.");
            var status = Versiedocument.StatusVan(versieStatus);
            if (query.Exemplaar is { } gevraagd && gevraagd != status && gevraagd != PlanversieStatus.TerBesluitvorming)
                throw new NotFoundException($"Versie {query.Nummer} is niet vastgesteld: er is geen vastgesteld exemplaar.");
            status = query.Exemplaar ?? status;
            return await Versiedocument.LeesAsync(c, null, query.ProgrammaId, query.Nummer, status, query.Formaat, metInhoud: true)
                ?? new Versiedocument { Status = status, Formaat = query.Formaat };
        }
    }
}

/// <summary>A version's stored document; without <see cref="Inhoud"/> when listed or not yet printed.</summary>
public sealed record Versiedocument
{
    public const string Pdf = "pdf";
    public const string Docx = "docx";
    public static readonly IReadOnlyList<string> Formaten = [Pdf, Docx];

    /// <summary>ter besluitvorming or vastgesteld: which copy this is.</summary>
    public string Status { get; init; } = "";
    public string Formaat { get; init; } = "";
    public byte[]? Inhoud { get; init; }
    public string Sha256 { get; init; } = "";
    public string Bestandsnaam { get; init; } = "";
    public long Grootte { get; init; }
    public DateTimeOffset? GemaaktOp { get; init; }

    public bool Bewaard => Sha256.Length > 0;

    /// <summary>The copy a version hands out: the vastgesteld one once it is, else the one the boards received (also when rejected or replaced).</summary>
    public static string StatusVan(string versieStatus) =>
        versieStatus == PlanversieStatus.Vastgesteld ? PlanversieStatus.Vastgesteld : PlanversieStatus.TerBesluitvorming;

    internal static async Task<Versiedocument?> LeesAsync(SqliteConnection c, SqliteTransaction? tx, long programmaId, int nummer, string status,
        string formaat, bool metInhoud)
    {
        var rij = await c.QuerySingleOrDefaultAsync<Row>(
            $"""
            SELECT d.status, d.formaat, {(metInhoud ? "d.inhoud" : "NULL")} AS inhoud, d.sha256, d.bestandsnaam, length(d.inhoud) AS grootte, d.gemaakt_op
            FROM planversie_document d JOIN planversie v ON v.id = d.planversie_id
            WHERE v.programma_id = @programmaId AND v.nummer = @nummer AND d.status = @status AND d.formaat = @formaat
            """, new { programmaId, nummer, status, formaat }, tx);
        return rij?.Naar();
    }

    /// <summary>Every stored document of a version, without content, the copy the boards received first.</summary>
    internal static async Task<IReadOnlyList<Versiedocument>> ListAsync(SqliteConnection c, SqliteTransaction? tx, long programmaId, int nummer) =>
        (await c.QueryAsync<Row>(
            """
            SELECT d.status, d.formaat, NULL AS inhoud, d.sha256, d.bestandsnaam, length(d.inhoud) AS grootte, d.gemaakt_op
            FROM planversie_document d JOIN planversie v ON v.id = d.planversie_id
            WHERE v.programma_id = @programmaId AND v.nummer = @nummer
            ORDER BY d.status = 'vastgesteld', d.formaat DESC
            """, new { programmaId, nummer }, tx)).Select(r => r.Naar()).ToList();

    private sealed class Row
    {
        public string Status { get; init; } = "";
        public string Formaat { get; init; } = "";
        public byte[]? Inhoud { get; init; }
        public string Sha256 { get; init; } = "";
        public string Bestandsnaam { get; init; } = "";
        public long Grootte { get; init; }
        public string GemaaktOp { get; init; } = "";

        public Versiedocument Naar() => new()
        {
            Status = Status, Formaat = Formaat, Inhoud = Inhoud, Sha256 = Sha256, Bestandsnaam = Bestandsnaam, Grootte = Grootte,
            GemaaktOp = DateTimeOffset.Parse(GemaaktOp, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
