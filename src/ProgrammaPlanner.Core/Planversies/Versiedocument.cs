using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// A printed copy of a frozen version (plan or voortgangsrapportage), kept as it was handed out: the copy the boards received
/// (ter besluitvorming) and, once all approved, the vastgesteld copy. Written once, never replaced (migration 0009), so a later
/// change of template or font never changes what a board signed. Without <see cref="Inhoud"/> when listed or not printed yet.
/// </summary>
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

    /// <summary>
    /// The copy in <paramref name="formaat"/> the version hands out now, or the one asked for in <paramref name="exemplaar"/> (the copy
    /// the boards received stays available after vaststelling); without content when it is not printed yet.
    /// </summary>
    internal static async Task<Versiedocument> GetAsync(Db db, Besluitstuk stuk, long programmaId, int nummer, string formaat, string? exemplaar,
        CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var versieStatus = (await VersieAsync(c, null, stuk, programmaId, nummer)).Status;
        var status = StatusVan(versieStatus);
        if (exemplaar is not null && exemplaar != status && exemplaar != PlanversieStatus.TerBesluitvorming)
            throw new NotFoundException($"{stuk.Titel(nummer)} is niet vastgesteld: er is geen vastgesteld exemplaar.");
        status = exemplaar ?? status;
        return await LeesAsync(c, null, stuk, programmaId, nummer, status, formaat, metInhoud: true)
            ?? new Versiedocument { Status = status, Formaat = formaat };
    }

    /// <summary>Keeps a printed copy unless one is kept already; returns the kept one.</summary>
    internal static async Task<Versiedocument> RecordAsync(Db db, TimeProvider clock, Besluitstuk stuk, long programmaId, int nummer,
        IVersiedocumentOpdracht cmd, CancellationToken ct)
    {
        await using var d = await Besluiten.OpenDuurzaamAsync(db, ct); // what a board signed survives a crash right after
        var c = d.Connection;
        await using var tx = c.BeginTransaction();
        var versie = await VersieAsync(c, tx, stuk, programmaId, nummer);
        if (cmd.Status == PlanversieStatus.Vastgesteld && versie.Status != PlanversieStatus.Vastgesteld)
            throw new RefusedException($"{stuk.Titel(nummer)} is {versie.Status}, niet vastgesteld: er is nog geen vastgesteld exemplaar.");
        await c.ExecuteAsync(
            $"""
            INSERT INTO {stuk.Documenten} ({stuk.Sleutel}, status, formaat, inhoud, sha256, bestandsnaam, gemaakt_op)
            VALUES (@id, @Status, @Formaat, @Inhoud, @sha256, @Bestandsnaam, @op)
            ON CONFLICT ({stuk.Sleutel}, status, formaat) DO NOTHING
            """, new
            {
                id = versie.Id, cmd.Status, cmd.Formaat, cmd.Inhoud, sha256 = Convert.ToHexStringLower(SHA256.HashData(cmd.Inhoud)),
                cmd.Bestandsnaam, op = Tijd.Stempel(clock),
            }, tx);
        var bewaard = await LeesAsync(c, tx, stuk, programmaId, nummer, cmd.Status, cmd.Formaat, metInhoud: true);
        await tx.CommitAsync(ct);
        return bewaard!;
    }

    /// <summary>Every kept copy of a version, without content, the copy the boards received first.</summary>
    internal static async Task<IReadOnlyList<Versiedocument>> ListAsync(DbConnection c, DbTransaction? tx, Besluitstuk stuk, long programmaId,
        int nummer) =>
        (await c.QueryAsync<Row>(
            $"""
            SELECT d.status, d.formaat, NULL AS inhoud, d.sha256, d.bestandsnaam, length(d.inhoud) AS grootte, d.gemaakt_op
            FROM {stuk.Documenten} d JOIN {stuk.Tabel} v ON v.id = d.{stuk.Sleutel}
            WHERE v.programma_id = @programmaId{stuk.JaarFilter("v")} AND v.nummer = @nummer
            ORDER BY d.status = 'vastgesteld', d.formaat DESC
            """, new { programmaId, nummer, stuk.Jaar }, tx)).Select(r => r.Naar()).ToList();

    private static async Task<(long Id, string Status)> VersieAsync(DbConnection c, DbTransaction? tx, Besluitstuk stuk, long programmaId,
        int nummer)
    {
        var versie = await c.QuerySingleOrDefaultAsync<(long Id, string Status)>(
            $"SELECT id, status FROM {stuk.Tabel} WHERE programma_id = @programmaId{stuk.JaarFilter()} AND nummer = @nummer",
            new { programmaId, nummer, stuk.Jaar }, tx);
        return versie.Id == 0 ? throw new NotFoundException($"{stuk.Titel(nummer)} bestaat niet.") : versie;
    }

    private static async Task<Versiedocument?> LeesAsync(DbConnection c, DbTransaction? tx, Besluitstuk stuk, long programmaId, int nummer,
        string status, string formaat, bool metInhoud)
    {
        var rij = await c.QuerySingleOrDefaultAsync<Row>(
            $"""
            SELECT d.status, d.formaat, {(metInhoud ? "d.inhoud" : "NULL")} AS inhoud, d.sha256, d.bestandsnaam, length(d.inhoud) AS grootte, d.gemaakt_op
            FROM {stuk.Documenten} d JOIN {stuk.Tabel} v ON v.id = d.{stuk.Sleutel}
            WHERE v.programma_id = @programmaId{stuk.JaarFilter("v")} AND v.nummer = @nummer AND d.status = @status AND d.formaat = @formaat
            """, new { programmaId, nummer, stuk.Jaar, status, formaat }, tx);
        return rij?.Naar();
    }

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

/// <summary>What a command that keeps a printed copy carries (plan and voortgangsrapportage alike).</summary>
public interface IVersiedocumentOpdracht
{
    string Status { get; }
    string Formaat { get; }
    string Bestandsnaam { get; }
    byte[] Inhoud { get; }
}

/// <summary>The rules for a printed copy: a known status and format, and bytes that are what they say (no empty or foreign file kept as "signed").</summary>
public abstract class VersiedocumentValidator<T> : AbstractValidator<T> where T : IVersiedocumentOpdracht
{
    protected VersiedocumentValidator()
    {
        RuleFor(c => c.Status).MaxTekens(Tekstgrenzen.Naam, "De status")
            .Must(s => s is PlanversieStatus.TerBesluitvorming or PlanversieStatus.Vastgesteld)
            .WithMessage("Een versiedocument is ter besluitvorming of vastgesteld.");
        RuleFor(c => c.Formaat).MaxTekens(Tekstgrenzen.Naam, "Het formaat")
            .Must(Versiedocument.Formaten.Contains).WithMessage("Een versiedocument is een PDF of een DOCX.");
        RuleFor(c => c.Bestandsnaam).NotEmpty().MaxTekens(Tekstgrenzen.Naam, "De bestandsnaam");
        // A PDF starts with %PDF-, a DOCX (a zip) with PK.
        RuleFor(c => c.Inhoud).Must((c, b) => b is { Length: > 4 } && b.AsSpan().StartsWith(c.Formaat == Versiedocument.Pdf ? "%PDF-"u8 : "PK"u8))
            .WithMessage("Het afgedrukte document is onleesbaar.");
    }
}
